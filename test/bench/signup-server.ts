/**
 * bench:api's server: the sign-up function alone behind the local API Gateway adapter, as `npm start`
 * serves it but without the console, so that it can run bundled as Lambda runs it (see bundled.ts).
 * Reads DYNAMODB_ENDPOINT, PARTYSCREEN_API_TOKEN and PORT from the environment; prints "listening".
 */
import { createServer } from 'node:http';
import { createRequestListener } from '../../infra/local/api-gateway.js';
import { storeConfigFromEnv } from '../../lib/store/config.js';
import { openLocalStore } from '../../lib/store/local.js';

// Creates the tables, as `npm start` does.
await openLocalStore(storeConfigFromEnv());
// Imported once the tables exist: the handler loads the active list as it starts.
const { handler } = await import('../../functions/screen/handler.js');
const port = Number(process.env.PORT);
const server = createServer(createRequestListener([{ method: 'POST', path: '/v1/screenings', handler }]));
server.listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
// The bench stops it with SIGINT: exiting normally lets node write what BENCH_SERVER_ARGS asked for (--cpu-prof ...).
process.once('SIGINT', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
