// The CLI's human output: what happened, who acts, the steps, what not to do, in either language.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../../src/core/knowledge/index.ts';
import { catalogueTranslator } from '../../../../src/core/i18n.ts';
import { formatExplanation } from '../../../../src/cli/format-explanation.ts';
import { catalogue } from './fixtures.ts';
import { explainWith } from '../../../../src/core/knowledge/explain-core.ts';
import { FULL_TABLES } from '../../../../src/core/knowledge/tables.ts';
import { finding } from './findings.ts';

describe('formatExplanation', () => {
  it('prints what happened, who acts, the steps and the don\'ts', async () => {
    const out = formatExplanation(await explain('0x800CCC0E'), catalogueTranslator(catalogue('en')));
    expect(out).toMatch(/What happened: .+/);
    expect(out).toMatch(/Who acts: You/);
    expect(out).toMatch(/Confidence: \d+%/);
    expect(out).toMatch(/What to do:\n {5}1\. .+/);
    expect(out).toMatch(/What not to do:\n {5}- Don't/);
    expect(out).toContain('0x800CCC0E');
    expect(out).toContain('cPanel → Email Accounts → Connect Devices');
    expect(out).not.toMatch(/\bk_[a-z_]+\b|\$[A-Z0-9]+\$/);
  });

  it('says in one sentence when it does not know, with one hint and no steps, in German too', async () => {
    for (const text of ['lorem ipsum', 'asdf qwer', 'host:587', 'Hallo, ich habe eine Frage zu meiner Rechnung.']) {
      const out = formatExplanation(await explain(text), catalogueTranslator(catalogue('de')));
      expect(out.trim().split('\n')).toEqual(['In diesem Text haben wir keinen Fehler erkannt.', expect.stringContaining('dreistelligen Code')]);
      expect(out).not.toMatch(/Wer|Was zu tun ist/);
    }
  });

  it('gives the general sending guidance when a mail program clearly failed to send', async () => {
    const out = formatExplanation(await explain('Sending of the message failed.'), catalogueTranslator(catalogue('de')));
    expect(out).toContain('Allgemeine Hinweise');
    expect(out).toContain('Was zu tun ist');
    expect(out).not.toMatch(/\bk_[a-z_]+\b|\bcli_x_/);
  });

  it('says first that a 4xx refusal is temporary', async () => {
    const out = formatExplanation(await explain('451 4.7.1 Greylisted, please try again in 300 seconds'), catalogueTranslator(catalogue('en')));
    const lines = out.split('\n');
    expect(lines[0]).toContain('Temporary: ');
    expect(lines[lines.findIndex((l) => /^\d+\. /.test(l)) + 1]).toMatch(/^ {3}Temporary: /);
    expect(out).not.toMatch(/spam|blocked/i);
  });
});

describe('formatExplanation grouping', () => {
  it('prints one block for recipients with the same explanation', () => {
    const unknown = (recipient: string) => finding({ recipient, reason: 'userunknown', bucket: 'recipient', status: '5.1.1', replyCode: 550 });
    const full = finding({ recipient: 'c@example.org', reason: 'mailboxfull', bucket: 'recipient', status: '5.2.2', replyCode: 552 });
    const result = explainWith({ kind: 'bounce', format: 'mime', findings: [unknown('a@example.org'), unknown('b@example.org'), full] }, FULL_TABLES);
    const out = formatExplanation(result, catalogueTranslator(catalogue('en')));
    expect(out).toContain('Recipients: a@example.org, b@example.org');
    expect(out).toMatch(/^2\. /m);
    expect(out).not.toMatch(/^3\. /m);
  });
});
