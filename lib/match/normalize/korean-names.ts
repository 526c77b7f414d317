/**
 * Korean names written in Hanja, read as Korean: any-ascii reads Hanja as Chinese (金正恩 as "Jin
 * Zheng En"), where the lists write the Korean reading ("KIM, Jong Un"). Each character's Korean
 * sound from the hanja package (initial-sound rule applied: 李 is 이, Lee), but family names read as
 * names: 金 is Kim (김), not Geum (금) as in words.
 */
import { translate } from 'hanja/lib/translate.js';

/**
 * A Korean name as Koreans write it in Hanja: three characters in one run, a family name and a given
 * name of two. Chinese names are written so too, but their three Korean sounds rarely make a listed
 * Korean's name; read as Korean, Chinese names of two characters ("畅 张", 창 장) met listed Koreans'
 * names of two common sounds in other orders ("JANG, Chang Ha").
 */
const HANJA_NAME = /^\p{Script=Han}{3}$/u;
/** Family names whose sound as a name differs from their sound in words. */
const FAMILY_NAMES: Record<string, string> = { 金: '김' };

/** "金正恩" -> ["김정은"] (then folded as any Hangul name, "Gim Jeong Eun" ~ "Kim Jong Un"); [] for any other name. */
export function koreanReadings(name: string): string[] {
  const text = name.normalize('NFKC').trim();
  if (!HANJA_NAME.test(text)) return [];
  const [first, ...rest] = [...text];
  const reading = (FAMILY_NAMES[first!] ?? translate(first!, 'SUBSTITUTION')) + translate(rest.join(''), 'SUBSTITUTION');
  // A character the table lacks stays as it was: no reading, rather than half of one.
  return /\p{Script=Han}/u.test(reading) ? [] : [reading];
}
