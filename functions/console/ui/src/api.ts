/** Calls to the console API with the analyst's token; a 401 ends the session and leads to sign-in. */
import { rememberAnalyst, signOut, token } from './session.js';

export class SignInRequired extends Error {
  constructor(readonly expired: boolean) {
    super('sign in required');
  }
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Per-field problems of a 400. */
    readonly errors: { field: string; reason: string }[] = [],
  ) {
    super(message);
  }
}

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const bearer = token();
  if (!bearer) throw new SignInRequired(false);
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${bearer}`, ...(init.body !== undefined && { 'content-type': 'application/json' }) },
    ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
  });
  if (response.status === 401) {
    signOut();
    throw new SignInRequired(true);
  }
  const analyst = response.headers.get('x-partyscreen-analyst');
  if (analyst) {
    rememberAnalyst(analyst);
    const shown = document.getElementById('analyst-name');
    if (shown) shown.textContent = analyst;
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const problem = (body ?? {}) as { error?: string; reason?: string; errors?: { field: string; reason: string }[] };
    const message = [problem.error ?? `HTTP ${response.status}`, problem.reason].filter(Boolean).join(': ');
    throw new ApiError(response.status, message, problem.errors ?? []);
  }
  return body as T;
}

/** `/v1/search` + `{q: 'x', source: ''}` -> `/v1/search?q=x` (empty values left out). */
export function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).filter((pair): pair is [string, string] => Boolean(pair[1])));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
