/**
 * An in-process DynamoDB (dynalite on LevelDB) for local runs and tests: the same SDK calls as in AWS,
 * against a real server, without Docker or Java.
 */

import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { releaseDocumentClients } from './client.js';

export interface EmbeddedDynamoOptions {
  /** Folder for the LevelDB files (created if missing); in memory when absent. */
  dir?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
}

export interface EmbeddedDynamo {
  endpoint: string;
  /** Stops the server and closes LevelDB, releasing its lock so the same dir can be opened again. */
  close(): Promise<void>;
}

interface DynaliteOptions {
  path?: string;
  createTableMs?: number;
  deleteTableMs?: number;
  updateTableMs?: number;
}

// dynalite is CommonJS without type declarations; typing the one function used here keeps the
// declaration local instead of adding a global `declare module` others could collide with.
const require = createRequire(import.meta.url);
const dynalite = require('dynalite') as (options: DynaliteOptions) => Server;

interface LevelDb {
  open(): Promise<void>;
  close(): Promise<void>;
}
/** The very `level` dynalite opens its folder with, resolved from dynalite itself so versions match. */
const { Level } = createRequire(require.resolve('dynalite'))('level') as { Level: new (location: string) => LevelDb };

export async function startEmbeddedDynamo(options: EmbeddedDynamoOptions = {}): Promise<EmbeddedDynamo> {
  const { dir, port = 0, host = '127.0.0.1' } = options;
  if (dir) {
    await mkdir(dir, { recursive: true });
    await assertDirUnlocked(dir);
  }

  // Table state changes are instant: nobody locally wants to wait 500 ms for CREATING -> ACTIVE.
  const server = dynalite({ ...(dir ? { path: dir } : {}), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await listen(server, port, host);

  const { port: boundPort } = server.address() as AddressInfo;
  const endpoint = `http://${host}:${boundPort}`;
  let closing: Promise<void> | undefined;

  return {
    endpoint,
    close() {
      closing ??= closeServer(server, endpoint);
      return closing;
    },
  };
}

/**
 * dynalite opens LevelDB lazily and, when the folder is locked by another process or an unclosed
 * server, throws "Database is closed" as an uncaught exception on the first request. Opening the
 * folder once here turns that into a clear error at start.
 */
async function assertDirUnlocked(dir: string): Promise<void> {
  const db = new Level(dir);
  try {
    await db.open();
  } catch (err) {
    throw new Error(
      `Cannot open the embedded DynamoDB in ${dir}: it is in use (another partyscreen process, or a server in this one not closed)`,
      { cause: err },
    );
  }
  await db.close();
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** dynalite's close() stops HTTP and then closes LevelDB; only then is the directory lock free. */
function closeServer(server: Server, endpoint: string): Promise<void> {
  // Clients keep sockets alive; drop them first so the HTTP close does not wait on idle keep-alives.
  releaseDocumentClients(endpoint);
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeAllConnections();
  });
}
