/** Screening a party ad hoc: the sign-up engine and policy, nothing stored; the decision with its reasons. */
import { NAME_MAX_LENGTH } from '../../../../../lib/match/party.js';
import type { AdhocScreening } from '../../../../../lib/screening/adhoc.js';
import type { PartyResult } from '../../../../../lib/screening/screen-signup.js';
import { api } from '../api.js';
import { announce, field, fill, formValues, h, select } from '../dom.js';
import { showError } from '../nav.js';
import { badge, entryHref, partyLabel, reasonsTable, score, scrollable, why } from '../render.js';
import type { Page } from './page.js';

/** The party fields the form asks for; `prefix` is `customer` or `owner-N`. */
function partyFieldset(prefix: string, legend: string, owner: boolean, onRemove?: () => void): HTMLFieldSetElement {
  const id = (name: string) => `${prefix}-${name}`;
  const input = (name: string, attrs: Record<string, string | number | boolean> = {}) => h('input', { id: id(name), name: `${prefix}.${name}`, autocomplete: 'off', ...attrs });
  return h('fieldset', { 'data-party': prefix },
    h('legend', null, legend),
    h('div', { class: 'fields' },
      field('Type', select(`${prefix}.type`, [['organization', 'Organization'], ['person', 'Person']], owner ? 'person' : 'organization', { id: id('type') })),
      field('Name', input('name', { required: true, maxlength: NAME_MAX_LENGTH }), undefined, 'wide'),
      field('Other names', input('aliases', { maxlength: 2000 }), 'Separate with ;'),
      field('Country', input('country', { maxlength: 60 }), 'ISO code, e.g. DE'),
      field('Nationality', input('nationality', { maxlength: 60 }), 'People only'),
      field('Date of birth', input('dateOfBirth', { maxlength: 40, placeholder: 'YYYY-MM-DD' }), 'People only'),
      field('Registration or ID number', input('registrationNumber', { maxlength: 100 })),
      field('Street', input('street', { maxlength: 300 })),
      field('City', input('city', { maxlength: 100 })),
      field('Address country', input('addressCountry', { maxlength: 60 })),
      owner ? field('Ownership %', input('ownershipPercent', { type: 'number', min: 0, max: 100, step: 'any' }), 'Blank if unknown') : null,
    ),
    onRemove ? h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: onRemove }, `Remove ${legend.toLowerCase()}`)) : null,
  );
}

function partyFrom(values: Record<string, string>, prefix: string, owner: boolean): Record<string, unknown> {
  const get = (name: string) => values[`${prefix}.${name}`] || undefined;
  const address = { street: get('street'), city: get('city'), country: get('addressCountry') };
  const percent = get('ownershipPercent');
  const party: Record<string, unknown> = {
    type: get('type'),
    name: get('name'),
    aliases: get('aliases')?.split(';').map((a) => a.trim()).filter(Boolean),
    country: get('country'),
    nationality: get('nationality'),
    dateOfBirth: get('dateOfBirth'),
    registrationNumber: get('registrationNumber'),
    address: Object.values(address).some(Boolean) ? address : undefined,
    ...(owner && { ownershipPercent: percent === undefined ? null : Number(percent) }),
  };
  return JSON.parse(JSON.stringify(party)) as Record<string, unknown>;
}

export const screenPage: Page = async ({ main, setTitle }) => {
  setTitle('Screen a party');
  const owners = h('div', { id: 'owners' });
  const result = h('section', { 'aria-labelledby': 'result-heading', id: 'screening-result', hidden: true }, h('h2', { id: 'result-heading' }, 'Result'));
  const resultBody = h('div');
  result.append(resultBody);
  let ownerCount = 0;
  const addOwner = () => {
    const prefix = `owner-${ownerCount++}`;
    const fieldset: HTMLFieldSetElement = partyFieldset(prefix, `Beneficial owner ${owners.children.length + 1}`, true, () => {
      fieldset.remove();
      announce('Owner removed');
      addButton.focus();
    });
    owners.append(fieldset);
    fieldset.querySelector<HTMLInputElement>('input[name$=".name"]')?.focus();
  };
  const addButton = h('button', { type: 'button', class: 'secondary', onclick: addOwner }, 'Add a beneficial owner');
  const form = h('form', { class: 'stack', 'aria-label': 'Party to screen' },
    h('p', null, 'The same engine, list and policy as sign-up screening. Nothing is stored: this is a lookup, not a customer screening.'),
    partyFieldset('customer', 'Party', false),
    owners,
    h('div', { class: 'actions' }, addButton),
    field('Customer ID (optional)', h('input', { id: 'customerId', name: 'customerId', maxlength: 128, autocomplete: 'off' }), 'For your reference only'),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Screen')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = formValues(form);
    const prefixes = [...owners.querySelectorAll<HTMLFieldSetElement>('fieldset[data-party]')].map((f) => f.dataset.party!);
    const body = {
      ...(values.customerId && { customerId: values.customerId }),
      customer: partyFrom(values, 'customer', false),
      beneficialOwners: prefixes.map((prefix) => partyFrom(values, prefix, true)),
    };
    result.hidden = false;
    fill(resultBody, h('p', { role: 'status' }, 'Screening…'));
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    button.disabled = true;
    try {
      const answer = await api<AdhocScreening>('/v1/screenings/adhoc', { method: 'POST', body });
      fill(resultBody, outcome(answer));
      announce(`Decision: ${answer.decision}, risk score ${answer.riskScore}, ${answer.reasons.length} reasons.`);
    } catch (error) {
      showError(resultBody, error);
    } finally {
      button.disabled = false;
    }
  });
  main.append(h('h1', null, 'Screen a party'), form, result);
};

function outcome(answer: AdhocScreening): HTMLElement {
  return h('div', null,
    h('div', { class: `decision ${answer.decision}`, id: 'decision' },
      h('span', { class: 'big' }, answer.decision),
      h('span', null, `Risk score ${answer.riskScore} of 100`),
      h('span', { class: 'muted' }, `List version ${answer.listVersion.versionId} · by ${answer.screenedBy}`),
    ),
    h('h3', null, 'Reasons'),
    reasonsTable(answer.reasons),
    h('h3', null, 'Matches per party'),
    answer.parties.map(partyMatches),
  );
}

function partyMatches(party: PartyResult): HTMLElement {
  return h('div', null,
    h('h4', null, `${partyLabel(party.path)}: ${party.name}`),
    party.matches.length
      ? scrollable(h('table', null,
          h('caption', { class: 'visually-hidden' }, `Matches for ${party.name}`),
          h('thead', null, h('tr', null, h('th', { scope: 'col', class: 'num' }, 'Score'), h('th', { scope: 'col' }, 'Entry'), h('th', { scope: 'col' }, 'Matched name'), h('th', { scope: 'col' }, 'Source'), h('th', { scope: 'col' }, 'Explanation'))),
          h('tbody', null, party.matches.map((m) => h('tr', null, h('td', { class: 'num' }, score(m.score)), h('td', null, h('a', { href: entryHref(m) }, m.name)), h('td', null, m.matchedName), h('td', null, badge(m.source, 'source')), h('td', null, why(m.explanation))))),
        ))
      : h('p', { class: 'muted' }, 'No list matches.'),
  );
}
