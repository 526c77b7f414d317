/**
 * bench:api's server: the sign-up function alone behind the local API Gateway adapter, as `npm start`
 * serves it but without the console, so that it can run bundled as Lambda runs it (see bundled.ts).
 * Reads DYNAMODB_ENDPOINT, PARTYSCREEN_API_TOKEN and PORT from the environment; prints "listening".
 * GET /_bench/gc answers the mark-compacts it has had and their pauses, and its event loop's delays
 * since the last such call (the bench's own route).
 */
import { createServer } from 'node:http';
import { constants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { createRequestListener } from '../../infra/local/api-gateway.js';
import { storeConfigFromEnv } from '../../lib/store/config.js';
import { openLocalStore } from '../../lib/store/local.js';

// Creates the tables, as `npm start` does.
await openLocalStore(storeConfigFromEnv());
// Imported once the tables exist: the handler loads the active list as it starts.
const { handler } = await import('../../functions/screen/handler.js');
const port = Number(process.env.PORT);
const listener = createRequestListener([{ method: 'POST', path: '/v1/screenings', handler }]);
// The server's mark-compacts so far, for the bench to tell a tail that a major GC made (GET /_bench/gc).
const majorGcs = { count: 0, pauseMs: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if ((entry as unknown as { detail?: { kind?: number } }).detail?.kind !== constants.NODE_PERFORMANCE_GC_MAJOR) continue;
    majorGcs.count++;
    majorGcs.pauseMs += entry.duration;
  }
}).observe({ entryTypes: ['gc'] });
// How long work that was due waited for the core (a screening, a GC, the compiler), in ns.
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();
function benchStats(): string {
  const stats = { ...majorGcs, loopDelayP99Ms: loopDelay.percentile(99) / 1e6, loopDelayMaxMs: loopDelay.max / 1e6 };
  loopDelay.reset();
  // A run's start and end in the server's log (BENCH_SERVER_LOG), between what --trace-deopt and the like print.
  console.log(`_bench/gc at ${(performance.now() / 1000).toFixed(1)} s`);
  return JSON.stringify(stats);
}
const server = createServer((req, res) => (req.url === '/_bench/gc' ? res.end(benchStats()) : listener(req, res)));
server.listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
// The bench stops it with SIGINT: exiting normally lets node write what BENCH_SERVER_ARGS asked for (--cpu-prof ...).
process.once('SIGINT', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
