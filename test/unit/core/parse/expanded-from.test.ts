// Sendmail names the alias an address came from on a line of its own, "(expanded from: <x@y>)".
// Under a file or program the alias led to, the alias is what failed; under an address, it is that
// recipient's original address, never a second failed recipient.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const report = (entry: string, reason: string, alias: string): string =>
  [
    'From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>', 'To: owner@lists.example.org', 'Subject: Returned mail: see transcript for details', '',
    '   ----- The following addresses had permanent fatal errors -----', entry, `    (reason: ${reason})`, `    (expanded from: <${alias}>)`, '',
    '   ----- Transcript of session follows -----', '550 5.1.1 unknown', '',
  ].join('\n');

describe('Sendmail "(expanded from: <alias>)"', () => {
  it('under a program or a file, the alias is the failed recipient', async () => {
    for (const entry of ['"|/usr/bin/procmail -m /etc/rc"', '/var/mail/ann', '"/home/ann/mbox"']) {
      const a = await analyze(report(entry, '550 5.0.0 unknown mailer error 1', 'ann.lee@example.com'));
      expect(a.findings.map((f) => [f.recipient, f.originalRecipient ?? null])).toEqual([['ann.lee@example.com', null]]);
    }
  });

  it('under an address, the alias is its original recipient', async () => {
    const a = await analyze(report('<bob@example.net>', '550 5.1.1 User unknown', 'ann.lee@example.com'));
    expect(a.findings.map((f) => [f.recipient, f.originalRecipient ?? null])).toEqual([['bob@example.net', 'ann.lee@example.com']]);
  });
});
