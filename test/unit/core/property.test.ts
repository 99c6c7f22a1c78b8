// Property tests: random text and mutated corpus bounces never make the engine throw, and its
// output stays bounded (findings, diagnostics, evidence inside the input).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeText, type Analysis } from '../../../src/core/index.ts';

const EML = join(import.meta.dirname, '..', '..', 'fixtures', 'sisimai', 'eml');
const corpus = readdirSync(EML).sort().filter((_, i) => i % 7 === 0).map((f) => readFileSync(join(EML, f), 'latin1'));

function expectBounded(a: Analysis, input: string): void {
  expect(a.findings.length).toBeLessThanOrEqual(Math.max(1, input.length / 8));
  for (const f of a.findings) {
    expect((f.diagnostic ?? '').length).toBeLessThanOrEqual(1000);
    expect(f.confidence).toBeGreaterThanOrEqual(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
    for (const e of f.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(input.length);
      expect(e.start).toBeLessThan(e.end);
    }
  }
}

// A corpus bounce with a random slice cut out, a random string spliced in, or its line endings changed.
const mutated = fc.tuple(fc.constantFrom(...corpus), fc.nat(), fc.nat(), fc.string({ maxLength: 200 }), fc.constantFrom('keep', 'crlf', 'cr')).map(
  ([text, a, b, insert, eol]) => {
    const i = a % (text.length + 1);
    const j = Math.min(text.length, i + (b % 400));
    const spliced = text.slice(0, i) + insert + text.slice(j);
    return eol === 'crlf' ? spliced.replace(/\n/g, '\r\n') : eol === 'cr' ? spliced.replace(/\n/g, '\r') : spliced;
  },
);

const smtpish = fc.array(fc.constantFrom('550', '5.1.1', ' ', '\n', '<a@b.c>', 'Final-Recipient: rfc822; x@y.z', 'Status: 4.4.7', 'said:', 'user unknown', '--b', 'Content-Type: message/rfc822', ':'), { maxLength: 60 }).map((parts) => parts.join(''));

describe('engine properties', () => {
  it('never throws on random text, and stays bounded', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 2000 }), smtpish), (text) => {
      expectBounded(analyzeText(text), text);
    }), { numRuns: 300 });
  });

  it('never throws on mutated corpus bounces (text path)', () => {
    fc.assert(fc.property(mutated, (text) => {
      expectBounded(analyzeText(text), text);
    }), { numRuns: 200 });
  });

  it('never throws on mutated corpus bounces (raw path, with MIME decoding)', async () => {
    await fc.assert(fc.asyncProperty(mutated, async (text) => {
      const a = await analyze(text);
      expect(a.findings).toBeInstanceOf(Array);
      expect(a.findings.length).toBeLessThanOrEqual(Math.max(1, text.length / 8));
    }), { numRuns: 100 });
  });

  it('never throws on random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), async (bytes) => {
      expect((await analyze(bytes)).findings).toBeInstanceOf(Array);
    }), { numRuns: 100 });
  });
});
