import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { createSigner } from '../../lib/store/sigv4.js';

const sha256 = new DynamoDBClient({ region: 'eu-west-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } }).config.sha256;
const now = new Date('2026-11-26T23:59:58.123Z');

/** The SDK's own signer on the same request: what DynamoDB verifies against. */
async function sdkHeaders(credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }, headers: Record<string, string>, body: string, date: Date) {
  const signer = new SignatureV4({ credentials, region: 'eu-west-1', service: 'dynamodb', sha256 });
  const [hostname, port] = headers.host!.split(':');
  const signed = await signer.sign({ method: 'POST', protocol: 'https:', hostname: hostname!, port: port ? Number(port) : undefined, path: '/', query: {}, headers, body }, { signingDate: date });
  return signed.headers;
}

describe('createSigner', () => {
  const headers = { host: 'dynamodb.eu-west-1.amazonaws.com', 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.PutItem' };

  it('signs exactly as the SDK does: role credentials with a session token, a body with non-ASCII text', async () => {
    const credentials = { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE' };
    const body = JSON.stringify({ TableName: 'screenings', Item: { pk: { S: 'customer#Аэрофлот 株式会社' }, record: { S: '{"a":1}' } } });
    const ours = createSigner('eu-west-1', 'dynamodb')(credentials, headers, body, now);
    expect(ours).toEqual(await sdkHeaders(credentials, headers, body, now));
    expect(ours.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE\/20261126\/eu-west-1\/dynamodb\/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token;x-amz-target, Signature=[0-9a-f]{64}$/);
  });

  it('keeps matching across a new day, rotated credentials and a local endpoint with a port', async () => {
    const sign = createSigner('eu-west-1', 'dynamodb');
    const local = { ...headers, host: '127.0.0.1:8000' };
    const first = { accessKeyId: 'AKIDFIRST', secretAccessKey: 'first-secret' };
    const rotated = { accessKeyId: 'AKIDSECOND', secretAccessKey: 'second-secret' };
    const nextDay = new Date('2026-11-27T00:00:01Z');
    for (const [credentials, date] of [[first, now], [first, nextDay], [rotated, nextDay]] as const) {
      expect(sign(credentials, local, '{}', date)).toEqual(await sdkHeaders(credentials, local, '{}', date));
    }
    // A different body is a different signature.
    expect(sign(first, local, '{"a":1}', now).authorization).not.toBe(sign(first, local, '{"a":2}', now).authorization);
  });
});
