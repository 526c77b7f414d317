/** Lookup: names through the matcher, other fields through the word index; filters; expandable explanations. */
import type { SearchHit } from '../../../../../lib/lookup/search.js';
import type { ListVersionRef } from '../../../../../lib/screening/screen-signup.js';
import { api, withQuery } from '../api.js';
import { field, fill, formValues, h, select } from '../dom.js';
import { showError } from '../nav.js';
import { entryHref, score, scrollable, SOURCES, why } from '../render.js';
import { type Page, pushQuery } from './page.js';

interface SearchAnswer {
  count: number;
  results: SearchHit[];
  listVersion: ListVersionRef;
}

const FILTERS = ['q', 'source', 'type', 'country', 'minScore'] as const;
const DEFAULT_MIN_SCORE = '0.5';

export const searchPage: Page = async ({ main, query, isCurrent, setTitle }) => {
  setTitle('Search');
  const status = h('p', { role: 'status', id: 'search-status' });
  const results = h('div', { id: 'results' });
  const form = h(
    'form',
    { class: 'stack', role: 'search', 'aria-label': 'Search the active lists' },
    h('div', { class: 'fields' },
      field('Name or text', h('input', { name: 'q', id: 'q', type: 'search', value: query.get('q') ?? '', required: true, maxlength: 200, autocomplete: 'off' }), 'Names are fuzzy-matched; addresses, remarks and IDs are searched word by word.', 'wide'),
      field('Source', select('source', [['', 'Any list'], ...SOURCES], query.get('source') ?? undefined, { id: 'source' })),
      field('Type', select('type', [['', 'Any type'], ['person', 'Person'], ['organization', 'Organization'], ['vessel', 'Vessel'], ['aircraft', 'Aircraft'], ['unknown', 'Not given (BIS lists)']], query.get('type') ?? undefined, { id: 'type' })),
      field('Country', h('input', { name: 'country', id: 'country', value: query.get('country') ?? '', maxlength: 60, autocomplete: 'off' }), 'ISO code or name, e.g. RU'),
      field('Minimum score', h('input', { name: 'minScore', id: 'minScore', type: 'number', min: 0, max: 1, step: 0.05, value: query.get('minScore') ?? DEFAULT_MIN_SCORE }), '0 to 1'),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Search')),
  );
  main.append(h('h1', null, 'Search the lists'), form, h('section', { 'aria-labelledby': 'results-heading' }, h('h2', { id: 'results-heading' }, 'Results'), status, results));

  const run = async (values: Record<string, string>) => {
    status.textContent = `Searching for "${values.q}"…`;
    results.replaceChildren();
    try {
      const answer = await api<SearchAnswer>(withQuery('/v1/search', values));
      if (!isCurrent()) return;
      status.textContent = `${answer.count} ${answer.count === 1 ? 'result' : 'results'} for "${values.q}" on list version ${answer.listVersion.versionId}.`;
      if (answer.count) fill(results, resultsTable(answer.results));
    } catch (error) {
      if (!isCurrent()) return;
      status.textContent = 'The search failed.';
      showError(results, error);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = pick(formValues(form));
    pushQuery('search', new URLSearchParams(values).toString());
    void run(values);
  });
  const initial = pick(Object.fromEntries(query));
  if (initial.q) await run(initial);
};

function pick(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(FILTERS.filter((k) => values[k]).map((k) => [k, values[k]!]));
}

function resultsTable(hits: SearchHit[]): HTMLElement {
  return scrollable(h('table', null,
    h('caption', { class: 'visually-hidden' }, 'Search results, best first'),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col', class: 'num' }, 'Score'), h('th', { scope: 'col' }, 'Entry'), h('th', { scope: 'col' }, 'Matched name'),
      h('th', { scope: 'col' }, 'Source'), h('th', { scope: 'col' }, 'Type'), h('th', { scope: 'col' }, 'Countries'), h('th', { scope: 'col' }, 'Explanation'))),
    h('tbody', null, hits.map((hit) => h('tr', null,
      h('td', { class: 'num' }, score(hit.score)),
      h('td', null, h('a', { href: entryHref(hit) }, hit.name)),
      h('td', null, hit.matchedName),
      h('td', null, hit.source),
      h('td', null, hit.type),
      h('td', null, hit.countries.join(', ')),
      h('td', null, why(hit.explanation, hit.via === 'name' ? 'Why: name match' : hit.explanation.name ? 'Why: name and words' : 'Why: words found')),
    ))),
  ));
}
