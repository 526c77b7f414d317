/**
 * Every weight and threshold of the matcher, in one place. Each number has an example of what it
 * does; change them here only, and re-run `npm run eval` and `npm test` after any change.
 */
import type { SourceCode } from '../lists/model.js';

export const TUNING = {
  /**
   * Default match threshold: a score at or above it is a match ("review"). Chosen on the visible
   * evaluation sets (name_bench, company_pairs, cross_script, csl_alias_holdout); e.g. "Olaf Schulze"
   * vs "Olaf Scholz" scores 0.80 (match), "George Bush" vs "George Habbash" 0.41 (no match),
   * "EMMA LLC" vs "emma daniels" 0.60 (no match).
   */
  threshold: 0.76,
  /**
   * Per-source threshold overrides, e.g. `{ DTC: 0.8 }` would make ITAR Debarred hits need 0.8.
   * Empty: every source uses `threshold`.
   */
  sourceThresholds: {} as Partial<Record<SourceCode, number>>,

  tokens: {
    /** Weight of an ordinary name token before its rarity is applied. */
    word: 1,
    /** Legal-form tokens ("llc", "ltd", "gmbh") are weak evidence: "EMMA LLC" is not "emma daniels". */
    legal: 0.25,
    /** Stopwords and particles ("the", "of", "al", "bin") and honorifics ("haji", "sheikh"). */
    stop: 0.2,
    /**
     * A country in parentheses left over where the other name left nothing ("Conair Corp. (US)" vs
     * "Conair Corp.", 0.6 -> 0.94); beside another place or other leftovers it weighs as a word.
     */
    place: 0.2,
    /** Numbers must match exactly; "11420 CORP" is not "BELLETECH CORP". */
    number: 1,
    /** A one-letter token (an initial) weighs this much of a full word. */
    initial: 0.35,
    /** Tokens of two letters weigh this much ("li", "wu"): short tokens collide more often. */
    short: 0.7,
    /**
     * What a company does rather than who it is ("technology", "trading", "products": see
     * GENERIC_ORGANIZATION_WORDS) weighs this much of a word: "Asba Products" vs "Asha Products"
     * rests more on "asba" vs "asha", 0.85 instead of 0.91.
     */
    generic: 0.5,
  },

  similarity: {
    /** Added to the longer length when turning edits into similarity (see editSimilarity). */
    lengthAllowance: 3,
    /** Token pairs below this similarity do not align ("bush" vs "habbash" ~0.5: unaligned). */
    minimum: 0.75,
    /**
     * What an aligned pair contributes: its similarity at or above `knee`; below, `slope` times the
     * shortfall is taken off the knee. "putin"~"pudin" 0.875 -> 0.825; "manuel"~"daniel" 0.78 -> 0.54;
     * "castillo"~"castro" 0.76 -> 0.48, so "Raul Castillo" vs "Raul Castro" scores 0.74 (no match): two
     * different names that happen to look alike sit just above `minimum`.
     */
    contribution: { knee: 0.9, slope: 3 },
    /** Same phonetic key ("mohammed"/"muhammad", "qods"/"quds") counts as this similar at least. */
    phonetic: 0.9,
    /** Edit similarity of the sound-alike forms counts this much ("jong"/"jung" via "jong"/"jung"). */
    phoneticEditFactor: 0.95,
    /** Two different legal forms ("llc" vs "jsc") align at this similarity: weak tokens, weakly unlike. */
    otherLegalForm: 0.5,
    /**
     * One stem, another inflectional ending (see isEndingVariant) counts this similar at least:
     * "alexandros"~"alexander" 0.85 -> 0.9, "karpenko"~"karpenkov"; "ronaldinho"~"ronaldo" stays 0.77.
     */
    ending: { minStem: 6, maxEnding: 3, similarity: 0.9 },
    /** Same consonant skeleton when one side has no vowels (abjad scripts: "mhmd" vs "mohamed"). */
    skeleton: 0.95,
    /** Skeletons that differ compare by edit similarity, discounted by this. */
    skeletonEditFactor: 0.85,
    /**
     * A kana word and a Latin one compare by the consonants Japanese keeps of a foreign word (as
     * skeletons: "sonigurupu"~"sonygroup" 0.95) when the kana word has at least this many:
     * "soni" ("sn") is no more "Sun" than "Sony".
     */
    loanwordMinConsonants: 4,
    /**
     * An abbreviation against the run of words it stands for: an acronym ("ibm" for "international
     * business machines"), syllables run together ("hotincol"), a long word cut short ("morspas").
     */
    abbreviation: 0.85,
    /** An initial ("j") against a word starting with it ("jean"). */
    initial: 0.8,
    /**
     * A given name and a short form of it ("theodore"~"ted", "aleksandr"~"sasha"; vocabulary.ts NICKNAMES),
     * or another form or spelling of it (EAST_SLAVIC_NAME_FORMS "nikolai"~"mykola", ARABIC_NAME_FORMS
     * "muhammad"~"mohamed"): at least this similar.
     */
    nickname: 0.9,
    /**
     * A given name and its form in another language ("john"~"juan", "nicholas"~"mikolaj"; vocabulary.ts
     * GIVEN_NAME_FORMS): the same name, but not as the person writes it, so below `contribution.knee`.
     */
    otherLanguage: 0.8,
    /**
     * Two syllables of Korean names that begin with other consonants or hold other vowels ("tong" 동,
     * "jong" 정): other syllables, at most this similar however few letters apart (koreanSyllableSimilarity).
     */
    otherKoreanSyllable: 0.75,
  },

  alignment: {
    /** Weight given to query tokens left unaligned (relative to their own weight). */
    unmatchedQuery: 1,
    /** Weight given to entry tokens left unaligned. */
    unmatchedEntry: 0.8,
    /**
     * When every token of the shorter name aligned and it has at least two strong tokens, extra
     * tokens of the longer name (middle names, patronymics) weigh this much instead.
     * "Vladimir Vladimirovich Putin" vs "Vladimir Putin" stays a match.
     */
    unmatchedWhenContained: 0.5,
    /**
     * A person's lineage left over where the other name is contained in it weighs this much of
     * unmatchedWhenContained: the fathers after "bin", "ben" or "ibn" before the family name, and a
     * patronymic ("Ivanovich", "Ivanauna"). "DARRAJI, Kamel" vs "DARRAJI, Kamal Ben Mohamed Ben
     * Ahmed" 0.70 -> 0.79, "BOUCHOUCHA, Mokhtar" vs "BOUCHOUCHA, Al-Mokhtar Ben Mohamed Ben Al-Mokhtar" 0.74 -> 0.84.
     */
    lineageWhenContained: 0.5,
    /**
     * Both names have a patronymic particle ("bin", "ibn"): a token pairing across it counts at this
     * share of its similarity. "Salman bin Muhammad al-Rawi" vs "Muhammad bin Salman al-Rawi" 1.0 -> 0.5.
     */
    acrossParticle: 0.5,
    /** Leftover tokens on both sides (a part replaced, not omitted) weigh this much more. */
    substitutionFactor: 1.6,
    /**
     * A Chinese or Korean name has no middle names: a syllable left over on either side is a
     * different given name and weighs this much more. "明 张" vs "MING SUAN ZHANG" 0.71 (no match);
     * "王伟" vs "Wang Wei" 1.
     */
    syllableLeftover: 2,
    /** Fewer aligned parts than this (an initial is half a part) out of several caps the score (OFAC FAQ 5). */
    minimumParts: 1.5,
    singlePartCap: 0.6,
    /**
     * Organizations only, when screening against a list: a single aligned word this rare (weight
     * after rarity, 1.15 ~ in fewer than ~30 of 34k names) that is all of the shorter name scores
     * `score` x its pairing's contribution, however many words the longer name adds: "Hikmicro" vs
     * "Hangzhou Hikmicro Sensing Technology Co." -> 0.8; "Deutsche Bank" vs "Deutsche Bank Trust"
     * stays capped at `singlePartCap` (common words).
     */
    rareSinglePart: { minWeight: 1.15, score: 0.8 },
    /**
     * An organization's one word beside generic words only ("Huawei" ~ "Huawei Technologies Co.,
     * Ltd.", however many of the list's names have it) escapes `singlePartCap` when it aligns at
     * least this similar: the same word, not a look-alike ("Invent" ~ "Invest Group" stays capped).
     */
    onlyWordSimilarity: 0.95,
  },

  /** Rarity: weight multiplier = clamp(idf / idfReference, idfMin, idfMax) when a list is indexed. */
  idf: { reference: 6, min: 0.5, max: 1.3 },

  attributes: {
    /** Same birth date (day precision). */
    dobDayMatch: 0.1,
    /** Birth years overlap but the exact day is unknown on one side. */
    dobYearMatch: 0.05,
    /** Birth years do not overlap (nomenklatura: -0.15). */
    dobYearMismatch: -0.15,
    /** Same year, different day (nomenklatura: -0.25 for a full day mismatch; ours is within a year). */
    dobDayMismatch: -0.1,
    /** A shared country. */
    countryMatch: 0.03,
    /** Countries given on both sides and none shared (nomenklatura: -0.2). */
    countryMismatch: -0.1,
    /** An equal passport/registration number: the score is raised to at least this. */
    identifierMatch: 0.95,
    /** Organization vs vessel/aircraft: possible (a company and its ship share a name), but penalised. */
    typeSoftMismatch: -0.15,
  },

  retrieval: {
    /**
     * Distinct candidate names scored fully per query name (a name several entries share counts
     * once). 30 finds 78% of held-out aliases in the top 10, 20 finds 77%.
     */
    candidates: 30,
    /** Of those, at most this many names of one entry (an entry's many aliases would crowd out others). */
    namesPerEntry: 3,
    /**
     * Candidates whose retrieval weight is below this share of the best are not scored. At 0.4
     * "Erik Chornoletskyy" dropped "Ernest Chornoletskyy" (one shared rare word of two) behind the
     * exact name.
     */
    relativeFloor: 0.2,
    /** Fuzzy token lookups keep tokens at least this similar to the query token. */
    fuzzyMinimum: 0.7,
  },

  screen: {
    /** Matches returned per party unless `--limit`. */
    limit: 10,
  },
} as const;

/** The threshold that applies to a source: its override, else the default. */
export function thresholdFor(source: SourceCode | undefined, override?: number): number {
  if (override !== undefined) return override;
  return (source && TUNING.sourceThresholds[source]) ?? TUNING.threshold;
}
