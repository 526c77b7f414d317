/**
 * The rule of lib/objects.ts, checked: no module the sign-up function loads has an object literal that
 * opens with a spread and goes on (`{ ...a, b }`). Optimized, V8 11 gives every object such a literal
 * makes a hidden class of its own, in old space; at 200 sign-ups/s of 20 owners that was a mark-compact
 * every 20 s, and type feedback lost with the classes deoptimized the matcher over and over.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The project's modules reachable from `entry` by relative, non-type-only imports. */
function modulesFrom(entry: string): ts.SourceFile[] {
  const sources = new Map<string, ts.SourceFile>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (sources.has(file)) continue;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    sources.set(file, source);
    for (const statement of source.statements) {
      if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) || !statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      if (ts.isImportDeclaration(statement) ? statement.importClause?.isTypeOnly : statement.isTypeOnly) continue;
      const specifier = statement.moduleSpecifier.text;
      const target = path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts'));
      if (specifier.startsWith('.') && existsSync(target)) queue.push(target);
    }
  }
  return [...sources.values()];
}

/** "file:line" of each object literal that opens with a spread and has more properties. */
function spreadFirstLiterals(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) && node.properties.length > 1 && ts.isSpreadAssignment(node.properties[0]!)) {
      found.push(`${path.relative(ROOT, source.fileName)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the sign-up path', () => {
  const modules = modulesFrom(path.join(ROOT, 'functions/screen/handler.ts'));

  it('is found: the handler reaches the matcher, the risk policy and the store', () => {
    const names = modules.map((m) => path.relative(ROOT, m.fileName));
    expect(names).toEqual(expect.arrayContaining(['lib/match/compare/names.ts', 'lib/risk/evaluate.ts', 'lib/store/screenings.ts', 'lib/screening/request.ts']));
  });

  it('has no object literal that opens with a spread and goes on', () => {
    expect(modules.flatMap(spreadFirstLiterals)).toEqual([]);
  });

  it('the check finds one', () => {
    const source = ts.createSourceFile(path.join(ROOT, 'example.ts'), 'const a = { x: 1 };\nconst b = { ...a, y: 2 };\nconst c = { y: 2, ...a };\nconst d = { ...a };\n', ts.ScriptTarget.Latest, true);
    expect(spreadFirstLiterals(source)).toEqual(['example.ts:2']);
  });
});
