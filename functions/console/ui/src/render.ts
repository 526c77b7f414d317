/** Renderers shared by the pages: badges, scores, dates, explanations, entries and parties. */
import type { Identifier, ListEntry, PartialDate } from '../../../../lib/lists/model.js';
import type { FeatureResult } from '../../../../lib/match/party.js';
import type { Reason } from '../../../../lib/risk/evaluate.js';
import type { OwnerInput, PartyInput } from '../../../../lib/screening/request.js';
import type { TextEvidence } from '../../../../lib/lookup/text-index.js';
import { ApiError } from './api.js';
import { type Child, h } from './dom.js';

export const SOURCES: [string, string][] = [
  ['SDN', 'SDN: Specially Designated Nationals (OFAC)'],
  ['EL', 'EL: Entity List (BIS)'],
  ['DPL', 'DPL: Denied Persons List (BIS)'],
  ['UVL', 'UVL: Unverified List (BIS)'],
  ['MEU', 'MEU: Military End User List (BIS)'],
  ['ISN', 'ISN: Nonproliferation Sanctions (State)'],
  ['FSE', 'FSE: Foreign Sanctions Evaders (OFAC)'],
  ['SSI', 'SSI: Sectoral Sanctions Identifications (OFAC)'],
  ['PLC', 'PLC: Palestinian Legislative Council (OFAC)'],
  ['CAP', 'CAP: CAPTA List (OFAC)'],
  ['CMIC', 'CMIC: Chinese Military-Industrial Complex (OFAC)'],
  ['MBS', 'MBS: Menu-Based Sanctions (OFAC)'],
  ['DTC', 'DTC: ITAR Debarred (State)'],
];

export function badge(text: string, kind: string = text): HTMLSpanElement {
  return h('span', { class: `badge ${kind}` }, text);
}

export function score(value: number): string {
  return value.toFixed(2);
}

/** "2026-08-20T10:15:00.000Z" -> "2026-08-20 10:15 UTC". */
export function when(iso: string | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

export function entryHref(entry: { entryId: string; source: string }): string {
  return `#/entries/${encodeURIComponent(entry.entryId)}?source=${encodeURIComponent(entry.source)}`;
}

export function customerHref(customerId: string): string {
  return `#/customers/${encodeURIComponent(customerId)}`;
}

export function alertHref(alertId: string): string {
  return `#/alerts/${encodeURIComponent(alertId)}`;
}

/** "customer" -> "Customer", "beneficialOwners[0]" -> "Owner 1", "beneficialOwners[0].owners[1]" -> "Owner 2 of owner 1". */
export function partyLabel(path: string): string {
  if (path === 'customer') return 'Customer';
  const steps = [...path.matchAll(/\[(\d+)\]/g)].map((m) => `owner ${Number(m[1]) + 1}`);
  if (!steps.length) return path;
  const label = steps.reverse().join(' of ');
  return label[0]!.toUpperCase() + label.slice(1);
}

/** A wide table scrolls sideways in its own box on a narrow screen instead of spilling out of the page. */
export function scrollable(table: HTMLTableElement): HTMLDivElement {
  return h('div', { class: 'table-scroll' }, table);
}

export function errorNotice(error: unknown): HTMLElement {
  const problems = error instanceof ApiError ? error.errors : [];
  return h(
    'div',
    { class: 'notice error', role: 'alert' },
    h('p', null, error instanceof Error ? error.message : String(error)),
    problems.length ? h('ul', null, problems.map((p) => h('li', null, h('code', null, p.field), ` ${p.reason}`))) : null,
  );
}

/** A definition list of the fields that have a value; empty lists and blanks are left out. */
export function fieldsList(rows: [string, Child][]): HTMLDListElement {
  const shown = rows.filter(([, value]) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0));
  return h('dl', { class: 'fields-list' }, shown.map(([label, value]) => [h('dt', null, label), h('dd', null, value)]));
}

function list(items: Child[]): HTMLUListElement | null {
  return items.length ? h('ul', null, items.map((item) => h('li', null, item))) : null;
}

/** Only web links are made clickable: list data never becomes a `javascript:` URL. */
function link(url: string | undefined): Child {
  if (!url) return null;
  return /^https?:\/\//i.test(url) ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, url) : url;
}

function dateText(date: PartialDate): string {
  return date.text;
}

function identifierText(id: Identifier): string {
  return [id.type, id.number, id.country && `(${id.country})`, id.issueDate && `issued ${id.issueDate}`, id.expirationDate && `expires ${id.expirationDate}`].filter(Boolean).join(' ');
}

/** Every field of a list entry. */
export function entryFields(entry: ListEntry): HTMLDListElement {
  return fieldsList([
    ['Source', entry.sourceName || entry.source],
    ['Type', entry.type],
    ['Entry ID', entry.entryId],
    ['Entity number', entry.entityNumber],
    ['Name', entry.name],
    ['Aliases', list(entry.aliases)],
    ['Title', entry.title],
    ['Addresses', list(entry.addresses.map((a) => a.full))],
    ['Countries', entry.countries.join(', ')],
    ['Nationalities', entry.nationalities.join(', ')],
    ['Citizenships', entry.citizenships.join(', ')],
    ['Dates of birth', list(entry.datesOfBirth.map(dateText))],
    ['Places of birth', list(entry.placesOfBirth)],
    ['IDs', list(entry.ids.map(identifierText))],
    ['Other facts', list(entry.facts.map((f) => `${f.type.replace(/:\s*$/, '')}: ${f.value}`))],
    ['Programs', list(entry.programs)],
    ['Remarks', entry.remarks],
    ['Federal Register notice', entry.federalRegisterNotice],
    ['Start date', entry.startDate],
    ['End date', entry.endDate],
    ['Standard order', entry.standardOrder],
    ['License requirement', entry.licenseRequirement],
    ['License policy', entry.licensePolicy],
    ['Vessel', entry.vessel ? list(Object.entries(entry.vessel).filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`)) : null],
    ['Source list', link(entry.sourceListUrl)],
    ['Source information', link(entry.sourceInformationUrl)],
  ]);
}

/** A customer's party as the sign-up request gave it. */
export function partyFields(party: PartyInput | OwnerInput): HTMLDListElement {
  const owner = 'ownershipPercent' in party ? party : undefined;
  const address = party.address ? [party.address.street, party.address.city, party.address.state, party.address.postalCode, party.address.country].filter(Boolean).join(', ') : '';
  return fieldsList([
    ['Name', party.name],
    ['Type', party.type],
    ['Aliases', list(party.aliases ?? [])],
    ['Country', party.country],
    ['Nationality', party.nationality],
    ['Address', address],
    ['Date of birth', party.dateOfBirth],
    ['Registration number', party.registrationNumber],
    ['IDs', list((party.identifiers ?? []).map((id) => [id.type, id.number, id.country && `(${id.country})`].filter(Boolean).join(' ')))],
    ['Email', party.email],
    ['Phone', party.phone],
    ['IP address', party.ipAddress],
    ['Ownership', owner ? (owner.ownershipPercent === null ? 'share unknown' : `${owner.ownershipPercent}%`) : null],
  ]);
}

/** Wraps the found words of a text in <mark>. */
export function highlight(text: string, words: string[]): Child[] {
  const wanted = words.filter((w) => w.length > 0).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!wanted.length) return [text];
  const pattern = new RegExp(`(${wanted.join('|')})`, 'gi');
  return text.split(pattern).map((part, i) => (i % 2 === 1 ? h('mark', null, part) : part));
}

interface NameExplanation {
  queryName?: string;
  nameScore?: number;
  nameAlignment?: { query: string; entry: string; similarity: number }[];
  unmatchedQuery?: string[];
  unmatchedEntry?: string[];
  nameDetail?: string;
  sameParty?: { entryId: string; source: string; name: string };
  features?: FeatureResult[];
  matchedName?: string;
  reasons?: Reason[];
}

/** A search hit's: the matcher's explanation, the word search's, or both. */
interface HitExplanation {
  name?: NameExplanation & { score: number };
  text?: { score: number; fields: TextEvidence[] };
}

const FIELD_LABELS: Record<string, string> = {
  name: 'name', address: 'address', remarks: 'remarks', identifier: 'ID', fact: 'fact', title: 'title',
  placeOfBirth: 'place of birth', program: 'program', federalRegisterNotice: 'Federal Register notice', vessel: 'vessel',
};

/**
 * How a match was found: the name alignment word by word and each attribute's effect, the policy
 * reasons, and for a search hit the fields that hold the words.
 */
export function explanationView(value: unknown): HTMLElement {
  const hit = (value ?? {}) as HitExplanation;
  if (hit.name || hit.text) {
    return h('div', { class: 'explanation' },
      hit.name ? [h('h4', null, `Name match: ${score(hit.name.score)}`), nameParts(hit.name)] : null,
      hit.text ? [h('h4', null, `Words found: ${score(hit.text.score)}`), textParts(hit.text.fields)] : null,
    );
  }
  const parts = nameParts(value as NameExplanation);
  return h('div', { class: 'explanation' }, parts.length ? parts : h('pre', null, JSON.stringify(value, null, 2)));
}

function textParts(fields: TextEvidence[]): Child[] {
  return [h('ul', null, fields.map((f) => h('li', null, h('strong', null, `${FIELD_LABELS[f.field] ?? f.field}: `), highlight(f.value, f.words))))];
}

function nameParts(explanation: NameExplanation): Child[] {
  const parts: Child[] = [];
  if (explanation.nameAlignment) {
    const against = explanation.matchedName ? `"${explanation.matchedName}"` : 'the list name';
    parts.push(h('p', null, `"${explanation.queryName ?? ''}" against ${against}: name score ${score(explanation.nameScore ?? 0)}; ${explanation.nameDetail ?? ''}.`));
    const twin = explanation.sameParty;
    if (twin) parts.push(h('p', null, `That name is ${twin.source} entry ${twin.entryId}'s (${twin.name}): the same party listed twice, with a name and a country or an ID in common.`));
    if (explanation.nameAlignment.length) {
      parts.push(
        h('table', null,
          h('caption', { class: 'visually-hidden' }, 'Word alignment'),
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Query word'), h('th', { scope: 'col' }, 'List word'), h('th', { scope: 'col', class: 'num' }, 'Similarity'))),
          h('tbody', null, explanation.nameAlignment.map((pair) => h('tr', null, h('td', null, pair.query), h('td', null, pair.entry), h('td', { class: 'num' }, score(pair.similarity))))),
        ),
      );
    }
    if (explanation.unmatchedQuery?.length) parts.push(h('p', null, `Query words left unmatched: ${explanation.unmatchedQuery.join(', ')}`));
    if (explanation.unmatchedEntry?.length) parts.push(h('p', null, `List words left unmatched: ${explanation.unmatchedEntry.join(', ')}`));
  }
  if (explanation.features?.length) {
    parts.push(h('p', null, 'Other attributes:'));
    parts.push(h('ul', null, explanation.features.map((f) => h('li', null, `${f.feature}: ${f.detail} (${f.delta >= 0 ? '+' : ''}${f.delta.toFixed(2)})`))));
  }
  if (explanation.reasons?.length) {
    parts.push(h('p', null, 'Policy reasons:'));
    parts.push(h('ul', null, explanation.reasons.map((r) => h('li', null, `${r.rule} (${r.effect}): ${r.detail}`))));
  }
  return parts;
}

/** A collapsed "Why" that opens on Enter/Space (native details). */
export function why(value: unknown, label = 'Why'): HTMLDetailsElement {
  return h('details', null, h('summary', null, label), explanationView(value));
}

export function reasonsTable(reasons: Reason[]): HTMLElement {
  if (!reasons.length) return h('p', { class: 'muted' }, 'No reasons: nothing matched and no rule applied.');
  return scrollable(h('table', null,
    h('caption', { class: 'visually-hidden' }, 'Reasons'),
    h('thead', null, h('tr', null, ['Effect', 'Rule', 'Party', 'Detail'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, reasons.map((r) => h('tr', null, h('td', null, badge(r.effect, r.effect === 'score' ? 'review' : r.effect)), h('td', null, h('code', null, r.rule)), h('td', null, partyLabel(r.party)), h('td', null, r.detail)))),
  ));
}
