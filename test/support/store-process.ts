/**
 * A DynamoDB-compatible server in its own process, optionally pinned to CPUs: for benchmarks that must
 * not charge the store's CPU to the function's core. Resolves once the server answers ListTables.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { destroyDocumentClient, newDocumentClient } from '../../lib/store/client.js';

export interface StoreProcess {
  endpoint: string;
  /** How it runs, for the benchmark's header line. */
  description: string;
  pid: number;
  stop(): Promise<void>;
}

export interface StoreProcessOptions {
  port: number;
  /** Pin the process (all its threads) to these CPUs, e.g. '1', when taskset exists. */
  cpus?: string;
}

export async function startStoreProcess(command: string[], options: StoreProcessOptions & { cwd?: string; name: string }): Promise<StoreProcess> {
  const pinned = options.cpus !== undefined && existsSync('/usr/bin/taskset');
  // taskset execs the command, so the child's pid is the server's and kill() reaches it.
  const argv = pinned ? ['taskset', '-c', options.cpus!, ...command] : command;
  const child = spawn(argv[0]!, argv.slice(1), { stdio: 'ignore', ...(options.cwd && { cwd: options.cwd }) });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = `http://127.0.0.1:${options.port}`;
  const client = newDocumentClient(endpoint);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.send(new ListTablesCommand({}));
        break;
      } catch (error) {
        if (attempt > 100 || child.exitCode !== null) throw error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  } catch (error) {
    child.kill();
    throw error;
  } finally {
    destroyDocumentClient(client);
  }
  return {
    endpoint,
    description: `${options.name}, own process${pinned ? ` pinned to CPU ${options.cpus}` : ''}`,
    pid: child.pid!,
    stop: async () => {
      child.kill();
      await exited;
    },
  };
}
