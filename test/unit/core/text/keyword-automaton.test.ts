import { describe, expect, it } from 'vitest';
import { KeywordAutomaton } from '../../../../src/core/text/keyword-automaton.ts';

function hits(words: string[], text: string): [string, number][] {
  const out: [string, number][] = [];
  const ac = new KeywordAutomaton(words);
  ac.scan(text, (k, end) => out.push([words[k] ?? '', end]));
  return out;
}

describe('KeywordAutomaton', () => {
  it('finds every occurrence, overlapping ones included', () => {
    expect(hits(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([['she', 4], ['he', 4], ['hers', 6]]);
  });

  it('follows failure links across partial matches', () => {
    expect(hits(['user unknown', 'unknown'], 'user user unknown')).toEqual([['user unknown', 17], ['unknown', 17]]);
  });

  it('handles non-ASCII keywords and finds nothing in unrelated text', () => {
    expect(hits(['ディレクトリ', 'boîte pleine'], 'la boîte pleine; ディレクトリ')).toEqual([['boîte pleine', 15], ['ディレクトリ', 23]]);
    expect(hits(['mailbox full'], 'nothing to see')).toEqual([]);
  });

  it('agrees with indexOf on random text', () => {
    const words = ['ab', 'abc', 'bca', 'caa', 'a'];
    let seed = 7;
    const text = Array.from({ length: 500 }, () => 'abc'[(seed = (seed * 1103515245 + 12345) % 2147483648) % 3]).join('');
    const expected: [string, number][] = [];
    for (let end = 1; end <= text.length; end++) {
      for (const w of [...words].sort((x, y) => y.length - x.length)) if (text.slice(0, end).endsWith(w)) expected.push([w, end]);
    }
    const got = hits(words, text);
    expect(got.map(([w, e]) => `${e}:${w}`).sort()).toEqual(expected.map(([w, e]) => `${e}:${w}`).sort());
  });
});
