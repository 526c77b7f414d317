/** What a re-screening match means for the queue, given the pair's latest alert: one row per situation. */
import { describe, expect, it } from 'vitest';
import { decideOnMatch } from '../../lib/rescreen/decide.js';
import type { Alert } from '../../lib/store/alerts.js';

const now = { entry: 'e1', party: 'p1' };
const latest = (kind: Alert['kind'], status: Alert['status'], entry = 'e1', party = 'p1') => ({ kind, status, fingerprints: { entry, party } }) as Alert;

describe('decideOnMatch', () => {
  it.each([
    ['no alert on the pair yet', undefined, { outcome: 'raise', kind: 'new-match' }],
    ['the last alert said the match was gone (entry listed again)', latest('match-gone', 'open'), { outcome: 'raise', kind: 'new-match' }],
    ['an open alert on the same entry data', latest('new-match', 'open'), { outcome: 'known' }],
    ['a confirmed alert on the same entry data', latest('changed-match', 'confirmed'), { outcome: 'known' }],
    ['an escalated alert, the party data changed since', latest('signup-review', 'escalated', 'e1', 'p0'), { outcome: 'known' }],
    ['an open alert on older entry data', latest('new-match', 'open', 'e0'), { outcome: 'raise', kind: 'changed-match' }],
    ['cleared for the same entry and party data', latest('new-match', 'cleared'), { outcome: 'suppressed' }],
    ['cleared, then the entry changed', latest('new-match', 'cleared', 'e0'), { outcome: 'raise', kind: 'changed-match' }],
    ["cleared, then the customer's data changed", latest('signup-review', 'cleared', 'e1', 'p0'), { outcome: 'raise', kind: 'new-match' }],
  ])('%s', (_situation, last, expected) => {
    expect(decideOnMatch(last, now)).toEqual(expected);
  });
});
