import { remembered } from '../remember.js';

/**
 * Russian organizations' words by their stems, transliterated, as English names say them: Russian
 * declines each word in gender and case ("nauchnyy", "nauchnogo", "nauchnoi" ... scientific), and
 * the lists spell each form several ways (kh or h, -yy, -yi or -iy). RUSSIAN_ORGANIZATION_WORDS
 * (vocabulary.ts) lists some forms whole; the rest are found here, stem and a case ending: "Omskiy
 * Nauchno Issledovatelskiy Institut Priborostroeniya" is the Omsk Scientific Research Institute of
 * Instrument Engineering, "Norilski Gorno Metallurgicheski Kombinat" the Norilsk Mining and
 * Metallurgical Combine.
 */

/**
 * Stems (kh written h, see lookupForm) and what English names say for them; several words are written
 * out. Adjectives and words for what an organization is; not nouns that are names too ("Elektronika",
 * "Energiya", "Sistema").
 */
const STEMS: Record<string, string> = {
  nauchn: 'scientific', issledovatelsk: 'research', proizvodstv: 'production', proizvodstvenn: 'production',
  predpriyat: 'enterprise', predpriiat: 'enterprise', konstruktorsk: 'design', opytn: 'experimental',
  opitn: 'experimental', gosudarstvenn: 'state', federaln: 'federal', tsentraln: 'central', elektronn: 'electronic',
  metallurgichesk: 'metallurgical', metallurgich: 'metallurgical', kombinat: 'combine', sudostroiteln: 'shipbuilding',
  sudoremontn: 'ship repair', aviatsionn: 'aviation', aviatsi: 'aviation', kosmichesk: 'space', vozdushn: 'air',
  oboronn: 'defense', oboron: 'defense', priborostroeni: 'instrument engineering', priborostroiteln: 'instrument',
  izmeriteln: 'measuring', tehnichesk: 'technical', tehnologi: 'technologies', tehnologichesk: 'technological',
  torgov: 'trading', finansov: 'financial', strahov: 'insurance', stroiteln: 'construction', inzhenern: 'engineering',
  kommunikatsionn: 'communication', obrazovateln: 'educational', obrazovani: 'education', vyssh: 'higher',
  universitet: 'university', neftyan: 'oil', neftian: 'oil', gazov: 'gas', himichesk: 'chemical',
  fizichesk: 'physical', prirodn: 'natural', bezopasnost: 'security', komitet: 'committee', grazhdansk: 'civil',
  voenn: 'military', morsk: 'maritime', rossiisk: 'russian', rossiysk: 'russian', rossisk: 'russian',
  federatsi: 'federation', akademi: 'academy', remontn: 'repair', transportn: 'transport', bespilotn: 'unmanned',
  analitichesk: 'analytical', kabeln: 'cable', izdeli: 'products', aviakompani: 'airlines', kompani: 'company',
  kontsern: 'concern', kompleks: 'complex', obedineni: 'association', obyedineni: 'association',
  uchrezhdeni: 'institution', byudzhetn: 'budgetary', unitarn: 'unitary', chastn: 'private', inostrann: 'foreign',
  mezhdunarodn: 'international', regionaln: 'regional', natsionaln: 'national', severn: 'northern', yuzhn: 'southern',
  zapadn: 'western', vostochn: 'eastern', glavn: 'main', upravleni: 'directorate', sluzhb: 'service',
  razvedk: 'intelligence', raketn: 'missile', yadern: 'nuclear', atomn: 'atomic', energetichesk: 'energy',
  vertolet: 'helicopters', vertoletn: 'helicopter', samoletostroiteln: 'aircraft', aviastroiteln: 'aircraft',
  dvigatelestroiteln: 'engine', podvodn: 'underwater', oruzhi: 'weapons', prikladn: 'applied', kvantov: 'quantum',
  spetsialn: 'special', radiotehnichesk: 'radio engineering', mashinostroiteln: 'machine building',
  mashinostroeni: 'machine building', ministerstv: 'ministry', respublik: 'republic', ohrann: 'security',
  investitsionn: 'investment', promyshlenn: 'industrial', korporatsi: 'corporation', laboratori: 'laboratory',
  tsentr: 'center', institut: 'institute', zavod: 'plant', fabrik: 'factory', verf: 'shipyard',
};

/** Case and gender endings a stem may take, as the lists transliterate them ("" for the stem alone). */
const ENDINGS = new Set([
  '', 'a', 'ya', 'ia', 'u', 'yu', 'iu', 'e', 'ye', 'ie', 'y', 'i', 'o', 'om', 'em', 'oy', 'oi', 'ey', 'ei', 'yy', 'yi', 'iy',
  'ii', 'aya', 'aia', 'oe', 'oye', 'iye', 'yye', 'ogo', 'ego', 'omu', 'emu', 'ykh', 'ikh', 'ym', 'im', 'ymi', 'imi', 'uyu',
  'uiu', 'ami', 'yami', 'akh', 'yakh', 'ov', 'ev', 'iya', 'iia',
].map((ending) => lookupForm(ending)));

/** The shortest stem that means several words: a shorter word cannot mean several (its lookup form is no longer than it). */
export const SEVERAL_WORDS_SHORTEST = Math.min(...Object.entries(STEMS).filter(([, meaning]) => meaning.includes(' ')).map(([stem]) => stem.length));

/** The stems' first three letters. */
const STEM_HEADS = new Set(Object.keys(STEMS).map((stem) => stem.slice(0, 3)));

const LONGEST_ENDING = 5;
const SHORTEST_STEM = 4;

/**
 * A Russian organization word's English meaning by its stem and ending ("nauchnogo" scientific,
 * "mashinostroitelnyy" machine building), or undefined. Remembered: every name asks for each of its words.
 */
export function russianStemMeaning(word: string): string | undefined {
  // Most words are too short or begin as no stem does: answered without a lookup form, and not remembered
  // (every new word and glued run of a query asks once, and each kept answer was a map entry to make).
  if (word.length < SHORTEST_STEM + 1 || !STEM_HEADS.has(word.slice(0, 4).replace('kh', 'h').slice(0, 3))) return undefined;
  return remembered(meanings, word, 100_000, () => stemMeaning(word) ?? '') || undefined;
}

const meanings = new Map<string, string>();

function stemMeaning(word: string): string | undefined {
  const form = lookupForm(word);
  for (let cut = 0; cut <= Math.min(LONGEST_ENDING, form.length - SHORTEST_STEM); cut++) {
    const stem = form.slice(0, form.length - cut);
    if (Object.hasOwn(STEMS, stem) && ENDINGS.has(form.slice(form.length - cut))) return STEMS[stem];
  }
  return undefined;
}

/** Russian х as h, however a list writes it ("tekhnicheskiy", "tehnicheskiy"), and й as y ("-yj", "-ij"). */
function lookupForm(word: string): string {
  return word.replace(/kh/g, 'h').replace(/j(?=[^aeiou]|$)/g, 'y');
}
