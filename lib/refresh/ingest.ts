/**
 * `lists load` and `npm start`: parse a list file, store it as a new version with its diff against
 * the active one, and activate it. An operator's explicit load: no download, no bounds check (the
 * nightly refresh in refresh.ts adds those).
 */
import { createHash } from 'node:crypto';
import { parseList, type ParsedList, type ParseOptions } from '../lists/read.js';
import { summarize, type ListSummary } from '../lists/summary.js';
import { activateVersion, getActivePointer, type ListStore, loadVersion, writeVersion } from '../store/list-versions.js';
import type { DiffCounts } from './diff.js';
import { recordDiff } from './record-diff.js';

export interface IngestSource {
  content: Buffer;
  sourceUrl: string;
  fetchedAt?: string;
  etag?: string;
  lastModified?: string;
}

export interface IngestResult {
  versionId: string;
  previousVersionId: string | null;
  summary: ListSummary;
  diff: DiffCounts;
  problems: ParsedList['problems'];
  contentHash: string;
  timings: { parseMs: number; writeMs: number; activateMs: number };
}

export function contentHash(content: Buffer): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}

/** Nothing is activated unless the whole file parsed (or, with skipBadRows, every bad row was reported). */
export async function ingestList(store: ListStore, source: IngestSource, options: ParseOptions = {}): Promise<IngestResult> {
  let start = performance.now();
  const parsed = parseList(source.content, source.sourceUrl, options);
  const parseMs = performance.now() - start;
  const previous = await getActivePointer(store);
  const hash = contentHash(source.content);
  start = performance.now();
  const version = await writeVersion(store, parsed.entries, {
    sourceUrl: source.sourceUrl,
    contentHash: hash,
    fetchedAt: source.fetchedAt ?? new Date().toISOString(),
    ...(source.etag && { etag: source.etag }),
    ...(source.lastModified && { lastModified: source.lastModified }),
  });
  const previousEntries = previous ? (await loadVersion(store, previous.versionId)).entries : [];
  const diff = await recordDiff(store, version.versionId, { versionId: previous?.versionId ?? null, entries: previousEntries }, parsed.entries);
  const writeMs = performance.now() - start;
  start = performance.now();
  await activateVersion(store, version.versionId, previous?.versionId ?? null);
  return {
    versionId: version.versionId,
    previousVersionId: previous?.versionId ?? null,
    summary: summarize(parsed.entries),
    diff,
    problems: parsed.problems,
    contentHash: hash,
    timings: { parseMs, writeMs, activateMs: performance.now() - start },
  };
}
