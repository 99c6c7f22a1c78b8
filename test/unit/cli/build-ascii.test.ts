import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script (plain JavaScript, no declarations)
import { asciiScript } from '../../../scripts/build-ascii.mjs';

const rewrite = asciiScript as (source: string, name?: string) => { source: string; rewritten: number };

/** What a script leaves in `out`, run on its own. */
function run(source: string): Record<string, unknown> {
  const sandbox = { out: {} as Record<string, unknown> };
  runInNewContext(source, sandbox);
  return sandbox.out;
}

// As esbuild leaves a bundle: strings escaped, regular expression literals and String.raw templates not.
const BUNDLE = [
  'const A = "x\\xE4";',
  'var r = /gr(?:ö|oe)ße/i;',
  'function f(s){return/ä[/]/.test(s)}',
  'var s = String.raw`a\\sä${A}b${String.raw`ü\\d`}c`;',
  'var t = String.raw`ß\\n`;',
  'var g = /收件人\\/(?<w>\\w+)/gu;',
  'var plain = /abc/;',
  'out.r = r; out.f = [f("\\xE4/"), f("a/")]; out.s = s; out.t = t; out.g = g; out.plain = plain;',
].join('\n');

describe('build-ascii: a bundle in ASCII', () => {
  const { source, rewritten } = rewrite(BUNDLE);

  it('leaves nothing non-ASCII, and rewrites only what held some', () => {
    expect(/[\u0080-\uffff]/.test(source)).toBe(false);
    expect(rewritten).toBe(6);
    expect(source).toContain('/abc/');
  });

  it('keeps every pattern, its flags and its .source, and every raw string', () => {
    const before = run(BUNDLE);
    const after = run(source);
    for (const name of ['r', 'g', 'plain']) {
      const [a, b] = [before[name] as RegExp, after[name] as RegExp];
      expect([b.source, b.flags]).toEqual([a.source, a.flags]);
    }
    expect(after.f).toEqual([true, false]);
    expect([after.s, after.t]).toEqual([before.s, before.t]);
    expect(after.s).toBe('a\\säx\xE4bü\\dc');
  });

  it('refuses what it cannot rewrite', () => {
    expect(() => rewrite('var x = tag`ä`;')).toThrow(/non-ASCII/);
  });
});
