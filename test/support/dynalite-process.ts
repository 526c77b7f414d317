/**
 * dynalite (the embedded store of `npm start`) as a server in its own process, on LevelDB in a folder
 * as `npm start` keeps it. In memory instead, its whole table lives on the V8 heap: at 400 writes/s
 * the heap grew until mark-compacts of 36-190 ms stalled every answer, a tail of the stand-in that
 * neither `npm start` nor DynamoDB has.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { type StoreProcess, type StoreProcessOptions, startStoreProcess } from './store-process.js';

export function startDynaliteProcess(options: StoreProcessOptions & { dir: string }): Promise<StoreProcess> {
  const cli = path.join(path.dirname(createRequire(import.meta.url).resolve('dynalite')), 'cli.js');
  // Table state changes are instant, as in the embedded store.
  const command = [process.execPath, cli, '--host', '127.0.0.1', '--port', String(options.port), '--path', options.dir, '--createTableMs', '0', '--deleteTableMs', '0', '--updateTableMs', '0'];
  return startStoreProcess(command, { ...options, name: `dynalite on LevelDB in ${options.dir}` });
}
