/** Script folding: any script to Latin ASCII (any-ascii), with Chinese and Korean syllables kept apart. */
import anyAscii from 'any-ascii';

/** Han ideographs and Hangul syllables: one syllable per character, so each becomes its own token. */
const SYLLABIC = /[\p{Script=Han}\p{Script=Hangul}]/u;

/** True when the text holds Chinese or Korean characters. */
export function hasSyllabicScript(text: string): boolean {
  return NON_ASCII.test(text) && SYLLABIC.test(text);
}

/** Scripts that leave most vowels unwritten: their transliterations are consonant skeletons. */
const ABJAD = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

/** True when the text holds Arabic, Persian, Urdu, Hebrew, Syriac or Thaana letters. */
export function hasAbjadScript(text: string): boolean {
  return NON_ASCII.test(text) && ABJAD.test(text);
}
const NON_ASCII = /[^\x00-\x7f]/;
/** No Han or Hangul character comes before Hangul Jamo (U+1100): below it, no regex is needed. */
const FIRST_SYLLABIC = 0x1100;

/**
 * "Владимир Путин" -> "Vladimir Putin"; "习近平" -> "Xi Jin Ping"; "김정은" -> "Gim Jeong Eun";
 * "Erdoğan" -> "Erdogan". Latin text passes unchanged apart from accents.
 */
export function foldScript(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  const nfkc = text.normalize('NFKC');
  let out = '';
  for (const char of nfkc) {
    if (char.codePointAt(0)! >= FIRST_SYLLABIC && SYLLABIC.test(char)) out += ` ${anyAscii(char)} `;
    else out += char;
  }
  return anyAscii(out);
}
