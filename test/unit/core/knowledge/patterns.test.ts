// The recognisers run on whole webmail pages: a pattern with an unbounded gap (.*, [^x]*, .+)
// makes a failed search quadratic on long text, so every gap must be bounded.
import { describe, expect, it } from 'vitest';
import { PROVIDER_ENTRIES } from '../../../../src/core/knowledge/providers.ts';
import { CLIENT_ERRORS } from '../../../../src/core/client-errors/table.ts';
import { followedBy, patternsOf } from '../../../../src/core/knowledge/matchers.ts';

const UNBOUNDED_GAP = /(?:\.|\[\^[^\]]*\]|\\S|\\s|\\w|\\W)[*+]/;

describe('recogniser patterns', () => {
  it('has no unbounded gap', () => {
    const all = [...PROVIDER_ENTRIES, ...CLIENT_ERRORS].flatMap((e) => patternsOf(e.match).map((re) => [e.id, re] as const));
    expect(UNBOUNDED_GAP.test('a.*b') && UNBOUNDED_GAP.test('<[^>]*>') && !UNBOUNDED_GAP.test('[^\\n]{0,200}')).toBe(true);
    expect(all.filter(([, re]) => UNBOUNDED_GAP.test(re.source)).map(([id]) => id)).toEqual([]);
  });

  it('has unique ids and case-insensitive patterns; only followedBy() heads are global (test() must not keep state)', () => {
    const ids = [...PROVIDER_ENTRIES.map((e) => e.id), ...CLIENT_ERRORS.map((e) => e.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const { match } of [...PROVIDER_ENTRIES, ...CLIENT_ERRORS]) {
      const parts = patternsOf(match);
      expect(parts.length).toBeGreaterThan(0);
      for (const re of parts) expect(re.flags).toContain('i');
      if (match instanceof RegExp) expect(match.flags).not.toMatch(/[gy]/);
    }
  });

  it('followedBy: the phrase must come after the code, on the same line, within the bound', () => {
    const m = followedBy(/5\.4\.1\b/gi, /relay access denied/i, 20);
    expect(m.exec('550 5.4.1 Relay Access Denied')?.[0]).toBe('5.4.1 Relay Access Denied');
    expect(m.test('Relay access denied 5.4.1')).toBe(false);
    expect(m.test('550 5.4.1\nRelay access denied')).toBe(false);
    expect(m.test(`550 5.4.1 ${'x'.repeat(40)} relay access denied`)).toBe(false);
    expect(m.test('5.4.1 other; 5.4.1 relay access denied')).toBe(true);
    expect(m.test('5.4.1 relay access denied')).toBe(true); // state reset between calls
  });
});
