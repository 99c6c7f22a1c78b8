// explain() on the texts of test/fixtures/explain-cases.tsv (drawn from the reference tables; see
// explain-cases.md): the bucket and who acts must match for at least 95 %. Prints every miss.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../../src/core/knowledge/index.ts';
import { readTsv } from './fixtures.ts';

const cases = readTsv('test/fixtures/explain-cases.tsv');

// The bucket is the engine's (src/core/analyze.ts), who acts is the knowledge's: the test runs
// them together, as a person meets them.
async function score() {
  const misses: string[] = [];
  for (const c of cases) {
    const result = await explain(c.text ?? '');
    const e = result.items[0]?.explanation ?? result.general;
    const buckets = (c.expected_bucket ?? '').split('|');
    const actors = (c.expected_actor ?? '').split('|');
    if (!e || !buckets.includes(e.bucket) || !actors.includes(e.actor ?? '-')) {
      misses.push(`${c.source}: got ${e?.bucket}/${e?.actor}, want ${c.expected_bucket}/${c.expected_actor}: ${(c.text ?? '').slice(0, 100)}`);
    }
  }
  return { misses, rate: 1 - misses.length / cases.length };
}

describe('explain-cases.tsv', () => {
  it('has at least 150 cases, each with a known bucket and actor', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    for (const c of cases) {
      expect(c.text, c.source).toBeTruthy();
      expect(c.expected_bucket, c.source).toMatch(/^[a-z-]+(\|[a-z-]+)*$/);
      expect(c.expected_actor, c.source).toMatch(/^(sender|sender-provider|recipient|recipient-provider|network|none|-)(\|(sender|sender-provider|recipient|recipient-provider|network|none|-))*$/);
    }
  });

  it('gets the bucket and who acts right for at least 95 % (printing every miss)', async () => {
    const { misses, rate } = await score();
    console.log(`explain-cases: ${cases.length - misses.length}/${cases.length} (${(rate * 100).toFixed(1)} %)\n${misses.join('\n')}`);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });
});
