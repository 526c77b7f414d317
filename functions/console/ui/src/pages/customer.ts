/** One customer: the parties as last screened, its alerts, and every screening. */
import type { CustomerView } from '../../../../../lib/review/customer.js';
import { profileParties } from '../../../../../lib/rescreen/parties.js';
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { badge, entryHref, partyFields, partyLabel, reasonsTable, score, scrollable, when } from '../render.js';
import { alertsTable } from './alerts.js';
import type { Page } from './page.js';

export const customerPage: Page = async ({ main, params, isCurrent, setTitle }) => {
  const [customerId = ''] = params;
  setTitle(`Customer ${customerId}`);
  main.append(h('h1', null, `Customer ${customerId}`));
  const view = await api<CustomerView>(`/v1/customers/${encodeURIComponent(customerId)}`);
  if (!isCurrent()) return;
  const profile = view.profile;
  append(main, [
    profile ? h('p', { class: 'meta' }, 'Last decision ', badge(profile.lastDecision), ` · screened ${when(profile.updatedAt)} · list version ${profile.listVersionId}`) : null,
    h('h2', null, 'Parties as last screened'),
    profile ? partiesView(profile.request) : h('p', { class: 'muted' }, 'No stored profile.'),
    h('h2', null, `Alerts (${view.alerts.length})`),
    view.alerts.length ? alertsTable(view.alerts, { showCustomer: false }) : h('p', { class: 'muted' }, 'No alerts.'),
    h('h2', null, `Screening history (${view.screenings.length})`),
    view.screenings.length
      ? scrollable(h('table', null,
          h('caption', { class: 'visually-hidden' }, 'Screenings, newest first'),
          h('thead', null, h('tr', null, ['When', 'Decision', 'Risk', 'List version', 'Matches and reasons'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', null, view.screenings.map((s) => h('tr', null,
            h('td', null, when(s.screenedAt)),
            h('td', null, badge(s.decision)),
            h('td', { class: 'num' }, s.riskScore !== undefined ? String(s.riskScore) : ''),
            h('td', null, h('code', null, s.listVersionId)),
            h('td', null, h('details', null,
              h('summary', null, summaryOf(s)),
              h('ul', null, s.parties.flatMap((p) => p.matches.map((m) => h('li', null, `${partyLabel(p.path)}: `, h('a', { href: entryHref(m) }, m.name), ` (${m.source}, ${score(m.score)})`)))),
              reasonsTable(s.reasons),
            )),
          ))),
        ))
      : h('p', { class: 'muted' }, 'No screenings.'),
  ]);
};

function partiesView(request: unknown): HTMLElement {
  const parties = profileParties(request);
  return h('div', null, parties.map((party) => h('section', null, h('h3', null, partyLabel(party.path)), partyFields(party.input))));
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function summaryOf(screening: CustomerView['screenings'][number]): string {
  const matches = screening.parties.reduce((n, p) => n + p.matches.length, 0);
  return `${plural(matches, 'match', 'matches')}, ${plural(screening.reasons.length, 'reason', 'reasons')}`;
}
