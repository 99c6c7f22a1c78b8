import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a build script (plain JavaScript, no declarations)
import { lazyModule } from '../../../scripts/build-lazy-data.mjs';

const lazy = lazyModule as (path: string, file: string) => Promise<{ source: string; json: string }>;
const dir = mkdtempSync(join(tmpdir(), 'bl-lazy-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MODEL = { buckets: ['a', 'b'], tokens: { 'wörd': '0:1|1:2', x: '' }, rows: [1.5, 2], of: { a: ['s'] }, none: null };

describe('build-lazy-data: a data module as a file read on first use', () => {
  it('gives the same data, and reads the file only when a property is first read', async () => {
    const data = join(dir, 'data.js');
    writeFileSync(data, `export const MODEL = ${JSON.stringify(MODEL)};\nexport const OTHER = { n: 1 };\n`);
    const { source, json } = await lazy(data, 'data.json');
    expect(JSON.parse(json)).toEqual({ MODEL, OTHER: { n: 1 } });
    const built = join(dir, 'built.mjs');
    writeFileSync(built, source);
    // Loaded without its file: nothing is read yet.
    const module = (await import(pathToFileURL(built).href)) as { MODEL: typeof MODEL; OTHER: { n: number } };
    expect(() => module.MODEL.buckets).toThrow(/ENOENT/);
    writeFileSync(join(dir, 'data.json'), json);
    expect(Object.keys(module.MODEL)).toEqual(Object.keys(MODEL));
    expect({ ...module.MODEL }).toEqual(MODEL);
    expect(module.MODEL.tokens).toBe(module.MODEL.tokens);
    expect(Object.hasOwn(module.MODEL.tokens, 'wörd')).toBe(true);
    expect(module.OTHER.n).toBe(1);
  });

  it('refuses a module whose exports are not plain JSON objects', async () => {
    const bad = join(dir, 'bad.js');
    writeFileSync(bad, 'export const R = { re: /x/ };\n');
    await expect(lazy(bad, 'bad.json')).rejects.toThrow(/not a named plain object/);
    writeFileSync(bad, 'export const L = [1, 2];\n');
    await expect(lazy(bad, 'bad.json')).rejects.toThrow(/not a named plain object/);
  });
});
