// Causes that servers' Diagnostic-Code lines state in words the tables lacked (messages written here in
// Sendmail's delivery-status layout): a mailbox disabled for now, a full mailbox named with its address
// in between, a relay refusal that names the address.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const dsn = (status: string, diagnostic: string): string => [
  'From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.com>', 'To: <sam@example.com>', 'Subject: Returned mail: see transcript for details',
  'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', '',
  '--B', '', '   ----- The following addresses had permanent fatal errors -----', '<kim@example.net>', '',
  '--B', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.com', '',
  'Final-Recipient: RFC822; kim@example.net', 'Action: failed', `Status: ${status}`, `Diagnostic-Code: ${diagnostic}`, '', '--B--', '',
].join('\n');

describe('Diagnostic-Code wordings', () => {
  it.each([
    ['4.2.1', 'SMTP; 450 4.2.1 mailbox temporarily disabled: kim@example.net', 'suspend'],
    ['5.0.0', 'X-HERMES; host 192.0.2.4[192.0.2.4] said: 551 bounce as<the destination mailbox <kim@example.net> is full> queue as 7.1.x', 'mailboxfull'],
    ['5.7.1', 'SMTP; 550 5.7.1 relaying to <kim@example.net> prohibited by administrator', 'norelaying'],
  ])('%s %s → %s', async (status, diagnostic, reason) => {
    const [f, ...rest] = (await analyze(dsn(status, diagnostic))).findings;
    expect(rest).toEqual([]);
    expect([f?.recipient, f?.reason]).toEqual(['kim@example.net', reason]);
  });
});
