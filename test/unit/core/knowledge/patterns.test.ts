// The recognisers run on whole webmail pages: a pattern with an unbounded gap (.*, [^x]*, .+)
// makes a failed search quadratic on long text, so every gap must be bounded.
import { describe, expect, it } from 'vitest';
import { PROVIDER_ENTRIES } from '../../../../src/core/knowledge/providers.ts';
import { CLIENT_ERRORS } from '../../../../src/core/client-errors/table.ts';

const UNBOUNDED_GAP = /(?:\.|\[\^[^\]]*\]|\\S|\\s|\\w|\\W)[*+]/;

describe('recogniser patterns', () => {
  it('has no unbounded gap', () => {
    const all = [...PROVIDER_ENTRIES.map((e) => [e.id, e.match] as const), ...CLIENT_ERRORS.map((e) => [e.id, e.match] as const)];
    expect(UNBOUNDED_GAP.test('a.*b') && UNBOUNDED_GAP.test('<[^>]*>') && !UNBOUNDED_GAP.test('[^\\n]{0,200}')).toBe(true);
    expect(all.filter(([, re]) => UNBOUNDED_GAP.test(re.source)).map(([id]) => id)).toEqual([]);
  });

  it('has unique ids and case-insensitive, non-global patterns (test() must not keep state)', () => {
    const ids = [...PROVIDER_ENTRIES.map((e) => e.id), ...CLIENT_ERRORS.map((e) => e.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const { match } of [...PROVIDER_ENTRIES, ...CLIENT_ERRORS]) {
      expect(match.flags).toContain('i');
      expect(match.flags).not.toMatch(/[gy]/);
    }
  });
});
