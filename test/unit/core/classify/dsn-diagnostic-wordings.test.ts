// Causes that servers' Diagnostic-Code lines state in words the tables lacked (messages written here in
// Sendmail's delivery-status layout): a mailbox disabled for now, closed, locked or inactive, a full
// mailbox named with its address in between, relay refusals (also under chkuser's 5.5.3), an address
// that no longer exists, a MIME-structure refusal.
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
    ['5.7.1', 'SMTP; 550 5.7.1 Relaying not allowed for kim@example.net', 'norelaying'],
    ['5.0.0', 'SMTP; 500 unauthorized relay attempt rejected', 'norelaying'],
    ['5.5.3', "SMTP; 553 sorry, that domain isn't in my list of allowed rcpthosts (#5.5.3 - chkuser)", 'norelaying'],
    ['5.0.0', 'SMTP; 550 kim@example.net: mailbox closed due to inactivity', 'suspend'],
    ['5.0.0', 'SMTP; 550 <kim@example.net>: user status is locked', 'suspend'],
    ['5.0.0', 'SMTP; 550 inactive user kim@example.net', 'suspend'],
    ['5.3.0', 'SMTP; 553 5.3.0 <kim@example.net>... address no longer exists here', 'userunknown'],
    ['5.0.0', 'SMTP; 552 MessageWall: MIME/REJECT: bad boundary', 'contenterror'],
    ['5.7.1', 'SMTP; 554 5.7.1 <mail.example.com[192.0.2.3]>: Client host rejected: Access denied', 'blocked'],
    ['5.7.1', 'SMTP; 550 5.7.1 Client host rejected: cannot find your hostname, [192.0.2.3]', 'requireptr'],
    ['5.0.0', 'SMTP; 550 your message was classified as junk mail', 'spamdetected'],
    ['5.0.0', 'SMTP; 550 verify mailfrom failed, rejected', 'rejected'],
  ])('%s %s → %s', async (status, diagnostic, reason) => {
    const [f, ...rest] = (await analyze(dsn(status, diagnostic))).findings;
    expect(rest).toEqual([]);
    expect([f?.recipient, f?.reason]).toEqual(['kim@example.net', reason]);
  });
});
