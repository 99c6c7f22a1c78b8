// Every regular expression in src/core must run in linear time: the service worker and the CLI run the
// engine on whatever text a page or a file holds. Finds each regex literal and `new RegExp(...)` with the
// TypeScript compiler API, resolves constant patterns built from strings, and checks each with recheck.
// Not a test file: structure.test.ts and the shard-*.test.ts files use it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';

const CORE = join(import.meta.dirname, '..', '..', '..', '..', 'src', 'core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

export interface Found {
  where: string;
  source: string | null;
  flags: string;
}

const files = sourceFiles(CORE).map((path) => ({ path, sf: ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true) }));

// String constants of all core files (`const NAME = 'x'` or String.raw`…`), for patterns built from them.
const constants = new Map<string, ts.Expression>();
for (const { sf } of files) {
  sf.forEachChild(function visit(node): void {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) constants.set(node.name.text, node.initializer);
    node.forEachChild(visit);
  });
}

/** The string value of a constant expression, or null when it is not one. */
function evaluate(node: ts.Expression, depth = 0): string | null {
  if (depth > 10) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return ts.isNoSubstitutionTemplateLiteral(node) ? (node.rawText ?? node.text) : node.text;
  }
  if (ts.isParenthesizedExpression(node)) return evaluate(node.expression, depth + 1);
  if (ts.isTemplateExpression(node)) {
    let out = node.head.text;
    for (const span of node.templateSpans) {
      const value = evaluate(span.expression, depth + 1);
      if (value === null) return null;
      out += value + span.literal.text;
    }
    return out;
  }
  if (ts.isIdentifier(node)) {
    const init = constants.get(node.text);
    return init ? evaluate(init, depth + 1) : null;
  }
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw') {
    const tpl = node.template;
    if (ts.isNoSubstitutionTemplateLiteral(tpl)) return tpl.rawText ?? tpl.text;
    let out = tpl.head.rawText ?? tpl.head.text;
    for (const span of tpl.templateSpans) {
      const value = evaluate(span.expression, depth + 1);
      if (value === null) return null;
      out += value + (span.literal.rawText ?? span.literal.text);
    }
    return out;
  }
  // [a, b, c].join('|'): an alternation written one branch per line.
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join'
    && ts.isArrayLiteralExpression(node.expression.expression) && node.arguments.length === 1) {
    const sep = evaluate(node.arguments[0] as ts.Expression, depth + 1);
    const parts = node.expression.expression.elements.map((e) => evaluate(e, depth + 1));
    return sep !== null && parts.every((v) => v !== null) ? parts.join(sep) : null;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const l = evaluate(node.left, depth + 1);
    const r = evaluate(node.right, depth + 1);
    return l !== null && r !== null ? l + r : null;
  }
  return null;
}

export const found: Found[] = [];
for (const { path, sf } of files) {
  sf.forEachChild(function visit(node): void {
    const where = `${relative(CORE, path)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text;
      const end = text.lastIndexOf('/');
      found.push({ where, source: text.slice(1, end), flags: text.slice(end + 1) });
    } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      found.push({ where, source: pattern ? evaluate(pattern) : null, flags: flags ? (evaluate(flags) ?? '') : '' });
    }
    node.forEachChild(visit);
  });
}

export const ENGINE_DIRS = ['parse/', 'formats/', 'classify/', 'text/', 'analyze.ts', 'reasons.ts'];

async function verdicts(list: readonly Found[]): Promise<Map<string, string>> {
  // Each distinct pattern once, two in flight so the agent always has the next one.
  const unique = [...new Map(list.map((f) => [`/${f.source}/${f.flags}`, f])).values()];
  const out = new Map<string, string>();
  for (let i = 0; i < unique.length; i += 2) {
    await Promise.all(unique.slice(i, i + 2).map(async (f) => {
      // A checker that runs out of time answers 'unknown': only a found attack string fails.
      // A fixed seed: recheck's fuzzer is random, and a check must give the same answer every run.
      // Its attack and incubation limits count steps only: their default time limits (1 s, 250 ms)
      // made a busy machine report safe patterns as vulnerable, a different one each run.
      const r = await check(f.source ?? '', f.flags, { timeout: 20_000, randomSeed: 42, attackTimeout: null, incubationTimeout: null });
      out.set(`/${f.source}/${f.flags}`, r.status);
    }));
  }
  return out;
}

/** Patterns by source file (`where` without its line). */
export function patternsByFile(): Map<string, Found[]> {
  const byFile = new Map<string, Found[]>();
  for (const f of found.filter((x) => x.source !== null)) {
    const file = f.where.slice(0, f.where.lastIndexOf(':'));
    byFile.set(file, [...(byFile.get(file) ?? []), f]);
  }
  return byFile;
}

// A long pattern with repetition is the kind recheck hands to its fuzzer, which takes seconds where
// the automaton check takes milliseconds: a rough cost, good enough to balance the shards.
const REPEATS = /[*+]|\{\d*,\d*\}/;
const cost = (f: Found): number => ((f.source?.length ?? 0) > 60 && REPEATS.test(f.source ?? '') ? 20 : 1);

/**
 * The files of shard `index` of `count`. recheck's agent answers one check at a time, so one test
 * file kept one core busy for most of CI; each shard is a test file of its own (its own worker and
 * agent). Files go greedily to the lighter shard by their patterns' rough cost.
 */
export function shardFiles(index: number, count: number): string[] {
  const weight = (list: Found[]): number => list.reduce((n, f) => n + cost(f), 0);
  const files = [...patternsByFile()].sort((a, b) => weight(b[1]) - weight(a[1]) || a[0].localeCompare(b[0]));
  const bins = Array.from({ length: count }, () => ({ load: 0, files: [] as string[] }));
  for (const [file, list] of files) {
    const bin = bins.reduce((min, b) => (b.load < min.load ? b : min));
    bin.load += weight(list);
    bin.files.push(file);
  }
  return bins[index]?.files ?? [];
}

/** Each pattern of `list` that recheck found an attack string for, as `where /source/flags`. */
export async function vulnerableAmong(list: readonly Found[]): Promise<string[]> {
  const status = await verdicts(list);
  return list.filter((f) => status.get(`/${f.source}/${f.flags}`) === 'vulnerable').map((f) => `${f.where} /${f.source}/${f.flags}`);
}
