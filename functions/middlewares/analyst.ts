/**
 * Who is acting in the console, so every action can name its analyst in the audit trail.
 *
 * - Locally (`npm start`): the analyst whose bearer token the request carries. `PARTYSCREEN_ANALYSTS`
 *   lists them (`alice:token1,bob:token2`); by default there is one, `local-analyst`, holding
 *   `PARTYSCREEN_API_TOKEN`. `bearerAuth(analystTokens(...))` runs first and refuses other tokens.
 * - On AWS (neither variable set): the Cognito user whose JWT API Gateway's authorizer has verified,
 *   read from the claims it passes on; only members of the `ANALYSTS_GROUP` group (`analysts`).
 *
 * The analyst is put on the middy context as `context.analyst`. No identity: 401; a signed-in user
 * outside the group: 403.
 */
import type middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { bearerToken, sameSecret } from './bearer-auth.js';
import { HttpError } from './http-errors.js';

export interface Analyst {
  /** The user name recorded as `by` in alert histories. */
  id: string;
  email?: string;
  via: 'local-token' | 'cognito';
}

export interface LocalAnalyst {
  id: string;
  token: string;
}

export type AnalystContext = Context & { analyst: Analyst };

export interface AnalystOptions {
  /** Local analysts and their tokens; empty on AWS, where the JWT claims name the analyst. */
  local: LocalAnalyst[];
  /** The Cognito group an analyst must belong to. Default `analysts`. */
  group: string;
}

export const DEFAULT_LOCAL_ANALYST = 'local-analyst';
export const DEFAULT_ANALYSTS_GROUP = 'analysts';

const ANALYST_ID = /^[\w.@+-]{1,200}$/;

/** The local analysts from the environment; throws on a malformed PARTYSCREEN_ANALYSTS, so a bad config fails at start. */
export function localAnalysts(env: NodeJS.ProcessEnv = process.env): LocalAnalyst[] {
  const configured = env.PARTYSCREEN_ANALYSTS?.trim();
  if (!configured) return env.PARTYSCREEN_API_TOKEN ? [{ id: DEFAULT_LOCAL_ANALYST, token: env.PARTYSCREEN_API_TOKEN }] : [];
  const analysts = configured.split(',').map((pair) => {
    const at = pair.indexOf(':');
    const [id, token] = at < 0 ? [pair.trim(), ''] : [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    if (!ANALYST_ID.test(id) || !token) throw new Error(`PARTYSCREEN_ANALYSTS must read "name:token,name:token" (names of letters, digits and . _ @ + -); got an entry "${id}:..."`);
    return { id, token };
  });
  const ids = analysts.map((a) => a.id);
  if (new Set(ids).size !== ids.length) throw new Error('PARTYSCREEN_ANALYSTS names an analyst twice');
  if (new Set(analysts.map((a) => a.token)).size !== analysts.length) throw new Error('PARTYSCREEN_ANALYSTS gives two analysts the same token');
  return analysts;
}

export function analystOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): AnalystOptions {
  return { local: localAnalysts(env), group: env.ANALYSTS_GROUP?.trim() || DEFAULT_ANALYSTS_GROUP };
}

export function analystIdentity(options: AnalystOptions): middy.MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, AnalystContext> {
  return {
    before: async function analystIdentityBefore(request) {
      request.context.analyst = options.local.length ? localAnalyst(request.event, options.local) : cognitoAnalyst(request.event, options.group);
    },
  };
}

function localAnalyst(event: APIGatewayProxyEventV2, analysts: LocalAnalyst[]): Analyst {
  const given = bearerToken(event);
  const found = analysts.filter((analyst) => sameSecret(given, analyst.token));
  if (found.length !== 1) throw new HttpError(401, 'sign in: missing or invalid analyst token');
  return { id: found[0]!.id, via: 'local-token' };
}

type Claims = Record<string, string | number | boolean | string[]>;

function cognitoAnalyst(event: APIGatewayProxyEventV2, group: string): Analyst {
  const claims = (event.requestContext as { authorizer?: { jwt?: { claims?: Claims } } }).authorizer?.jwt?.claims;
  if (!claims) throw new HttpError(401, 'sign in: no verified analyst identity on the request');
  const id = [claims['cognito:username'], claims.username, claims.email, claims.sub].find((v): v is string => typeof v === 'string' && v !== '');
  if (!id) throw new HttpError(401, 'sign in: the token names no user');
  if (!groupsOf(claims['cognito:groups']).includes(group)) throw new HttpError(403, `only members of the ${group} group may use the console`);
  return { id, ...(typeof claims.email === 'string' && { email: claims.email }), via: 'cognito' };
}

/** API Gateway passes a list claim as a JSON array, or flattened to "[a b]"; a single group as plain text. */
export function groupsOf(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.map(String);
  if (typeof claim !== 'string') return [];
  const text = claim.trim();
  if (text.startsWith('[') && text.endsWith(']')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // Not JSON: API Gateway's "[a b]" form.
    }
    return text.slice(1, -1).split(/[\s,]+/).filter(Boolean);
  }
  return text.split(/[\s,]+/).filter(Boolean);
}
