/**
 * The console's static pages, served by the console function itself (same origin as its API, so no
 * CORS and one deployment): `GET /` is the HTML shell, `GET /assets/{file}` the esbuild bundle and
 * styles. The files come from CONSOLE_ASSETS_DIR, or `console-ui/` beside the handler (where the
 * Lambda bundle carries them); `functions/console/ui/build.ts` writes them. Read once per container.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { HttpError } from '../middlewares/http-errors.js';

/** Where the sign-in link points on AWS (the Cognito Hosted UI's authorize URL); absent locally: the analyst pastes a token. */
const SIGN_IN_URL_PLACEHOLDER = '<meta name="partyscreen-sign-in-url" content="">';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Only this origin's scripts and styles, no inline code, no framing, no other hosts: the pages show
 * list data and customer details, so an injected script must have nowhere to run or report to.
 */
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

interface Asset {
  body: string;
  contentType: string;
  etag: string;
}

export function assetsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CONSOLE_ASSETS_DIR?.trim() || fileURLToPath(new URL('./console-ui/', import.meta.url));
}

let loaded: Promise<Map<string, Asset>> | undefined;

/** Every file of the assets folder, by name. */
async function loadAssets(dir: string): Promise<Map<string, Asset>> {
  const names = await readdir(dir).catch(() => {
    throw new HttpError(503, `the console pages are not built (no ${dir}); run functions/console/ui/build.ts`);
  });
  const assets = new Map<string, Asset>();
  for (const name of names) {
    const contentType = CONTENT_TYPES[path.extname(name)];
    if (!contentType) continue;
    const body = await readFile(path.join(dir, name), 'utf8');
    assets.set(name, { body, contentType, etag: etagOf(body) });
  }
  return assets;
}

export async function servePage(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  loaded ??= loadAssets(assetsDir()).catch((error) => {
    loaded = undefined;
    throw error;
  });
  const assets = await loaded;
  const name = event.routeKey === 'GET /' ? 'index.html' : (event.pathParameters?.proxy ?? '');
  // Names are looked up in what was read, never joined onto a path: "../" leads nowhere.
  const found = assets.get(name);
  if (!found) throw new HttpError(404, `no console asset ${name}`);
  const asset = name === 'index.html' ? withSignInUrl(found, process.env.CONSOLE_SIGN_IN_URL?.trim() ?? '') : found;
  const headers = { ...SECURITY_HEADERS, 'content-type': asset.contentType, 'cache-control': 'no-cache', etag: asset.etag };
  if (event.headers?.['if-none-match'] === asset.etag) return { statusCode: 304, headers, body: '' };
  return { statusCode: 200, headers, body: asset.body };
}

/** The HTML shell with the Hosted UI link filled in (read per request: cheap, and tests can set it). */
function withSignInUrl(shell: Asset, signInUrl: string): Asset {
  if (!signInUrl) return shell;
  const body = shell.body.replace(SIGN_IN_URL_PLACEHOLDER, `<meta name="partyscreen-sign-in-url" content="${escapeAttribute(signInUrl)}">`);
  return { ...shell, body, etag: etagOf(body) };
}

function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
