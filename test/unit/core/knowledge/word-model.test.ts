// The word model (word-model.ts): its stored data is current, it keeps silent where it should, and
// an explanation that rests on it says so (not sure, yet with who acts and steps, never a dead end).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitWordModel, guessWithModel, wordTokens } from '../../../../src/core/knowledge/word-model.ts';
import { trainWordModel, wordModelSource, type LabelledText } from '../../../../src/core/knowledge/word-model-train.ts';
import { explainWith, LIKELY } from '../../../../src/core/knowledge/explain-core.ts';
import { FULL_TABLES } from '../../../../src/core/knowledge/tables.ts';
import { explain } from '../../../../src/core/knowledge/index.ts';
import { trainingRows } from '../../../../scripts/word-model-rows.ts';
import type { Finding } from '../../../../src/core/types.ts';

describe('word-model-data.ts', () => {
  it('is what `npm run gen:word-model` makes of the labelled texts today (run it after adding rows)', () => {
    const stored = readFileSync(new URL('../../../../src/core/knowledge/word-model-data.ts', import.meta.url), 'utf8');
    expect(stored).toBe(wordModelSource(trainWordModel(trainingRows())));
  });
});

// A small model of invented texts: the behaviour, not the stored data.
const row = (text: string, bucket: string, actor: string): LabelledText => ({ text, buckets: [bucket], actors: [actor], split: 'test' });
const TOY = trainWordModel([
  ...['mailbox quota exceeded for user', 'mailbox is over quota', 'quota exceeded mailbox full', 'user mailbox quota reached'].map((t) => row(t, 'recipient', 'recipient')),
  ...['login failed wrong password', 'password rejected login denied', 'invalid password for login', 'login password incorrect'].map((t) => row(t, 'credentials', 'sender')),
  ...['connection to server timed out', 'server connection refused', 'could not connect to server connection lost', 'connection reset by server'].map((t) => row(t, 'network-block', 'network')),
]);
const FIT = fitWordModel(TOY);

describe('word model', () => {
  it('reads codes, their classes and word pairs as features', () => {
    expect(wordTokens('550 5.1.1 Mailbox full')).toEqual(expect.arrayContaining(['R550', 'C5', 'E5.1.1', 'S5.1', 'Sx.1.1', 'mailbox', 'full', 'mailbox_full']));
  });

  it('names the bucket its words point to, with an actor seen with that bucket', () => {
    expect(guessWithModel('The mailbox of this user is over its quota', TOY, FIT)).toMatchObject({ bucket: 'recipient', actor: 'recipient' });
    expect(guessWithModel('SMTP login failed: password not accepted', TOY, FIT)).toMatchObject({ bucket: 'credentials', actor: 'sender' });
  });

  it.each([
    ['not about mail', 'login failed, password wrong, connection lost'],
    ['a number in a sentence is not a reply', 'We shipped 450 parcels today'],
    ['too few known words', 'mailbox'],
    ['no known words', 'asdf qwer'],
    ['empty', ''],
    ['words of two buckets at once', 'mail server: login password mailbox quota'],
  ])('keeps silent: %s', (_, text) => {
    expect(guessWithModel(text, TOY, FIT)).toBeNull();
  });

  it('on its own training texts it names a labelled bucket most of the time (a sanity check, not accuracy)', () => {
    const rows = trainingRows();
    const data = trainWordModel(rows);
    const fitted = fitWordModel(data);
    let spoke = 0;
    let right = 0;
    for (const r of rows) {
      const g = guessWithModel(r.text, data, fitted);
      if (!g) continue;
      spoke++;
      if (r.buckets.includes(g.bucket)) right++;
    }
    expect(spoke).toBeGreaterThan(rows.length / 3);
    expect(right / spoke).toBeGreaterThan(0.9);
  });

  it('leaves a long text alone (a pasted error is short), even one about mail', () => {
    expect(guessWithModel(`The mailbox of this user is over its quota. ${'x'.repeat(2 * 1024 * 1024)}`, TOY, FIT)).toBeNull();
  });
});

describe('an explanation that rests on the word model', () => {
  const finding: Finding = {
    recipient: null, action: null, status: null, replyCode: null, diagnostic: 'some words no rule knows', remoteMta: null,
    reportingMta: null, command: null, hard: false, reason: 'undefined', bucket: 'unknown', side: 'none', confidence: 0.35, evidence: [],
  };

  it('says "not sure", yet names who acts and gives steps (no general guidance beside it)', () => {
    const tables = { ...FULL_TABLES, guessFromWords: () => ({ bucket: 'credentials' as const, actor: 'sender' as const, probability: 0.9 }) };
    const result = explainWith({ kind: 'client-error', findings: [finding], format: 'text' }, tables);
    const e = result.items[0]?.explanation;
    expect(e?.bucket).toBe('credentials');
    expect(e?.actor).toBe('sender');
    expect(e?.confidence).toBeLessThan(LIKELY);
    expect(e?.steps.length).toBeGreaterThan(0);
    expect(result.general).toBeNull();
  });

  it('is not asked when the finding carries no words of a server or program', () => {
    let asked = 0;
    const tables = { ...FULL_TABLES, guessFromWords: () => { asked++; return null; } };
    explainWith({ kind: 'bounce', findings: [{ ...finding, diagnostic: null, action: 'failed' }], format: 'text' }, tables);
    expect(asked).toBe(0);
  });

  it('leaves unrecognised input an honest unknown', async () => {
    for (const text of ['asdf qwer', 'host:587', 'Thank you for your order! Your package will ship tomorrow.', 'We shipped 450 parcels today']) {
      const result = await explain(text);
      expect(result.items.every((i) => i.explanation.actor === null)).toBe(true);
    }
  });
});
