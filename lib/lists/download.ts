/** Fetches a list file over HTTP(S) with a timeout and a size cap, so a bad server cannot hang or flood us. */
import { Agent, interceptors, request } from 'undici';
import { InputError } from '../errors.js';

export interface DownloadOptions {
  timeoutMs?: number;
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

/** trade.gov answers the bulk file through redirects; follow a few, never loop. */
const dispatcher = new Agent().compose(interceptors.redirect({ maxRedirections: 3 }));

export async function downloadList(url: string, options: DownloadOptions = {}): Promise<Buffer> {
  const { timeoutMs = 60_000, maxBytes = DEFAULT_MAX_BYTES } = options;
  let response;
  try {
    response = await request(url, { dispatcher, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
  } catch (error) {
    throw new InputError(`download failed (${(error as Error).message})`, url);
  }
  if (response.statusCode !== 200) {
    await response.body.dump();
    throw new InputError(`download failed with HTTP ${response.statusCode}`, url);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.length;
    if (size > maxBytes) {
      response.body.destroy();
      throw new InputError(`larger than the ${maxBytes}-byte cap`, url);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
