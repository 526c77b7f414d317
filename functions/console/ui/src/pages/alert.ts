/** One alert: the customer's party beside the list entry, the explanation, the actions, and their history. */
import type { AlertDetail } from '../../../../../lib/review/alerts.js';
import type { Alert, AlertAction } from '../../../../../lib/store/alerts.js';
import { api } from '../api.js';
import { announce, field, fill, formValues, h } from '../dom.js';
import { showError } from '../nav.js';
import { badge, customerHref, entryFields, entryHref, explanationView, fieldsList, partyFields, partyLabel, score, scrollable, when } from '../render.js';
import type { Page } from './page.js';

const ACTION_LABELS: Record<AlertAction, string> = {
  clear: 'Clear: a false positive (reason required)',
  confirm: 'Confirm: a true match',
  escalate: 'Escalate for a second opinion',
  reopen: 'Reopen',
};

const DONE: Record<AlertAction, string> = { clear: 'cleared', confirm: 'confirmed', escalate: 'escalated', reopen: 'reopened' };

export const alertPage: Page = async (context) => {
  const [alertId = ''] = context.params;
  context.setTitle('Alert');
  const heading = h('h1', null, 'Alert');
  const body = h('div');
  context.main.append(heading, body);
  const detail = await api<AlertDetail>(`/v1/alerts/${encodeURIComponent(alertId)}`);
  if (!context.isCurrent()) return;
  render(detail);

  function render(current: AlertDetail, notice?: HTMLElement): void {
    const { alert } = current;
    heading.textContent = `${alert.partyName} vs ${alert.entryName}`;
    context.setTitle(`Alert: ${alert.partyName}`);
    fill(body,
      h('p', { class: 'meta' }, badge(alert.status), ` · ${alert.kind} · ${alert.origin === 'signup' ? 'from sign-up' : 'from re-screening'} · score ${score(alert.score)} · raised ${when(alert.createdAt)} · list version ${alert.listVersionId}`),
      notice ?? null,
      compareTable(current),
      h('div', { class: 'side-by-side' },
        h('section', { 'aria-labelledby': 'party-heading' },
          h('h2', { id: 'party-heading' }, 'Customer party in full'),
          h('p', null, h('a', { href: customerHref(alert.customerId) }, `Customer ${alert.customerId}`), h('span', { class: 'muted' }, ` · ${partyLabel(alert.partyPath)}`)),
          current.party ? partyFields(current.party) : fieldsList([['Name', alert.partyName], ['Note', 'The stored profile no longer holds this party.']]),
        ),
        h('section', { 'aria-labelledby': 'entry-heading' },
          h('h2', { id: 'entry-heading' }, alert.source === 'policy' ? 'Policy reason' : 'List entry in full'),
          current.entry
            ? [h('p', null, h('a', { href: entryHref(current.entry) }, 'Open the entry page')), entryFields(current.entry)]
            : fieldsList([['Name', alert.entryName], ['Source', alert.source], ['Entry ID', alert.source === 'policy' ? null : alert.entryId], ['Note', alert.source === 'policy' ? 'This alert stands for a policy rule, not a list entry.' : 'Not on the active list version (removed or changed since).']]),
        ),
      ),
      h('h2', null, 'Explanation'),
      explanationView(alert.explanation),
      h('h2', null, 'Decision'),
      current.actions.length ? actionForm(current) : h('p', { class: 'muted' }, 'No action applies to this alert now.'),
      h('h2', null, 'History'),
      historyTable(alert),
      h('p', null, h('a', { href: '#/alerts' }, 'Back to the open alerts')),
    );
  }

  function actionForm(current: AlertDetail): HTMLFormElement {
    const messages = h('div', { role: 'alert' });
    const reason = h('textarea', { id: 'reason', name: 'reason', maxlength: 2000 });
    const form = h('form', { class: 'stack', 'aria-label': 'Decide on this alert' },
      h('fieldset', null,
        h('legend', null, 'Action'),
        current.actions.map((action, i) => h('label', { class: 'inline' }, h('input', { type: 'radio', name: 'action', value: action, required: true, checked: i === 0 && current.actions.length === 1 }), ACTION_LABELS[action])),
      ),
      field('Reason', reason, 'Why you decide so; required to clear. Kept in the alert history with your name.'),
      messages,
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Record decision')),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const values = formValues(form);
      const action = values.action as AlertAction | undefined;
      messages.replaceChildren();
      if (!action) return void messages.append(h('p', { class: 'notice error' }, 'Choose an action.'));
      if (action === 'clear' && !values.reason) {
        messages.append(h('p', { class: 'notice error' }, 'Give a reason to clear the alert: why is it not a match?'));
        reason.focus();
        return;
      }
      const button = form.querySelector('button')!;
      button.disabled = true;
      try {
        await api<{ alert: Alert }>(`/v1/alerts/${encodeURIComponent(current.alert.alertId)}/actions`, {
          method: 'POST',
          body: { action, ...(values.reason && { reason: values.reason }), expectedUpdatedAt: current.alert.updatedAt },
        });
        const fresh = await api<AlertDetail>(`/v1/alerts/${encodeURIComponent(current.alert.alertId)}`);
        if (!context.isCurrent()) return;
        const text = `Alert ${DONE[action]}. Recorded in its history.`;
        render(fresh, h('p', { class: 'notice ok', role: 'status' }, text));
        announce(text);
        heading.focus();
      } catch (error) {
        button.disabled = false;
        showError(messages, error);
      }
    });
    return form;
  }
};

/** The attributes an analyst weighs (OFAC FAQ 5), customer beside entry, row by row. */
function compareTable({ alert, party, entry }: AlertDetail): HTMLElement {
  const lines = (values: (string | undefined)[]) => {
    const shown = values.filter((v): v is string => Boolean(v));
    return shown.length ? shown.map((v, i) => [i ? h('br') : null, v]) : h('span', { class: 'muted' }, 'not given');
  };
  const address = party?.address ? [party.address.street, party.address.city, party.address.state, party.address.postalCode, party.address.country].filter(Boolean).join(', ') : undefined;
  const rows: [string, ReturnType<typeof lines>, ReturnType<typeof lines>][] = [
    ['Name', lines([party?.name ?? alert.partyName, ...(party?.aliases ?? [])]), lines([entry?.name ?? alert.entryName, ...(entry?.aliases ?? [])])],
    ['Type', lines([party?.type]), lines([entry?.type])],
    ['Date of birth', lines([party?.dateOfBirth]), lines(entry?.datesOfBirth.map((d) => d.text) ?? [])],
    ['Countries', lines([party?.country, party?.nationality && `nationality ${party.nationality}`, party?.address?.country && `address ${party.address.country}`]), lines([entry?.countries.join(', ')])],
    ['Address', lines([address]), lines(entry?.addresses.map((a) => a.full) ?? [])],
    ['IDs', lines([party?.registrationNumber, ...(party?.identifiers ?? []).map((i) => [i.type, i.number].filter(Boolean).join(' '))]), lines(entry?.ids.map((i) => `${i.type} ${i.number}`) ?? [])],
  ];
  return scrollable(h('table', { class: 'compare' },
    h('caption', { class: 'visually-hidden' }, 'Customer party and list entry compared'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Attribute'), h('th', { scope: 'col' }, 'Customer party'), h('th', { scope: 'col' }, alert.source === 'policy' ? 'Policy reason' : `List entry (${alert.source})`))),
    h('tbody', null, rows.map(([label, mine, theirs]) => h('tr', null, h('th', { scope: 'row' }, label), h('td', null, mine), h('td', null, theirs)))),
  ));
}

function historyTable(alert: Alert): HTMLElement {
  return scrollable(h('table', null,
    h('caption', { class: 'visually-hidden' }, 'Every action on this alert, oldest first'),
    h('thead', null, h('tr', null, ['When', 'Who', 'Action', 'Status after', 'Reason'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, alert.history.map((step) => h('tr', null, h('td', null, when(step.at)), h('td', null, step.by), h('td', null, step.action), h('td', null, badge(step.status)), h('td', null, step.reason ?? '')))),
  ));
}
