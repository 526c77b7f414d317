/** `partyscreen serve` (what `npm start` runs) as a user runs it: the real bin in a child process, stopped with Ctrl-C (SIGINT). */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../lib/cli/bin.js', import.meta.url));
const TOKEN = 'serve-test-token-0123456789';

let dataDir: string;
let child: ChildProcess | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'partyscreen-serve-cli-'));
});
afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

describe('partyscreen serve', () => {
  it('answers, then on Ctrl-C exits 0 and frees its ports', async () => {
    const env = { ...process.env, PARTYSCREEN_DATA_DIR: dataDir, PARTYSCREEN_API_TOKEN: TOKEN, DYNAMODB_ENDPOINT: '', PORT: '' };
    child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk) => (stdout += chunk));
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;

    const url = await within(30_000, 'the "listening" line', async () => {
      for (;;) {
        const found = /^partyscreen listening on (http:\/\/\S+)$/m.exec(stdout)?.[1];
        if (found) return found;
        if (child!.exitCode !== null) throw new Error(`serve exited ${child!.exitCode} before listening: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    const storeUrl = /^store: (http:\/\/\S+) \(embedded\)$/m.exec(stdout)?.[1];
    expect(storeUrl).toBeDefined();

    const response = await fetch(`${url}/v1/lists/status`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ entryCount: 64 });

    // The fetch above leaves a keep-alive connection open: shutdown must not wait for it.
    child.kill('SIGINT');
    const [code, signal] = await within(10_000, 'exit after SIGINT', () => exited);
    expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' });
    expect(stdout).toMatch(/^stopping\.\.\.$/m);
    expect(await refused(url)).toBe(true);
    expect(await refused(storeUrl!)).toBe(true);
    // The shared-store endpoint file goes with the store, so the next command starts its own.
    await expect(access(path.join(dataDir, 'endpoint'))).rejects.toThrow(/ENOENT/);
  });
});

function within<T>(ms: number, what: string, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms);
  });
  return Promise.race([work(), timeout]).finally(() => clearTimeout(timer));
}

/** True when nothing accepts connections at the URL's port any more. */
function refused(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}
