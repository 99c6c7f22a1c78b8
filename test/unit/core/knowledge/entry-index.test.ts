import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deriveLiterals, foldCase, patternKey, requiredLiterals } from '../../../../src/core/knowledge/regex-literals.ts';
import { STORED_LITERALS } from '../../../../src/core/knowledge/entry-literals.ts';
import { storedLiterals } from '../../../../src/core/knowledge/stored-literals.ts';
import { EntryIndex, IndexGroup, matcherLiterals, type MatchEntry } from '../../../../src/core/knowledge/entry-index.ts';
import { PROVIDER_ENTRIES } from '../../../../src/core/knowledge/providers.ts';
import { CLIENT_ERRORS } from '../../../../src/core/client-errors/table.ts';
import { anyOf, followedBy } from '../../../../src/core/knowledge/matchers.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures');

describe('requiredLiterals', () => {
  it('finds the literals a pattern cannot match without', () => {
    expect(requiredLiterals(/\bmailbox (?:is )?full\b/i)?.sort()).toEqual(['mailbox full', 'mailbox is full']);
    expect(requiredLiterals(/\bmailbox\s+full\b/i)).toEqual(['mailbox']);
    expect(requiredLiterals(/5\.7\.26\b|dmarc policy/i)?.sort()).toEqual(['5.7.26', 'dmarc policy']);
    expect(requiredLiterals(/[45]\.7\.25\b/)?.sort()).toEqual(['4.7.25', '5.7.25']);
    expect(requiredLiterals(/(?:\b0x|\b)800CCC0F\b/i)).toEqual(['800ccc0f']);
    expect(requiredLiterals(/^Authentication failed\.?$/im)).toEqual(['authentication failed']);
  });

  it('gives nothing when a branch can match anything', () => {
    expect(requiredLiterals(/abc|\d+/)).toBeNull();
    expect(requiredLiterals(/(?:abc)?/)).toBeNull();
    expect(requiredLiterals(/[^a]+/)).toBeNull();
    expect(requiredLiterals(/.*/)).toBeNull();
  });

  // Soundness, the property the index rests on: whenever a pattern matches, one of its literals
  // occurs in the (case-folded) text. Random patterns over a small alphabet, random texts.
  it('is sound on random patterns and texts', () => {
    const letter = fc.constantFrom('a', 'b', 'C', '.', '5', ' ');
    const leaf = fc.oneof(
      letter.map((c) => (c === '.' ? '\\.' : c)),
      fc.constantFrom('\\b', '\\d', '\\s', '.', '[ab]', '[^a]', '[a-c]', '[5.]', '^', '$', '\\x41'),
    );
    const pattern: fc.Arbitrary<string> = fc.letrec<{ re: string }>((tie) => ({
      re: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(tie('re'), tie('re')).map(([a, b]) => a + b),
        fc.tuple(tie('re'), tie('re')).map(([a, b]) => `(?:${a}|${b})`),
        fc.tuple(tie('re'), fc.constantFrom('?', '*', '+', '{2}', '{1,3}', '{0,2}', '+?')).map(([a, q]) => `(?:${a})${q}`),
        tie('re').map((a) => `(${a})`),
        tie('re').map((a) => `(?=${a})`),
      ),
    })).re;
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'A', 'B', 'C', '.', '5', ' ', '\n', 'x'), { maxLength: 24 }).map((cs) => cs.join(''));
    fc.assert(fc.property(pattern, fc.constantFrom('', 'i', 'm', 'im'), fc.array(text, { minLength: 1, maxLength: 8 }), (source, flags, texts) => {
      const re = new RegExp(source, flags);
      const literals = deriveLiterals(re);
      if (!literals) return;
      for (const t of texts) {
        if (re.test(t)) expect(literals.some((l) => foldCase(t).includes(l)), `${re} on ${JSON.stringify(t)}: ${JSON.stringify(literals)}`).toBe(true);
      }
    }), { numRuns: 3000 });
  });
});

describe('entry-literals.ts', () => {
  it('holds the literals of every pattern of the knowledge tables, as read now (else: npm run gen:literals)', () => {
    const now = storedLiterals();
    expect(Object.keys(STORED_LITERALS).sort()).toEqual([...now.keys()].sort());
    for (const [key, literals] of now) expect(STORED_LITERALS[key], key).toEqual(literals);
  });

  it('is what requiredLiterals gives for a stored pattern, and a new pattern is read', () => {
    const re = PROVIDER_ENTRIES.map((e) => e.match).find((m): m is RegExp => m instanceof RegExp) as RegExp;
    expect(requiredLiterals(re)).toEqual(deriveLiterals(re));
    expect(STORED_LITERALS[patternKey(/never stored (?:here|there)/i)]).toBeUndefined();
    expect(requiredLiterals(/never stored (?:here|there)/i)?.sort()).toEqual(['never stored here', 'never stored there']);
  });
});

describe('EntryIndex', () => {
  const texts = (): string[] => {
    const out: string[] = [];
    // Columns: id, group, split, source, text, …
    const tsv = readFileSync(join(FIXTURES, 'knowledge', 'error-texts.tsv'), 'utf8').split('\n').slice(1);
    for (const line of tsv) if (line.trim()) out.push(line.split('\t')[4] ?? '');
    const eml = join(FIXTURES, 'sisimai', 'eml');
    for (const f of readdirSync(eml).slice(0, 200)) out.push(readFileSync(join(eml, f), 'latin1').slice(0, 8000));
    return out;
  };

  it('answers as a linear search would, for both tables, on real texts', () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(300);
    for (const [entries, least] of [[PROVIDER_ENTRIES, 100], [CLIENT_ERRORS, 25]] as const) {
      const index = new EntryIndex<(typeof entries)[number]>(entries, new IndexGroup());
      let matched = 0;
      for (const text of all) {
        const linear = entries.find((e) => e.match.test(text)) ?? null;
        if (linear) matched++;
        expect(index.first(text)?.id ?? null, text.slice(0, 200)).toBe(linear?.id ?? null);
      }
      // The comparison means something only if the texts reach many entries.
      expect(matched).toBeGreaterThan(least);
    }
  });

  it('filters almost every entry of the real tables by its literals', () => {
    for (const entries of [PROVIDER_ENTRIES, CLIENT_ERRORS] as ReadonlyArray<readonly MatchEntry[]>) {
      expect(new EntryIndex(entries).unfiltered()).toBeLessThanOrEqual(Math.ceil(entries.length * 0.05));
    }
  });

  it('shares one scan between the tables of a group', () => {
    const group = new IndexGroup();
    const a = new EntryIndex([{ id: 'a', match: /alpha/i }], group);
    const b = new EntryIndex([{ id: 'b', match: /beta/i }, { id: 'c', match: /alpha beta/i }], group);
    const text = 'Alpha Beta';
    expect(a.first(text)?.id).toBe('a');
    expect(b.first(text)?.id).toBe('b');
    expect(b.first('gamma alpha')).toBeNull();
    expect(a.first('gamma alpha')?.id).toBe('a');
  });

  it('keeps table order when several entries match', () => {
    const entries = [{ id: 'late', match: /full\b/i }, { id: 'early', match: /mailbox full/i }].reverse();
    expect(new EntryIndex(entries, new IndexGroup()).first('The MAILBOX FULL here')?.id).toBe('early');
  });

  it('reads composite matchers: all parts or any part', () => {
    expect(matcherLiterals(followedBy(/\b5\.7\.23\b/g, /\bspf\b/i))).toEqual(['5.7.23']);
    expect(matcherLiterals(anyOf(/alpha/i, followedBy(/beta/gi, /gamma/i)))?.sort()).toEqual(['alpha', 'beta', 'gamma']);
    const entries = [{ match: anyOf(/nothing here/i, followedBy(/\bdelta\b/gi, /echo/i)) }];
    expect(new EntryIndex(entries, new IndexGroup()).first('x DELTA and then echo')).toBe(entries[0]);
    expect(new EntryIndex(entries, new IndexGroup()).first('echo then delta')).toBeNull();
  });
});
