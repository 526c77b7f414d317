/** `partyscreen serve` (what `npm start` runs): the local service until Ctrl-C. */
import { startLocalService } from '../../../infra/local/server.js';
import { numberFlag, parseArgs } from '../args.js';

export const summary = '[--port N]: run the API locally on the embedded store (PORT, default 3000)';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ['port'] });
  const envPort = process.env.PORT ? Number(process.env.PORT) : undefined;
  if (envPort !== undefined && !(Number.isInteger(envPort) && envPort >= 0 && envPort < 65536)) {
    process.stderr.write(`partyscreen: PORT must be a port number, got "${process.env.PORT}"\n`);
    return 2;
  }
  const port = numberFlag(args, 'port', 0, 65535) ?? envPort ?? 3000;
  const service = await startLocalService({ port, log: (line) => console.log(line) });
  console.log(`partyscreen listening on ${service.url}`);
  console.log(`API token (send as "Authorization: Bearer <token>"): ${service.token}`);
  console.log(`Analyst console: ${service.url}/ (sign in with ${process.env.PARTYSCREEN_ANALYSTS ? 'your PARTYSCREEN_ANALYSTS token' : 'the API token'})`);
  console.log('Ctrl-C stops it.');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  console.log('stopping...');
  await service.close();
  return 0;
}
