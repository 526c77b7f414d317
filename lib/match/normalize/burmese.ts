/**
 * Burmese (Myanmar script) to Latin as Burmese names are written in English: any-ascii spells letter
 * by letter ("မင်းအောင်လှိုင်" mn'eanlhiun), where the lists write Min Aung Hlaing. Burmese writes a
 * name's syllables without spaces; each becomes a word ("min aung hlaing"), as the lists write them.
 * A syllable is an initial consonant, its medials (ျ ြ y, ွ w, ှ h), vowel signs, a final consonant
 * under the asat (်) and tone marks; its rhyme is read by the vowel and the final together, as the
 * conventional spellings do (ောင် aung, ိုင် aing, ိန် ein), and a nasal final in the creaky tone (့)
 * ends in t (မြင့် Myint, ညွန့် Nyunt). Good enough to compare names, not to publish them.
 */

/** Myanmar letters U+1000..U+109F; consonants U+1000..U+1021. */
export const BURMESE = /[\u1000-\u109f]/u;
export const BURMESE_RUNS = /[\u1000-\u109f]+/gu;

const INITIALS: Record<string, string> = {
  က: 'k', ခ: 'kh', ဂ: 'g', ဃ: 'g', င: 'ng', စ: 's', ဆ: 's', ဇ: 'z', ဈ: 'z', ည: 'ny', ဋ: 't', ဌ: 'ht', ဍ: 'd', ဎ: 'd',
  ဏ: 'n', တ: 't', ထ: 'ht', ဒ: 'd', ဓ: 'd', န: 'n', ပ: 'p', ဖ: 'ph', ဗ: 'b', ဘ: 'b', မ: 'm', ယ: 'y', ရ: 'y', လ: 'l',
  ဝ: 'w', သ: 'th', ဟ: 'h', ဠ: 'l', အ: '',
};
/** An initial with ှ: voiceless ("လှ" hl, "ရှ" sh). */
const WITH_H: Record<string, string> = { l: 'hl', m: 'hm', n: 'hn', ny: 'hny', y: 'sh', w: 'hw', ng: 'hng' };
/** An initial with ျ or ြ ("ကျ" ky, "ချ" ch). */
const WITH_Y: Record<string, string> = { k: 'ky', kh: 'ch', g: 'gy' };
/** The class of a final consonant: how it ends the rhyme. */
const FINALS: Record<string, 'k' | 'ng' | 'c' | 'ny' | 'y' | 't' | 'n' | 'p' | 'm'> = {
  က: 'k', င: 'ng', စ: 'c', ည: 'ny', ဉ: 'n', တ: 't', ဋ: 't', န: 'n', ဏ: 'n', ပ: 'p', မ: 'm', ယ: 'y',
};
/** Independent vowels: the syllable's whole sound. */
const INDEPENDENT: Record<string, string> = { ဣ: 'i', ဤ: 'i', ဥ: 'u', ဦ: 'oo', ဧ: 'ay', ဩ: 'aw', ဪ: 'aw' };

const ASAT = '\u103a';
const VIRAMA = '\u1039';
const CREAKY = '\u1037';
const MEDIALS = /[\u103b-\u103e]/;
const VOWEL_SIGNS = /[\u102b-\u1036]/;

/**
 * Rhymes by vowel and final class ('' none): the vowel is the signs written (ာ a, ိ i, ု u, ေ e, ဲ ai,
 * ို o, ော aw, ံ an, and their long forms alike).
 */
function rhyme(vowel: string, final: string, w: boolean, afterYOrK: boolean): string {
  switch (final) {
    case '':
      // ို open is "oe" (Soe, Moe) but after a y or k ("Myo", "Ko").
      if (vowel === 'o') return afterYOrK ? 'o' : 'oe';
      return vowel === '' ? 'a' : vowel === 'e' ? (w ? 'e' : 'ay') : vowel === 'ai' ? 'e' : vowel;
    case 'k':
      return vowel === 'o' ? 'aik' : vowel === 'aw' ? 'auk' : w ? 'ut' : 'et';
    case 'ng':
      return vowel === 'o' ? 'aing' : vowel === 'aw' ? 'aung' : 'in';
    case 'c':
      return 'it';
    case 'ny':
      return 'i';
    case 'y':
      return 'e';
    default: // t, n, p, m: the stop or nasal after a, i (ei), u (o), or w (u)
      return (w ? 'u' : vowel === 'i' ? 'ei' : vowel === 'u' ? 'o' : 'a') + (final === 'n' || final === 'm' ? 'n' : 't');
  }
}

/** The vowel a syllable's signs write (see rhyme). */
function vowelOf(signs: string): string {
  if (signs.includes('\u1031')) return signs.includes('\u102c') || signs.includes('\u102b') ? 'aw' : 'e';
  if (signs.includes('\u102d') && signs.includes('\u102f')) return 'o';
  if (signs.includes('\u1032')) return 'ai';
  if (signs.includes('\u102d') || signs.includes('\u102e')) return 'i';
  if (signs.includes('\u102f') || signs.includes('\u1030')) return 'u';
  return signs.includes('\u1036') ? 'an' : signs.includes('\u102c') || signs.includes('\u102b') ? 'a' : '';
}

/** One run of Myanmar letters, its syllables apart: "မင်းအောင်လှိုင်" -> "min aung hlaing". */
export function romanizedBurmese(run: string): string {
  const chars = [...run];
  const syllables: string[] = [];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    if (INDEPENDENT[c] !== undefined) {
      // ဦး first is the honorific U (Mister); later, the name Oo ("Myint Oo").
      syllables.push(c === 'ဦ' && syllables.length === 0 ? 'u' : INDEPENDENT[c]!);
      i++;
      while (i < chars.length && (VOWEL_SIGNS.test(chars[i]!) || chars[i] === CREAKY || chars[i] === '\u1038')) i++;
      continue;
    }
    if (INITIALS[c] === undefined) {
      // Myanmar digits are digits; other signs alone sound nothing.
      const code = c.codePointAt(0)! - 0x1040;
      if (code >= 0 && code <= 9) syllables.push(String(code));
      i++;
      continue;
    }
    let initial = INITIALS[c]!;
    i++;
    let medials = '';
    while (i < chars.length && MEDIALS.test(chars[i]!)) medials += chars[i++];
    if (medials.includes('\u103e')) initial = WITH_H[initial] ?? `h${initial}`;
    if (medials.includes('\u103b') || medials.includes('\u103c')) initial = WITH_Y[initial] ?? `${initial}y`;
    const w = medials.includes('\u103d');
    let signs = '';
    let final = '';
    let creaky = false;
    for (; i < chars.length; i++) {
      const next = chars[i]!;
      if (VOWEL_SIGNS.test(next)) signs += next;
      else if (next === CREAKY) creaky = true;
      else if (next === '\u1038') continue;
      else if (FINALS[next] !== undefined && final === '' && isClosing(chars, i + 1)) {
        final = FINALS[next]!;
        while (chars[i + 1] === ASAT || chars[i + 1] === CREAKY || chars[i + 1] === VIRAMA) if (chars[++i] === CREAKY) creaky = true;
      } else break;
    }
    const vowel = vowelOf(signs);
    // ံ (anusvara) is a final n, ုံ on.
    const [sound, closing] = vowel === 'an' ? ['a', 'n'] : signs.includes('\u1036') ? [vowel, 'n'] : [vowel, final];
    const sounds = rhyme(sound, closing, w, initial.endsWith('y') || initial === 'k');
    // ွ is the w of the initial ("ရွှေ" shwe), or the u of a closed rhyme ("ထွန်း" htun).
    let out = initial + (w && !sounds.startsWith('u') ? 'w' : '') + sounds;
    if (initial === '' && out === 'ay') out = 'aye';
    // A nasal final in the creaky tone ends in t: မြင့် Myint, ညွန့် Nyunt.
    if (creaky && (closing === 'n' || closing === 'ng' || closing === 'm') && !out.endsWith('aing') && !out.endsWith('aung')) out += 't';
    syllables.push(out);
  }
  return syllables.join(' ');
}

/** The consonant before `i` is a final: the asat follows it (after a creaky tone mark, or a virama for a stacked one). */
function isClosing(chars: string[], i: number): boolean {
  return chars[i] === ASAT || chars[i] === VIRAMA || (chars[i] === CREAKY && chars[i + 1] === ASAT);
}
