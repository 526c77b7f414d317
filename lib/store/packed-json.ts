/**
 * JSON as the sign-up's items keep it (the audit record, the customer profile): deflated bytes. JSON
 * text rather than attributes, because marshalling deep explanations attribute by attribute costs more
 * CPU than the match. Deflated, because an item may hold at most 400 KB (100 parties with 10 matches
 * each, explanations included, are about 750 KB of JSON and 75 KB deflated), and because DynamoDB
 * bills writes by the KB: a sign-up of 20 owners without matches writes 0.9 KB of record instead of
 * 3.8 KB, at 0.1 ms of CPU. Items written as text (before) are read too.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export function packJson(value: unknown): Uint8Array {
  return deflateRawSync(JSON.stringify(value), { level: 1 });
}

export function unpackJson<T>(stored: unknown): T {
  return JSON.parse(typeof stored === 'string' ? stored : inflateRawSync(stored as Uint8Array).toString('utf8')) as T;
}
