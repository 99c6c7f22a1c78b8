// The content script runs in every webmail page, so it must stay small however much the knowledge
// base grows: the engine and the knowledge base run in the service worker (bg:annotate), and the
// page imports nothing from them but types. This walks the content script's import graph from its
// entry the way a bundler does (type-only imports are erased; everything else, including
// re-exports, side-effect and dynamic imports, is followed) and fails on any such module.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../../..');
const CONTENT_ENTRY = 'src/extension/content/index.ts';
const WORKER_ENTRY = 'src/extension/background/index.ts';
/** What must never run in the page: the knowledge base, provider tables and the engine. */
const FORBIDDEN = /^src\/core\/(?:knowledge|providers|client-errors|classify|parse|formats|text)\/|^src\/core\/(?:analyze|index)\.ts$/;

/** Module specifiers a file loads at run time (not the ones only its types need). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      // verbatimModuleSyntax: only `import type …` disappears; `import { type A }` stays as an import.
      if (!node.importClause?.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) found.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every file reachable from an entry at run time, relative to the repository, plus bare package names. */
function runtimeGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>([entry]);
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (!/\.tsx?$/.test(file)) continue; // JSON and CSS import nothing
    for (const spec of runtimeImports(join(ROOT, file))) {
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const target = relative(ROOT, resolve(dirname(join(ROOT, file)), spec)).split('\\').join('/');
      if (!existsSync(join(ROOT, target))) throw new Error(`${file}: cannot resolve ${spec}`);
      if (!files.has(target)) {
        files.add(target);
        queue.push(target);
      }
    }
  }
  return { files, packages };
}

describe('what the content script loads', () => {
  const content = runtimeGraph(CONTENT_ENTRY);

  it('reaches its own modules (the walk follows runtime imports)', () => {
    expect(content.files).toContain('src/extension/content/scanner.ts');
    expect(content.files).toContain('src/extension/content/annotation/note-view.ts');
  });

  it('loads nothing from the knowledge base, the provider tables or the engine', () => {
    expect([...content.files].filter((f) => FORBIDDEN.test(f))).toEqual([]);
  });

  it('loads no package (webextension-polyfill alone is 3 kB gzip in every page)', () => {
    expect([...content.packages]).toEqual([]);
  });

  it('would notice: the service worker, which explains, does load them', () => {
    const worker = runtimeGraph(WORKER_ENTRY);
    expect([...worker.files].some((f) => f.startsWith('src/core/knowledge/'))).toBe(true);
    expect(worker.files).toContain('src/core/analyze.ts');
  });
});
