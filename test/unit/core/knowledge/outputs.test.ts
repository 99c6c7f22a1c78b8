// Every output of `bounce-lens explain` (JSON and human text, English and German) on the labelled
// documentation texts and the older set: JSON and human text never disagree on who acts, no step
// gives forbidden advice, temporary refusals say so first and never say "blocked"/"spam" unless
// the words do, an unrecognised text gets one sentence and one hint, and the German rendering
// has every message. Accuracy on the documentation texts must stay at the targets.
import { describe, expect, it } from 'vitest';
import { catalogueTranslator } from '../../../../src/core/i18n.ts';
import { render } from '../../../../src/core/i18n.ts';
import { judge, readErrorTexts, readExplainCases, type Verdict } from '../../../bench/knowledge-score.ts';
import { catalogue } from './fixtures.ts';
import { UNSAFE, UNSAFE_DE, keepsAuthOn } from './unsafe.ts';

const en = catalogueTranslator(catalogue('en'));
const de = catalogueTranslator(catalogue('de'));
const docs = readErrorTexts();
const old = readExplainCases();
const CLIENT_SIDE = new Set(['settings', 'credentials', 'port-encryption', 'network-block']);

async function all(rows: typeof docs, lang: 'en' | 'de'): Promise<Verdict[]> {
  const t = lang === 'en' ? en : de;
  const who = render({ key: 'cli_x_who_acts' }, t);
  return Promise.all(rows.map((row) => judge(row, t, who)));
}

// The lines that tell the person something to do or what happened (not the don'ts, which name
// the forbidden things on purpose).
const adviceLines = (text: string): string[] => text.split('\n').filter((l) => !/^ {5}- /.test(l));

describe('every explain output', () => {
  it('has at least 150 documentation texts in at least 20 source groups, each with its source', () => {
    expect(docs.length).toBeGreaterThanOrEqual(150);
    expect(new Set(docs.map((r) => r.group)).size).toBeGreaterThanOrEqual(20);
    for (const r of docs) expect(r.source, r.id).toMatch(/^https?:\/\//);
  });

  it.each(['en', 'de'] as const)('never lets JSON and the human text disagree on who acts (%s)', async (lang) => {
    const verdicts = await all([...docs, ...old], lang);
    expect(verdicts.filter((v) => !v.agrees).map((v) => v.row.id)).toEqual([]);
  }, 120_000);

  it('gives no forbidden advice (English and German)', async () => {
    const bad: string[] = [];
    for (const [lang, verdicts] of [['en', await all([...docs, ...old], 'en')], ['de', await all([...docs, ...old], 'de')]] as const) {
      for (const v of verdicts) {
        const clientSide = CLIENT_SIDE.has(v.bucket);
        for (const line of adviceLines(v.out.text)) {
          for (const [what, pattern] of lang === 'en' ? UNSAFE : UNSAFE_DE) {
            if (what === 'edits DNS' && (!clientSide || /https?:\/\//.test(line))) continue;
            if (what === 'disables authentication' && keepsAuthOn(line)) continue;
            if (pattern.test(line)) bad.push(`${v.row.id} (${lang}) ${what}: ${line.trim()}`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  }, 120_000);

  it('says first that a temporary refusal is temporary, and never "blocked" or "spam" unless the words do', async () => {
    const wrong: string[] = [];
    for (const v of await all(docs, 'en')) {
      if (!v.temporary) continue;
      // The one-line answer opens the output; the first block then leads with "Temporary".
      const lines = v.out.text.split('\n');
      const first = lines[lines.findIndex((l) => /^\d+\. /.test(l)) + 1] ?? '';
      if (!/^ {3}Temporary: /.test(first)) wrong.push(`${v.row.id}: ${first}`);
      if (!/Temporary: |Delayed, not failed/.test(lines[0] ?? '')) wrong.push(`${v.row.id}: one line: ${lines[0]}`);
      // The words say so when they use the word's stem ("Block temporarily" may be called blocked).
      for (const [word, stem] of [['blocked', 'block'], ['spam', 'spam'], ['block list', 'block']] as const) {
        if (v.out.text.toLowerCase().includes(word) && !v.row.text.toLowerCase().includes(stem)) wrong.push(`${v.row.id}: says "${word}"`);
      }
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it('answers an unrecognised text with one sentence and one hint: no who acts, no steps', async () => {
    const unknown = docs.filter((r) => r.buckets.join() === 'unknown');
    expect(unknown.length).toBeGreaterThan(3);
    for (const v of await all(unknown, 'en')) {
      // A non-delivery notice that names no cause is read as such ("Not delivered, and the text does
      // not say why"): still no who acts, no steps, and the same hint.
      expect(v.out.findings.map((f) => f.actor), v.row.id).toEqual(v.out.findings.map(() => null));
      expect(v.out.text, v.row.id).not.toMatch(/Who acts|^ {3}\d+\. /m);
      if (v.out.findings.length === 0) {
        expect(v.out.text.trim().split('\n'), v.row.id).toEqual(['We did not recognise an error in this text.', expect.stringMatching(/3-digit code/)]);
      } else {
        expect(v.out.text.trim().split('\n').at(-1), v.row.id).toMatch(/3-digit code/);
      }
    }
  });

  it('renders every message in German', async () => {
    const raw = (await all([...docs, ...old], 'de')).filter((v) => /\b(?:k|cli_x|cs|ui)_[a-z0-9_]+\b/.test(v.out.text));
    expect(raw.map((v) => v.row.id)).toEqual([]);
  }, 120_000);

  it('gets the bucket and who acts right for at least 90 % of the documentation texts, held-out part included', async () => {
    const verdicts = await all(docs, 'en');
    for (const part of [verdicts, verdicts.filter((v) => v.row.split === 'held')]) {
      const rate = (ok: (v: Verdict) => boolean) => part.filter(ok).length / part.length;
      expect(rate((v) => v.bucketOk)).toBeGreaterThanOrEqual(0.9);
      expect(rate((v) => v.actorOk)).toBeGreaterThanOrEqual(0.9);
      expect(rate((v) => v.temporaryOk)).toBeGreaterThanOrEqual(0.9);
    }
  }, 60_000);
});
