// The package as a user installs it: `npm pack`, then an empty prefix with production dependencies
// only. `bounce-lens explain` must work there, load only compiled JavaScript (no tsx, esbuild or
// TypeScript), and the library entry must import.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packAndInstall, type PackedInstall } from '../../helpers/pack-install.ts';

const FIXTURE = fileURLToPath(new URL('../../fixtures/engine/postfix-two-recipients.eml', import.meta.url));
const RECORDER = fileURLToPath(new URL('../../helpers/record-modules.mjs', import.meta.url));
const COMPILERS = ['tsx', 'esbuild', 'typescript', '@esbuild'];
const BUNDLED_INTO_EXTENSION = ['preact', 'webextension-polyfill'];

let installed: PackedInstall;
let scratch: string;

beforeAll(() => {
  installed = packAndInstall();
  scratch = mkdtempSync(join(tmpdir(), 'bl-pack-test-'));
}, 180_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every package folder in a node_modules tree, nested ones included. */
function installedPackages(dir: string): string[] {
  const names: string[] = [];
  const walk = (modules: string): void => {
    if (!existsSync(modules)) return;
    for (const entry of readdirSync(modules)) {
      if (entry.startsWith('.')) continue;
      const scoped = entry.startsWith('@') ? readdirSync(join(modules, entry)).map((s) => `${entry}/${s}`) : [entry];
      for (const name of scoped) {
        names.push(name);
        walk(join(modules, name, 'node_modules'));
      }
    }
  };
  walk(join(dir, 'node_modules'));
  return names;
}

describe('the packed and installed package', () => {
  it('has no TypeScript compiler or extension-only package in its dependency tree', () => {
    const names = installedPackages(installed.prefix);
    expect(names).toContain('fastify');
    for (const name of [...COMPILERS, ...BUNDLED_INTO_EXTENSION]) expect(names.filter((n) => n === name || n.startsWith(`${name}/`))).toEqual([]);
  });

  it('ships compiled JavaScript with declarations, and no TypeScript source', () => {
    const files = spawnSync('tar', ['tzf', installed.tarball], { encoding: 'utf8' }).stdout.split('\n');
    expect(files).toContain('package/lib/cli/main.js');
    expect(files).toContain('package/lib/bundle/main.js');
    expect(files).toContain('package/lib/bundle/batch/worker.js');
    expect(files).toContain('package/lib/index.d.ts');
    expect(files).toContain('package/public/_locales/de/messages.json');
    expect(files.filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('runs `bounce-lens explain` and loads only compiled JavaScript from the install', () => {
    const log = join(scratch, 'modules.log');
    const r = spawnSync(installed.bin, ['explain', '--json', FIXTURE], {
      encoding: 'utf8', cwd: scratch,
      env: { ...process.env, LANG: 'en_US.UTF-8', NODE_OPTIONS: `--import=${RECORDER}`, BL_MODULE_LOG: log },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { findings: { recipient: string; reason: string }[] };
    expect(out.findings.map((f) => f.recipient)).toEqual(['first@remote.example', 'second@remote.example']);
    const loaded = readFileSync(log, 'utf8').trim().split('\n').map((l) => l.replace(/^file:\/\//, ''));
    // The command runs from the bundle the build writes (lib/bundle/), not from lib/'s modules.
    expect(loaded.some((p) => p.endsWith('/lib/bundle/main.js'))).toBe(true);
    expect(loaded.filter((p) => p.includes('/lib/') && !p.includes('/lib/bundle/'))).toEqual([]);
    for (const p of loaded.filter((l) => l.startsWith('/') && !l.startsWith(RECORDER))) {
      expect(p.startsWith(installed.prefix), p).toBe(true);
      expect(p).not.toMatch(/\.tsx?$/);
      expect(p).not.toMatch(/\/node_modules\/(tsx|esbuild|@esbuild|typescript)\//);
    }
  });

  it('exposes the documented library API with types', () => {
    const pkg = JSON.parse(readFileSync(join(installed.packageDir, 'package.json'), 'utf8')) as { exports: Record<string, { types: string }> };
    expect(existsSync(join(installed.packageDir, pkg.exports['.']?.types ?? 'missing'))).toBe(true);
    expect(existsSync(join(installed.packageDir, pkg.exports['./probe']?.types ?? 'missing'))).toBe(true);
    const script = `
      import { analyze, analyzeText, explain, loadTranslate, render } from 'bounce-lens';
      import { resolveTarget } from 'bounce-lens/probe';
      const a = await analyze('550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown');
      const r = await explain('535 5.7.8 Authentication credentials invalid');
      const t = loadTranslate('de');
      console.log(JSON.stringify([a.findings[0]?.reason, analyzeText('452 4.2.2 Mailbox full').findings[0]?.reason, r.items[0]?.explanation.bucket, render(r.items[0].explanation.title, t).length > 0, typeof resolveTarget]));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: installed.prefix, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(['userunknown', 'mailboxfull', 'credentials', true, 'function']);
  });

  it('type-checks a consumer against the shipped declarations', () => {
    // A project beside the install, strict, resolving 'bounce-lens' as Node does.
    const consumer = join(installed.prefix, `consumer-${process.pid}`);
    mkdirSync(consumer, { recursive: true });
    writeFileSync(join(consumer, 'use.ts'), [
      "import { analyze, explain, loadTranslate, render, type Analysis, type ExplainResult } from 'bounce-lens';",
      "import { resolveTarget, type ProbeRequest } from 'bounce-lens/probe';",
      'export async function reasons(raw: Uint8Array): Promise<string[]> {',
      '  const a: Analysis = await analyze(raw);',
      "  const r: ExplainResult = await explain(raw);",
      "  const t = loadTranslate('en');",
      '  return [...a.findings.map((f) => f.reason), ...r.items.map((i) => render(i.explanation.title, t))];',
      '}',
      "export const request: ProbeRequest = { host: 'smtp.example.com' };",
      'export const check: typeof resolveTarget = resolveTarget;',
      '',
    ].join('\n'));
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: [], skipLibCheck: false },
      files: ['use.ts'],
    }));
    const tsc = fileURLToPath(new URL('../../../node_modules/typescript/bin/tsc', import.meta.url));
    const r = spawnSync(process.execPath, [tsc, '-p', consumer], { encoding: 'utf8' });
    rmSync(consumer, { recursive: true, force: true });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
