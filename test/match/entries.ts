/** Small hand-made list entries for matcher tests. */
import type { EntryType, ListEntry, PartialDate, SourceCode } from '../../lib/lists/model.js';
import { listEntry } from '../support/list-entry.js';

export function entry(entryId: string, type: EntryType, name: string, extra: Partial<ListEntry> = {}, source: SourceCode = 'SDN'): ListEntry {
  return listEntry({ entryId, source, type, name, ...extra });
}

export function dob(text: string): PartialDate {
  const [year, month, day] = text.split('-').map(Number) as [number, number?, number?];
  return { text, year, ...(month && { month }), ...(day && { day }), yearFrom: year, yearTo: year };
}

export const ENTRIES: ListEntry[] = [
  entry('1', 'person', 'PUTIN, Vladimir Vladimirovich', { countries: ['RU'], datesOfBirth: [dob('1952-10-07')] }),
  entry('2', 'person', 'AL-ASSAD, Bashar', { aliases: ['ASSAD, Bashar Hafez'], countries: ['SY'], datesOfBirth: [dob('1965-09-11')] }),
  entry('3', 'organization', 'ISLAMIC REVOLUTIONARY GUARD CORPS QODS FORCE', { aliases: ['IRGC-QF'], countries: ['IR'] }),
  entry('4', 'vessel', 'VLADIMIR PUTIN'),
  entry('5', 'unknown', 'JSC ARGUMENT', {}, 'EL'),
  entry('6', 'organization', 'MAHAN AIR', { ids: [{ type: 'Registration Number', number: 'IR-77-123456' }], countries: ['IR'] }),
  entry('7', 'person', 'MUHAMMAD, Khalid', { datesOfBirth: [dob('1970-01-01')] }),
  entry('8', 'person', 'HABBASH, George'),
  entry('9', 'organization', 'SHANGHAI JUAN CHEMICAL COMPANY LIMITED', {}, 'EL'),
  entry('10', 'organization', 'BELLETECH CORP'),
  entry('11', 'organization', 'Hangzhou Hikmicro Sensing Technology Co.', {}, 'EL'),
  entry('12', 'person', 'CHORNOLETSKYY, Ernest', {}, 'DPL'),
  entry('13', 'person', 'Ernest Chornoletskyy', {}, 'DTC'),
  entry('14', 'person', 'SEMENOV, Artem Sergeevich'),
];
