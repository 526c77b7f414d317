/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */

export interface CsvRow {
  /** 1-based line of the file where the row starts (the header is line 1). */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {}

export function* parseCsv(text: string): Generator<CsvRow> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      let value: string;
      if (text[i] === '"') {
        let out = '';
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) throw new CsvSyntaxError(`line ${startLine}: quoted field never closed`);
          out += text.slice(j, q);
          if (text[q + 1] === '"') {
            out += '"';
            j = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        for (const ch of out) if (ch === '\n') line++;
        value = out;
        if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          throw new CsvSyntaxError(`line ${line}: unexpected character after a closing quote`);
        }
      } else {
        let j = i;
        while (j < n && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++;
        value = text.slice(i, j);
        i = j;
      }
      fields.push(value);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      line++;
      break;
    }
    // Blank lines carry no row.
    if (fields.length === 1 && fields[0] === '') continue;
    yield { line: startLine, fields };
  }
}

/** Quotes a value when it needs it, for writing CSV back out. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
