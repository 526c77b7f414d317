/** Script folding: any script to Latin ASCII (any-ascii), with Chinese and Korean syllables kept apart. */
import anyAscii from 'any-ascii';
import { CJK_WORDS } from './vocabulary.js';

/** Han ideographs and Hangul syllables: one syllable per character, so each becomes its own token. */
const SYLLABIC = /[\p{Script=Han}\p{Script=Hangul}]/u;

/** Scripts that leave most vowels unwritten: their transliterations are consonant skeletons. */
const ABJAD = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

/** True when the text holds Arabic, Persian, Urdu, Hebrew, Syriac or Thaana letters. */
export function hasAbjadScript(text: string): boolean {
  return NON_ASCII.test(text) && ABJAD.test(text);
}
const NON_ASCII = /[^\x00-\x7f]/;
/** No Han or Hangul character comes before Hangul Jamo (U+1100): below it, no regex is needed. */
const FIRST_SYLLABIC = 0x1100;

/** Any of CJK_WORDS, longest first. */
const CJK_WORD = new RegExp(Object.keys(CJK_WORDS).sort((a, b) => b.length - a.length).join('|'), 'g');

/**
 * "Владимир Путин" -> "Vladimir Putin"; "习近平" -> "Xi Jin Ping"; "김정은" -> "Gim Jeong Eun";
 * "Erdoğan" -> "Erdogan". Latin text passes unchanged apart from accents. `syllables` collects the
 * (lower-case) words that are Chinese or Korean syllables. `translate`: an organization's generic
 * words (CJK_WORDS) become the English words its Latin name uses ("华为技术" -> "Hua Wei technology").
 */
export function foldScript(text: string, syllables?: Set<string>, translate = false): string {
  if (!NON_ASCII.test(text)) return text;
  let nfkc = text.normalize('NFKC');
  if (translate && SYLLABIC.test(nfkc)) nfkc = nfkc.replace(CJK_WORD, (word) => ` ${CJK_WORDS[word]} `);
  let out = '';
  for (const char of nfkc) {
    if (char.codePointAt(0)! >= FIRST_SYLLABIC && SYLLABIC.test(char)) {
      const syllable = anyAscii(char);
      syllables?.add(syllable.toLowerCase());
      out += ` ${syllable} `;
    } else out += char;
  }
  return anyAscii(out);
}
