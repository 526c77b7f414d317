/** The active list version, its age and counts per source, and how the last refresh went. */
import type { ListStatus } from '../../../../../lib/store/list-status.js';
import { api } from '../api.js';
import { h } from '../dom.js';
import { badge, fieldsList, when } from '../render.js';
import type { Page } from './page.js';

export const statusPage: Page = async ({ main, isCurrent, setTitle }) => {
  setTitle('List status');
  main.append(h('h1', null, 'List status'));
  const status = await api<ListStatus>('/v1/lists/status');
  if (!isCurrent()) return;
  const sources = Object.entries(status.countsBySource).sort(([a], [b]) => a.localeCompare(b));
  const refresh = status.lastRefresh;
  main.append(
    h('h2', null, 'Active version'),
    fieldsList([
      ['Version', h('code', null, status.versionId)],
      ['Activated', when(status.activatedAt)],
      ['Age', age(status.ageHours)],
      ['Entries', String(status.entryCount)],
      ['Fetched', when(status.fetchedAt)],
      ['From', status.sourceUrl],
      ['Content hash', h('code', null, status.contentHash)],
      ['Replaced', status.previousVersionId ? h('code', null, status.previousVersionId) : null],
    ]),
    h('h2', null, 'Entries per source'),
    h('table', { class: 'narrow' },
      h('caption', { class: 'visually-hidden' }, 'Entries per source'),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Source'), h('th', { scope: 'col', class: 'num' }, 'Entries'))),
      h('tbody', null, sources.map(([source, count]) => h('tr', null, h('td', null, source), h('td', { class: 'num' }, String(count))))),
    ),
    h('h2', null, 'Last refresh'),
    refresh
      ? fieldsList([
          ['Outcome', badge(refresh.outcome)],
          ['Started', when(refresh.startedAt)],
          ['Took', `${(refresh.durationMs / 1000).toFixed(1)} s`],
          ['From', refresh.url],
          ['Activated version', refresh.versionId ? h('code', null, refresh.versionId) : null],
          ['Entries', refresh.entries !== undefined ? String(refresh.entries) : null],
          ['Changes', refresh.diff ? `${refresh.diff.added} added, ${refresh.diff.removed} removed, ${refresh.diff.changed} changed` : null],
          ['Warnings', refresh.warnings ? String(refresh.warnings) : null],
          ['Why refused', refresh.reasons?.length ? h('ul', null, refresh.reasons.map((r) => h('li', null, r))) : null],
          ['Error', refresh.error],
          ['Notes', refresh.notes?.length ? h('ul', null, refresh.notes.map((n) => h('li', null, n))) : null],
        ])
      : h('p', { class: 'muted' }, 'No refresh has run against this store yet (the version was loaded by hand).'),
  );
};

/** 0.4 -> "less than an hour", 5.2 -> "5.2 hours", 50 -> "2.1 days". */
function age(hours: number): string {
  if (hours < 1) return 'less than an hour';
  if (hours < 48) return `${hours} hours`;
  return `${(hours / 24).toFixed(1)} days`;
}
