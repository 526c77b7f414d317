/** One list entry with every field the list gives. */
import type { ListEntry } from '../../../../../lib/lists/model.js';
import type { ListVersionRef } from '../../../../../lib/screening/screen-signup.js';
import { api, withQuery } from '../api.js';
import { h } from '../dom.js';
import { entryFields } from '../render.js';
import type { Page } from './page.js';

export const entryPage: Page = async ({ main, params, query, isCurrent, setTitle }) => {
  const [entryId = ''] = params;
  const source = query.get('source') ?? undefined;
  setTitle(`Entry ${entryId}`);
  const heading = h('h1', null, `Entry ${entryId}`);
  main.append(heading);
  const { entry, listVersion } = await api<{ entry: ListEntry; listVersion: ListVersionRef }>(withQuery(`/v1/entries/${encodeURIComponent(entryId)}`, { source }));
  if (!isCurrent()) return;
  heading.textContent = entry.name;
  setTitle(entry.name);
  main.append(
    h('p', { class: 'meta' }, `${entry.source} · ${entry.type} · entry ${entry.entryId} · list version ${listVersion.versionId}`),
    entryFields(entry),
    h('p', null, h('a', { href: withQuery('#/search', { q: entry.name }) }, 'Search for similar names')),
  );
};
