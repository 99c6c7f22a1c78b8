// findAddress() must find exactly what a global search with ADDRESS_SOURCE finds (it only skips
// the positions where that regex cannot match): checked on generated text full of near-misses.
import { describe, expect, it } from 'vitest';
import { ADDRESS_SOURCE, findAddress } from '../../../../src/core/parse/address.ts';

function byRegex(text: string): string[] {
  return [...text.matchAll(new RegExp(ADDRESS_SOURCE, 'g'))].map((m) => `${m.index}:${m[0]}`);
}

function byFind(text: string): string[] {
  const out: string[] = [];
  for (let m = findAddress(text); m; m = findAddress(text, m.index + m.value.length)) out.push(`${m.index}:${m.value}`);
  return out;
}

// A small deterministic generator (no Math.random: a failure must reproduce).
function* texts(count: number): Generator<string> {
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pieces = ['a', 'b.c', '@', '@@', 'x@y', ' ', '\t', '\n', '<', '>', '"', ';', ':', '(', ')', '[', ']', ',', 'é', '\u00a0', '\u2028', '-', '.', 'SMTP=', 'user', 'example.org', '0', 'z'.repeat(63), 'q'.repeat(65)];
  for (let i = 0; i < count; i++) {
    let text = '';
    const n = 1 + next(40);
    for (let k = 0; k < n; k++) text += pieces[next(pieces.length)];
    yield text;
  }
}

describe('findAddress', () => {
  it('finds what the global regex finds, at the same offsets', () => {
    for (const text of texts(3000)) expect(byFind(text)).toEqual(byRegex(text));
  });

  it('honours the lookbehind at the starting offset and the 64-character local part', () => {
    const cases = ['ab@example.org', 'x '.repeat(3) + `${'l'.repeat(64)}@host.example`, `${'l'.repeat(65)}@host.example`, 'a@b@c.example', 'mailto:user@example.org.'];
    for (const text of cases) expect(byFind(text)).toEqual(byRegex(text));
    // Starting inside a run: no match there, as with lastIndex on the regex.
    const re = new RegExp(ADDRESS_SOURCE, 'g');
    re.lastIndex = 1;
    expect(findAddress('ab@example.org', 1)).toBe(re.exec('ab@example.org'));
  });
});
