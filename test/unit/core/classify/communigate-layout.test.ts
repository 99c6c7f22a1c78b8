// CommuniGate Pro's delivery failure (a message written here in its layout, not the labelled-set files):
// "Failed to deliver to '<address>'", the module that reports, and the cause indented below it.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const cgp = (module: string, cause: string): string => [
  'From: <MAILER-DAEMON@mail.example.com>', 'To: <sam@example.com>', 'Subject: Undeliverable mail: hello',
  'X-MAPI-Message-Class: REPORT.IPM.Note.NDR', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="C"', '',
  '--C', 'Content-Type: text/plain; charset="utf-8"', '', "Failed to deliver to 'kim@example.net'", `${module} reports:`, cause, '',
  '--C', 'Content-Type: message/rfc822', '', 'From: sam@example.com', 'To: kim@example.net', 'Subject: hello', '', 'hi', '', '--C--', '',
].join('\n');

describe("CommuniGate Pro's reports", () => {
  it('the cause is the diagnostic, without the module heading or the quote that closes the address', async () => {
    const [f] = (await analyze(cgp('LOCAL module(account kim)', ' account is full (quota exceeded)'))).findings;
    expect([f?.recipient, f?.reason, f?.diagnostic]).toEqual(['kim@example.net', 'mailboxfull', 'account is full (quota exceeded)']);
  });

  it('a connection its SMTP module lost is a network error', async () => {
    const [f] = (await analyze(cgp('SMTP module(domain example.net)', ' connection with mx2.example.net is broken'))).findings;
    expect([f?.reason, f?.hard]).toEqual(['networkerror', false]);
  });

  it('the remote reply under "host x says:" is the diagnostic', async () => {
    const [f] = (await analyze(cgp('SMTP module(domain example.net)', ' host mx.example.net says:\n  550 5.1.1 <kim@example.net>... User unknown'))).findings;
    expect([f?.status, f?.replyCode, f?.reason, f?.diagnostic]).toEqual(['5.1.1', 550, 'userunknown', '550 5.1.1 <kim@example.net>... User unknown']);
  });
});
