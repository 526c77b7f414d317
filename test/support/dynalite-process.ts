/**
 * dynalite (the embedded store of `npm start`) as a server in its own process, in memory: a store for
 * benchmarks that answers about three times as many writes per second as DynamoDB Local on one core.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { type StoreProcess, type StoreProcessOptions, startStoreProcess } from './store-process.js';

export function startDynaliteProcess(options: StoreProcessOptions): Promise<StoreProcess> {
  const cli = path.join(path.dirname(createRequire(import.meta.url).resolve('dynalite')), 'cli.js');
  // Table state changes are instant, as in the embedded store.
  const command = [process.execPath, cli, '--host', '127.0.0.1', '--port', String(options.port), '--createTableMs', '0', '--deleteTableMs', '0', '--updateTableMs', '0'];
  return startStoreProcess(command, { ...options, name: 'dynalite (in memory)' });
}
