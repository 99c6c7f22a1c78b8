import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFileOf, compileEngine, loadEngine } from '../../../src/cli/batch/engine-loader.ts';

// A stand-in for lib/bundle/engine.cjs: a CommonJS script with `importMetaUrl` (the build renames
// import.meta.url so) that says what it was given. The real bundle is exercised by the CLI tests.
const dir = mkdtempSync(join(tmpdir(), 'bl-engine-loader-'));
const bundle = join(dir, 'engine.cjs');
writeFileSync(bundle, [
  'const { sep } = require("node:path");',
  'exports.url = importMetaUrl;',
  'exports.dir = __dirname;',
  'exports.sep = sep;',
  'exports.twice = (n) => n * 2;',
].join('\n'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));
// V8 keeps what it compiled in memory and serves the same source from there, cache given or not:
// without that, each compile here goes through the code cache as a new process's would.
setFlagsFromString('--no-compilation-cache');

describe('compileEngine', () => {
  it('runs the script as a CommonJS module, with its own URL as import.meta.url', () => {
    const { engine, cached } = compileEngine(bundle) as unknown as { engine: Record<string, unknown>; cached: boolean };
    expect(engine.url).toBe(pathToFileURL(bundle).href);
    expect(engine.dir).toBe(dir);
    expect(typeof engine.sep).toBe('string');
    expect(cached).toBe(false);
  });

  it('takes a code cache made from the same script, and says so', () => {
    const first = compileEngine(bundle);
    const cache = first.script.createCachedData();
    const second = compileEngine(bundle, cache);
    expect(second.cached).toBe(true);
    expect((second.engine as unknown as { twice: (n: number) => number }).twice(21)).toBe(42);
  });

  it('compiles as usual when the cache is not for this script (refused, never trusted)', () => {
    const { engine, cached } = compileEngine(bundle, Buffer.from('not a V8 code cache at all'));
    expect(cached).toBe(false);
    expect((engine as unknown as { twice: (n: number) => number }).twice(2)).toBe(4);
  });
});

describe('loadEngine', () => {
  it('loads the bundle with the cache kept beside it', async () => {
    writeFileSync(cacheFileOf(bundle), compileEngine(bundle).script.createCachedData());
    const engine = (await loadEngine(pathToFileURL(bundle))) as unknown as { twice: (n: number) => number };
    expect(engine.twice(5)).toBe(10);
  });

  it('falls back to the engine modules where there is no bundle (running from source)', async () => {
    const engine = await loadEngine(pathToFileURL(join(dir, 'absent', 'engine.cjs')));
    expect(typeof engine.runTask).toBe('function');
    expect(engine.MAX_INPUT).toBeGreaterThan(0);
    const out = await engine.explainOutput(new TextEncoder().encode('550 5.1.1 <a@example.org>: User unknown\n'), engine.DEFAULT_PROFILE, (k) => k, false);
    expect(out.findings.length).toBeGreaterThan(0);
  });
});
