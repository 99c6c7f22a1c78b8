// The diagnostic a user reads is the remote server's reply when the bounce quotes one: whatever
// sentence introduces the reply ("Remote host said:", "did not like our RCPT TO:", "the server
// replied", "Error message below:"), and whatever the report says after it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';
import { splitMessage } from '../../../../src/core/parse/message.ts';

const SETS = 'test/fixtures/engine/sets';
const CORPUS = 'test/fixtures/sisimai/eml';
// Lead-held measurement families (OWNERS.md): not read here either.
const LEAD_HELD = new Set(['stalwart', 'kumomta', 'chasquid', 'exim-testsuite', 'enmime', 'mimekit', 'mail-manager', 'civicrm', 'commcare', 'alaveteli']);

function setFiles(): string[] {
  const files: string[] = [];
  for (const line of readFileSync(join(SETS, 'labels.tsv'), 'utf8').split('\n')) {
    const [file = '', , split = ''] = line.split('\t');
    if (!file || file.startsWith('#') || file === 'file') continue;
    if (LEAD_HELD.has(file.split('/')[0] ?? '') || (file.startsWith('php-bounce-handler/') && split === 'holdout')) continue;
    files.push(join(SETS, file));
  }
  return files;
}
const corpusFiles = (): string[] => readdirSync(CORPUS).filter((f) => f.endsWith('.eml')).map((f) => join(CORPUS, f));

/** A line of the report (not the returned original) that quotes a reply with this code. */
function quotesReply(raw: string, code: number): boolean {
  const text = raw.replace(/\r\n?/g, '\n');
  const { bodyStart, originalStart } = splitMessage(text);
  return new RegExp(`(?:^|[\\s:;(\\[])${code}(?:[ -][245]\\.\\d|[ -]|$)`, 'm').test(text.slice(bodyStart, originalStart));
}

describe('the diagnostic of every set and corpus message', () => {
  it('contains the reply code when the report quotes a reply with it', async () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of [...setFiles(), ...corpusFiles()]) {
      const raw = readFileSync(file, 'utf8');
      for (const f of (await analyze(raw)).findings) {
        if (f.replyCode === null || !quotesReply(raw, f.replyCode)) continue;
        checked++;
        if (!f.diagnostic?.includes(String(f.replyCode))) missing.push(`${file} ${f.recipient ?? '-'} ${f.replyCode}: ${f.diagnostic ?? 'none'}`);
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(missing).toEqual([]);
  }, 60_000);
});

const intro = fc.constantFrom('Remote host said:', 'mx.example.net [192.0.2.25] did not like our RCPT TO:', 'while connected with mx.example.net, the server replied', 'Error message below:', 'RCPT TO generated following response:');
const reply = fc.constantFrom('550 5.1.1 <x> User unknown', '552 5.2.2 Mailbox full', '554 5.7.1 Message refused', '451 4.3.0 Temporary lookup failure');
const after = fc.constantFrom('If you need help, write to the postmaster.', 'Message details:\n  Subject: hello', 'Your message follows attached.');

describe('a text-only bounce that introduces the reply with a sentence of its own', () => {
  it('gives the reply as the diagnostic, up to the end of its paragraph', async () => {
    await fc.assert(fc.asyncProperty(intro, reply, after, fc.boolean(), async (said, line, rest, indent) => {
      const quoted = line.replace('<x>', '<pat@example.net>');
      const text = [
        'From: MAILER-DAEMON@mail.example.com', 'To: sam@example.com', 'Subject: Undelivered mail', 'Content-Type: text/plain', '',
        'Your message could not be delivered to the following recipient:', '', '<pat@example.net>:', said, `${indent ? '\t' : ''}${quoted}`, '', rest, '',
      ].join('\n');
      const [f] = (await analyze(text)).findings;
      expect(f?.recipient).toBe('pat@example.net');
      expect(f?.replyCode).toBe(Number(quoted.slice(0, 3)));
      expect(f?.diagnostic).toBe(quoted);
    }), { numRuns: 60 });
  });
});

describe('a reply wrapped in Sendmail\'s "(reason: …)"', () => {
  const report = (reason: string): string => [
    '   ----- The following addresses had permanent fatal errors -----', 'From: <sam@example.com>', 'To: <pat@example.net>', `    (reason: ${reason})`, '',
  ].join('\n');

  it('loses the closing parenthesis it never opened, and keeps the ones it did', async () => {
    const [f] = (await analyze(report('550 5.1.1 <pat@example.net>: User unknown'))).findings;
    expect([f?.recipient, f?.diagnostic]).toEqual(['pat@example.net', '550 5.1.1 <pat@example.net>: User unknown']);
    const [g] = (await analyze(report('550 5.1.1 <pat@example.net>: User unknown (in reply to RCPT TO command)'))).findings;
    expect(g?.diagnostic).toBe('550 5.1.1 <pat@example.net>: User unknown (in reply to RCPT TO command)');
  });
});
