/** `partyscreen pairs --in IN.csv --out OUT.csv`: scores name pairs; every input column kept, plus score and match. */
import { readFile, writeFile } from 'node:fs/promises';
import { InputError } from '../../errors.js';
import { csvField, CsvSyntaxError, parseCsv, type CsvRow } from '../../lists/csv.js';
import { comparePair, parseSchema } from '../../match/pair.js';
import { checkName } from '../../match/party-input.js';
import { parseArgs, requiredFlag } from '../args.js';

export const summary = 'score name pairs: --in PAIRS.csv (name1, name2, schema?) --out SCORED.csv';

export async function readText(path: string): Promise<string> {
  try {
    // Without the byte-order mark Excel and Windows tools write first.
    return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new InputError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, path);
  }
}

export function parseCsvRows(text: string, path: string): CsvRow[] {
  try {
    return [...parseCsv(text)];
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new InputError(error.message, path);
    throw error;
  }
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ['in', 'out'] });
  const input = requiredFlag(args, 'in');
  const output = requiredFlag(args, 'out');
  const rows = parseCsvRows(await readText(input), input);
  const header = rows.shift();
  if (!header) throw new InputError('the file is empty (expected a header with name1, name2)', input);
  const column = (name: string) => header.fields.findIndex((f) => f.trim().toLowerCase() === name);
  const [name1, name2, schema] = [column('name1'), column('name2'), column('schema')];
  for (const [name, index] of [['name1', name1], ['name2', name2]] as const) {
    if (index < 0) throw new InputError(`missing column ${name} in the header`, input);
  }
  const lines = [[...header.fields, 'score', 'match'].map(csvField).join(',')];
  for (const row of rows) {
    if (row.fields.length !== header.fields.length) {
      throw new InputError(`line ${row.line}: has ${row.fields.length} fields where the header has ${header.fields.length}`, input);
    }
    const schemaText = schema >= 0 ? row.fields[schema]! : '';
    const parsedSchema = parseSchema(schemaText);
    if (schemaText.trim() && !parsedSchema) throw new InputError(`line ${row.line}, field schema: unknown schema "${schemaText}"`, input);
    const where = `${input}: line ${row.line}`;
    const result = comparePair(checkName(row.fields[name1]!, 'name1', where), checkName(row.fields[name2]!, 'name2', where), parsedSchema);
    lines.push([...row.fields, result.score.toFixed(4), String(result.match)].map(csvField).join(','));
  }
  await writeFile(output, lines.join('\n') + '\n');
  return 0;
}
