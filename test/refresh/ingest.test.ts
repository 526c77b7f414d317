import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestList } from '../../lib/refresh/ingest.js';
import { loadDiff } from '../../lib/store/list-diffs.js';
import { getActivePointer } from '../../lib/store/list-versions.js';
import { SAMPLE_LIST } from '../support/shared-data.js';
import { startTestStore, type TestStore } from '../support/dynamo.js';

let test: TestStore;
beforeAll(async () => {
  test = await startTestStore();
});
afterAll(() => test?.close());

describe('ingestList (lists load)', () => {
  it('records each version\'s diff against the one it replaces, before activating it', async () => {
    const sample = JSON.parse(readFileSync(SAMPLE_LIST, 'utf8')) as { results: { id: string; alt_names: string[] | null }[] };
    const first = await ingestList(test.store, { content: Buffer.from(JSON.stringify(sample)), sourceUrl: 'sample' });
    expect(first.diff).toEqual({ added: 64, removed: 0, changed: 0 });

    const [dropped, altered, ...rest] = sample.results;
    const next = { results: [{ ...altered!, alt_names: [...(altered!.alt_names ?? []), 'A NEW ALIAS'] }, ...rest] };
    const second = await ingestList(test.store, { content: Buffer.from(JSON.stringify(next)), sourceUrl: 'sample-2' });
    expect(second.diff).toEqual({ added: 0, removed: 1, changed: 1 });
    expect((await getActivePointer(test.store))?.versionId).toBe(second.versionId);
    const stored = await loadDiff(test.store, second.versionId);
    expect(stored?.header.previousVersionId).toBe(first.versionId);
    expect(stored?.removed.map((r) => r.entryId)).toEqual([dropped!.id]);
    expect(stored?.changed[0]).toMatchObject({ fields: ['aliases'] });
  });
});
