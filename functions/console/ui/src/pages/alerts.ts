/** The alert queue: open alerts from re-screening and sign-up reviews, filtered and sorted. */
import type { AlertSummary, QueuePage } from '../../../../../lib/review/alerts.js';
import { api, withQuery } from '../api.js';
import { field, fill, formValues, h, select } from '../dom.js';
import { showError } from '../nav.js';
import { alertHref, badge, customerHref, entryHref, partyLabel, score, scrollable, SOURCES, when } from '../render.js';
import { type Page, pushQuery } from './page.js';

const KEYS = ['status', 'sort', 'kind', 'source'] as const;


export const alertsPage: Page = async ({ main, query, isCurrent, setTitle }) => {
  setTitle('Alerts');
  const values = (): Record<string, string> => ({ status: 'open', sort: 'newest', ...Object.fromEntries(KEYS.filter((k) => query.get(k)).map((k) => [k, query.get(k)!])) });
  let current = values();
  const status = h('p', { role: 'status', id: 'queue-status' });
  const table = h('div', { id: 'queue' });
  const form = h(
    'form',
    { class: 'stack', 'aria-label': 'Filter the alerts' },
    h('div', { class: 'fields' },
      field('Status', select('status', [['open', 'Open'], ['escalated', 'Escalated'], ['confirmed', 'Confirmed'], ['cleared', 'Cleared'], ['all', 'All']], current.status, { id: 'status' })),
      field('Kind', select('kind', [['', 'Any kind'], ['new-match', 'New match (re-screening)'], ['changed-match', 'Changed match (re-screening)'], ['match-gone', 'Match gone (re-screening)'], ['signup-review', 'Sign-up review']], current.kind, { id: 'kind' })),
      field('Source', select('source', [['', 'Any source'], ...SOURCES, ['policy', 'Policy (no list entry)']], current.source, { id: 'alert-source' })),
      field('Sort by', select('sort', [['newest', 'Newest first'], ['oldest', 'Oldest first'], ['score', 'Highest score first'], ['customer', 'Customer']], current.sort, { id: 'sort' })),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Show alerts')),
  );
  main.append(h('h1', null, 'Alerts'), form, h('section', { 'aria-labelledby': 'queue-heading' }, h('h2', { id: 'queue-heading' }, 'Queue'), status, table));

  const load = async (wanted: Record<string, string>) => {
    current = wanted;
    status.textContent = 'Loading alerts…';
    try {
      const page = await api<QueuePage>(withQuery('/v1/alerts', wanted));
      if (!isCurrent()) return;
      const label = wanted.status === 'all' ? '' : `${wanted.status} `;
      status.textContent = `${page.alerts.length} ${label}${page.alerts.length === 1 ? 'alert' : 'alerts'}${page.truncated ? ' (the first ones only: narrow the filters)' : ''}.`;
      fill(table, page.alerts.length ? alertsTable(page.alerts, { showCustomer: true, sort: wanted.sort, onSort: (sort) => apply({ ...current, sort }) }) : h('p', { class: 'muted' }, 'Nothing here.'));
    } catch (error) {
      if (!isCurrent()) return;
      status.textContent = 'The alerts could not be loaded.';
      showError(table, error);
    }
  };
  const apply = (wanted: Record<string, string>) => {
    const sortSelect = form.elements.namedItem('sort') as HTMLSelectElement;
    sortSelect.value = wanted.sort ?? 'newest';
    pushQuery('alerts', new URLSearchParams(Object.entries(wanted).filter(([, v]) => v)).toString());
    void load(wanted);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(Object.fromEntries(Object.entries(formValues(form)).filter(([, v]) => v)));
  });
  await load(current);
};

interface TableOptions {
  showCustomer: boolean;
  sort?: string;
  onSort?: (sort: string) => void;
}

/** Column headers that sort are buttons; `aria-sort` tells which one sorts now. */
function header(label: string, options: TableOptions, sorts?: [string, string?]): HTMLTableCellElement {
  if (!sorts || !options.onSort) return h('th', { scope: 'col' }, label);
  const [first, second] = sorts;
  const active = options.sort === first || options.sort === second;
  const ariaSort = !active ? 'none' : options.sort === 'oldest' ? 'ascending' : options.sort === 'customer' ? 'ascending' : 'descending';
  const next = active && second ? (options.sort === first ? second : first) : first;
  return h('th', { scope: 'col', 'aria-sort': ariaSort }, h('button', { type: 'button', class: 'sort', onclick: () => options.onSort!(next) }, label));
}

export function alertsTable(alerts: AlertSummary[], options: TableOptions): HTMLElement {
  return scrollable(h('table', null,
    h('caption', { class: 'visually-hidden' }, 'Alerts'),
    h('thead', null, h('tr', null,
      header('Created', options, ['newest', 'oldest']),
      options.showCustomer ? header('Customer', options, ['customer']) : null,
      h('th', { scope: 'col' }, 'Party'),
      h('th', { scope: 'col' }, 'List entry'),
      h('th', { scope: 'col' }, 'Source'),
      h('th', { scope: 'col' }, 'Kind'),
      header('Score', options, ['score']),
      h('th', { scope: 'col' }, 'Status'),
      h('th', { scope: 'col' }, 'Alert'),
    )),
    h('tbody', null, alerts.map((alert) => h('tr', { 'data-alert-id': alert.alertId },
      h('td', null, when(alert.createdAt)),
      options.showCustomer ? h('td', null, h('a', { href: customerHref(alert.customerId) }, alert.customerId)) : null,
      h('td', null, alert.partyName, h('br'), h('span', { class: 'muted' }, partyLabel(alert.partyPath))),
      h('td', null, alert.source === 'policy' ? alert.entryName : h('a', { href: entryHref(alert) }, alert.entryName)),
      h('td', null, alert.source),
      h('td', null, alert.kind),
      h('td', { class: 'num' }, score(alert.score)),
      h('td', null, badge(alert.status)),
      h('td', null, h('a', { href: alertHref(alert.alertId), 'aria-label': `Open alert: ${alert.partyName} vs ${alert.entryName}` }, 'Open')),
    ))),
  ));
}
