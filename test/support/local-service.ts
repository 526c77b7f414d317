/** Starts the whole local service (npm start) on a fresh temp data folder, and an HTTP client for it. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type LocalService, startLocalService } from '../../infra/local/server.js';

export interface TestService {
  service: LocalService;
  post(pathname: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; json: any }>;
  get(pathname: string, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; json: any }>;
  close(): Promise<void>;
}

export async function startTestService(env: Record<string, string> = {}): Promise<TestService> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'partyscreen-svc-'));
  Object.assign(process.env, { PARTYSCREEN_DATA_DIR: dataDir, PARTYSCREEN_API_TOKEN: 'test-token-0123456789', ...env });
  if (!env.DYNAMODB_ENDPOINT) delete process.env.DYNAMODB_ENDPOINT;
  const service = await startLocalService({ port: 0 });
  const auth = { authorization: `Bearer ${service.token}` };
  const call = async (method: string, pathname: string, body: string | undefined, headers: Record<string, string>) => {
    const response = await fetch(`${service.url}${pathname}`, { method, body, headers: { ...auth, ...headers } });
    const text = await response.text();
    return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
  };
  return {
    service,
    post: (pathname, body, headers = {}) => call('POST', pathname, typeof body === 'string' ? body : JSON.stringify(body), { 'content-type': 'application/json', ...headers }),
    get: (pathname, headers = {}) => call('GET', pathname, undefined, headers),
    close: async () => {
      await service.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
