/** `partyscreen <command>`: dispatches to lib/cli/commands/<command>.ts. Exit 2 on bad usage or input. */
import { UsageError } from './args.js';
import { InputError } from '../errors.js';

type Command = { run(argv: string[]): Promise<number>; summary: string };

const COMMANDS: Record<string, () => Promise<Command>> = {
  calibrate: () => import('./commands/calibrate.js'),
  lists: () => import('./commands/lists.js'),
  pairs: () => import('./commands/pairs.js'),
  rescreen: () => import('./commands/rescreen.js'),
  screen: () => import('./commands/screen.js'),
  serve: () => import('./commands/serve.js'),
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (!name || name === '--help' || name === 'help') {
      process.stdout.write(await usage());
      return name ? 0 : 2;
    }
    const load = COMMANDS[name];
    if (!load) throw new UsageError(`unknown command "${name}" (try: ${Object.keys(COMMANDS).join(', ')})`);
    return await (await load()).run(rest);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      process.stderr.write(`partyscreen: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function usage(): Promise<string> {
  const lines = await Promise.all(Object.entries(COMMANDS).map(async ([name, load]) => `  ${name.padEnd(8)} ${(await load()).summary}`));
  return `usage: partyscreen <command> [options]\n\n${lines.join('\n')}\n`;
}
