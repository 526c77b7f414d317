import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import middy from '@middy/core';
import { describe, expect, it } from 'vitest';
import { type AnalystContext, analystIdentity, analystOptionsFromEnv, groupsOf, localAnalysts } from '../../functions/middlewares/analyst.js';
import { httpErrors, json } from '../../functions/middlewares/http-errors.js';

function handlerWith(env: NodeJS.ProcessEnv) {
  return middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, AnalystContext>()
    .use(httpErrors())
    .use(analystIdentity(analystOptionsFromEnv(env)))
    .handler(async (_event, context) => json(200, context.analyst));
}

function event(fields: { token?: string; claims?: Record<string, unknown> }): APIGatewayProxyEventV2 {
  return {
    headers: fields.token ? { authorization: `Bearer ${fields.token}` } : {},
    requestContext: fields.claims ? { authorizer: { jwt: { claims: fields.claims, scopes: [] } } } : {},
  } as unknown as APIGatewayProxyEventV2;
}

async function call(env: NodeJS.ProcessEnv, fields: Parameters<typeof event>[0]) {
  const result = await handlerWith(env)(event(fields), {} as AnalystContext);
  return { status: result.statusCode, body: JSON.parse(result.body ?? '{}') };
}

describe('local analysts', () => {
  it('default to one analyst holding the API token', () => {
    expect(localAnalysts({ PARTYSCREEN_API_TOKEN: 't0ken' })).toEqual([{ id: 'local-analyst', token: 't0ken' }]);
    expect(localAnalysts({})).toEqual([]);
  });

  it('are read from PARTYSCREEN_ANALYSTS, which replaces the default', () => {
    expect(localAnalysts({ PARTYSCREEN_ANALYSTS: 'alice:a:1, bob.smith@example.com:b2', PARTYSCREEN_API_TOKEN: 'x' })).toEqual([
      { id: 'alice', token: 'a:1' },
      { id: 'bob.smith@example.com', token: 'b2' },
    ]);
  });

  it.each([['alice'], ['alice:'], [':token'], ['al ice:t'], ['alice:t1,alice:t2'], ['alice:t,bob:t']])('refuse a malformed list: %s', (value) => {
    expect(() => localAnalysts({ PARTYSCREEN_ANALYSTS: value })).toThrow(/PARTYSCREEN_ANALYSTS/);
  });

  it('are told apart by their tokens; an unknown token is 401', async () => {
    const env = { PARTYSCREEN_ANALYSTS: 'alice:token-a,bob:token-b' };
    expect((await call(env, { token: 'token-b' })).body).toEqual({ id: 'bob', via: 'local-token' });
    expect((await call(env, { token: 'token-c' })).status).toBe(401);
    expect((await call(env, {})).status).toBe(401);
  });
});

describe('Cognito analysts (on AWS: no local tokens)', () => {
  const env = { ANALYSTS_GROUP: 'analysts' };

  it('are named by the verified claims and must be in the analysts group', async () => {
    const claims = { sub: 'u-1', 'cognito:username': 'carol', email: 'carol@example.com', 'cognito:groups': '[analysts admins]' };
    expect(await call(env, { claims })).toEqual({ status: 200, body: { id: 'carol', email: 'carol@example.com', via: 'cognito' } });
    expect((await call(env, { claims: { ...claims, 'cognito:groups': '[admins]' } })).status).toBe(403);
    expect((await call(env, { claims: { sub: 'u-2', username: 'dave' } })).status).toBe(403);
    expect((await call(env, {})).status).toBe(401);
  });

  it('fall back from the user name to the email and the subject', async () => {
    expect((await call(env, { claims: { username: 'erin', 'cognito:groups': 'analysts' } })).body.id).toBe('erin');
    expect((await call(env, { claims: { email: 'f@example.com', sub: 's', 'cognito:groups': ['analysts'] } })).body.id).toBe('f@example.com');
  });

  it.each([
    [['analysts', 'x'], ['analysts', 'x']],
    ['[analysts x]', ['analysts', 'x']],
    ['["analysts","x"]', ['analysts', 'x']],
    ['analysts', ['analysts']],
    [undefined, []],
  ])('reads the groups claim %j', (claim, groups) => expect(groupsOf(claim)).toEqual(groups));
});
