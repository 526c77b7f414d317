/**
 * A person's name in Chinese characters read as Japanese and Korean read them (japanese-names.ts,
 * korean-names.ts), beside the Chinese reading any-ascii gives: screened and compared under each, the
 * best counts.
 */
import { japaneseReadings } from './japanese-names.js';
import { koreanReadings } from './korean-names.js';

export interface NameReading {
  /** The name as read, in Latin letters or Hangul (folded as any Korean name). */
  reading: string;
  language: 'Japanese' | 'Korean';
}

export function nameReadings(name: string): NameReading[] {
  return [
    ...japaneseReadings(name).map((reading) => ({ reading, language: 'Japanese' as const })),
    ...koreanReadings(name).map((reading) => ({ reading, language: 'Korean' as const })),
  ];
}
