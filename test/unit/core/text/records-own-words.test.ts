// A delivery report whose records quote server replies that differ only by the address they name: they say
// the same thing, and each recipient is read alike (not as records whose servers said different things).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const report = (records: { rcpt: string; action: string; status: string; reply: string }[]): string => [
  'From: "Mail Delivery Subsystem" <mailer-daemon@bbs.example.com>',
  'To: <ned@example.com>',
  'Subject: Delivery Status Notification',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
  '',
  '--b',
  'Content-Type: text/plain',
  '',
  'Your message could not be delivered to one or more recipients.',
  '',
  ...records.flatMap((r) => [`<${r.rcpt}>:`, '\thost mx.example.org[192.0.2.7] said:', `\t${r.reply}`, '']),
  '--b',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; bbs.example.com',
  ...records.flatMap((r) => ['', `Final-Recipient: rfc822; ${r.rcpt}`, `Action: ${r.action}`, `Status: ${r.status}`, `Diagnostic-Code: smtp; ${r.reply}`]),
  '',
  '--b--',
  '',
].join('\n');

describe('records with replies of their own', () => {
  it('replies that differ only by their address are read alike', async () => {
    const a = await analyze(report([
      { rcpt: 'a@example.org', action: 'failed', status: '5.2.2', reply: '552 5.2.2 <a@example.org>: Mailbox full' },
      { rcpt: 'b@example.org', action: 'failed', status: '5.2.2', reply: '552 5.2.2 <b@example.org>: Mailbox full' },
    ]));
    expect(a.findings.map((f) => f.reason)).toEqual(['mailboxfull', 'mailboxfull']);
  });
});
