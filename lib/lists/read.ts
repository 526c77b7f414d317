/**
 * Reads a CSL file (JSON `{"results": [...]}` or bare array, or the 29-column CSV; gzip or not)
 * into ListEntry[]. By default any bad record fails the whole read; `skipBadRows` reports and skips it.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../errors.js';
import { CsvSyntaxError, parseCsv } from './csv.js';
import { csvRowToRecord, missingColumns } from './csl-csv.js';
import { type CslRecord, RecordError, type RecordProblem, toListEntry } from './csl-record.js';
import type { ListEntry } from './model.js';

export interface ListProblem extends RecordProblem {
  /** 1-based record number in the file (for CSV, the data row; the header is not counted). */
  row: number;
  /** CSV line where the row starts. */
  line?: number;
  entryId?: string;
}

export interface ParsedList {
  format: 'csv' | 'json';
  entries: ListEntry[];
  problems: ListProblem[];
  /** Records skipped because of errors (only with skipBadRows). */
  skipped: number;
}

export interface ParseOptions {
  skipBadRows?: boolean;
}

export class ListParseError extends InputError {
  constructor(
    readonly origin: string,
    readonly problem: Pick<ListProblem, 'row' | 'line' | 'field' | 'message'>,
  ) {
    const at = problem.row > 0 ? `row ${problem.row}${problem.line ? ` (line ${problem.line})` : ''}, ` : '';
    super(`${at}field ${problem.field}: ${problem.message}`, origin);
  }
}

export async function readListFile(path: string, options: ParseOptions = {}): Promise<ParsedList> {
  return parseList(await readInputFile(path), path, options);
}

/** A user-named file's bytes, or an InputError saying why it cannot be read. */
export async function readInputFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new InputError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, path);
  }
}

export function parseList(content: Buffer | string, origin: string, options: ParseOptions = {}): ParsedList {
  const text = decode(content, origin);
  const first = text.trimStart()[0];
  const records = first === '{' || first === '[' ? jsonRecords(text, origin) : csvRecords(text, origin);
  const format = first === '{' || first === '[' ? 'json' : 'csv';
  const parsed: ParsedList = { format, entries: [], problems: [], skipped: 0 };
  const seen = new Set<string>();
  let row = 0;
  for (const { record, line } of records) {
    row++;
    const problems: RecordProblem[] = [];
    const entryId = String(record?.id ?? record?._id ?? '') || undefined;
    try {
      if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new RecordError({ field: '(record)', message: 'is not an object', severity: 'error' });
      const entry = toListEntry(record, problems);
      const key = `${entry.source}:${entry.entryId}`;
      // The real CSL repeats a few records within one list (CAP 15268 in May 2022): kept, but reported.
      if (seen.has(key)) problems.push({ field: 'id', message: `id "${entry.entryId}" appears more than once in ${entry.source}`, severity: 'warning' });
      seen.add(key);
      parsed.entries.push(entry);
    } catch (error) {
      if (!(error instanceof RecordError)) throw error;
      if (!options.skipBadRows) throw new ListParseError(origin, { row, line, ...error.problem });
      parsed.skipped++;
      problems.push(error.problem);
    }
    for (const problem of problems) parsed.problems.push({ row, ...(line && { line }), ...(entryId && { entryId }), ...problem });
  }
  if (parsed.entries.length === 0) throw new ListParseError(origin, { row: 0, field: '(file)', message: 'holds no list entries' });
  return parsed;
}

function decode(content: Buffer | string, origin: string): string {
  if (typeof content === 'string') return content;
  let bytes = content;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new ListParseError(origin, { row: 0, field: '(file)', message: 'gzip data is truncated or corrupt' });
    }
  }
  return bytes.toString('utf8');
}

function jsonRecords(text: string, origin: string): { record: CslRecord; line?: number }[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ListParseError(origin, { row: 0, field: '(file)', message: `not valid JSON (${(error as Error).message})` });
  }
  const results = Array.isArray(data) ? data : (data as { results?: unknown })?.results;
  if (!Array.isArray(results)) throw new ListParseError(origin, { row: 0, field: 'results', message: 'expected {"results": [...]} or an array of records' });
  return results.map((record) => ({ record: record as CslRecord }));
}

function* csvRecords(text: string, origin: string): Generator<{ record: CslRecord; line: number }> {
  let header: string[] | undefined;
  let row = 0;
  try {
    for (const { line, fields } of parseCsv(text)) {
      if (!header) {
        header = fields;
        const missing = missingColumns(header);
        if (missing.length) throw new ListParseError(origin, { row: 0, line, field: '(header)', message: `not a CSL CSV header: missing columns ${missing.join(', ')}` });
        continue;
      }
      row++;
      if (fields.length !== header.length) {
        throw new ListParseError(origin, { row, line, field: '(row)', message: `has ${fields.length} fields where the header has ${header.length}` });
      }
      yield { record: csvRowToRecord(header, fields), line };
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ListParseError(origin, { row: row + 1, field: '(csv)', message: error.message });
    throw error;
  }
}
