// Round 9: refusals the recipient's side decided (lead set 8's kinds, found again in other implementations):
// a recipient's own filter (Sieve reject MDNs, GNU Mailutils' filter DSN, a maildrop/procmail filter behind
// Postfix), a list manager refusing a post (Majordomo 2, Mailman 2 and 3), a content filter's notice
// (MIMEDefang, amavisd-new) and a delivery agent's connection failure without a code. Messages written here
// in each family's layout, not the labelled-set files.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const returned = (to: string): string[] => [
  'Return-Path: <writer@sender.example>', 'From: Writer <writer@sender.example>', `To: ${to}`, 'Subject: Plans',
  'Message-ID: <plans-1@sender.example>', '', 'Hello, the plans are attached.', '',
];

// A Sieve reject as an MDN (Pigeonhole / Cyrus): the owner's reason in the human part.
const sieveMdn = (reason: string): string => [
  'From: Mail Delivery Subsystem <postmaster@dest.example>', 'To: <writer@sender.example>', 'Subject: Rejected: Plans',
  'Auto-Submitted: auto-replied (rejected)', 'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=disposition-notification; boundary="b1"', '',
  '--b1', 'Content-Type: text/plain; charset=utf-8', '', 'Your message to <kim@dest.example> was automatically rejected:', reason, '',
  '--b1', 'Content-Type: message/disposition-notification', '', 'Reporting-UA: mx.dest.example; Dovecot Mail Delivery Agent',
  'Final-Recipient: rfc822; kim@dest.example', 'Disposition: automatic-action/MDN-sent-automatically; deleted', '',
  '--b1', 'Content-Type: message/rfc822', '', ...returned('kim@dest.example'), '--b1--', '',
].join('\n');

// GNU Mailutils' Sieve reject: a DSN with "Action: deleted" and no Auto-Submitted header.
const mailutils = (reason: string): string => [
  'From: MAILER-DAEMON@mx.dest.example', 'To: writer@sender.example', 'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b2"', '',
  '--b2', 'Content-Type: text/plain;charset=UTF-8', '',
  'The original message was received at Mon, Dec 07 09:00:01 2026 UTC from writer@sender.example.',
  "Message was refused by recipient's mail filtering program.", 'Reason given was as follows:', '', reason,
  '--b2', 'Content-Type: message/delivery-status', '', 'Reporting-UA: sieve; GNU Mailutils 3.17',
  'Final-Recipient: RFC822; lee@dest.example', 'Action: deleted', 'Disposition: automatic-action/MDN-sent-automatically;deleted', '',
  '--b2', 'Content-Type: message/rfc822', '', ...returned('lee@dest.example'), '--b2--', '',
].join('\n');

// A list manager's refusal of a post: from the list's own address, the original returned.
const listRefusal = (from: string, subject: string, body: string[]): string => [
  `From: ${from}`, 'To: writer@sender.example', `Subject: ${subject}`, 'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b3"', '', '--b3', 'Content-Type: text/plain; charset=us-ascii', '', ...body, '',
  '--b3', 'Content-Type: message/rfc822', '', ...returned('club@lists.dest.example'), '--b3--', '',
].join('\n');

describe("a recipient's own filter refusing the message", () => {
  it('a Sieve reject that names no limit is final (resending meets the same rule)', async () => {
    const [f] = (await analyze(sieveMdn('Please stop writing to me; I do not read mail from you.'))).findings;
    expect([f?.recipient, f?.reason, f?.hard]).toEqual(['kim@dest.example', 'filtered', true]);
  });

  it('a Sieve reject whose owner names a size limit is not final', async () => {
    const [f] = (await analyze(sieveMdn('Attachments over 5 MB are not accepted here; please send a link.'))).findings;
    expect(f?.hard).toBe(false);
  });

  it("GNU Mailutils' filter DSN reads the owner's reason: a blocked sender is the filter's, final", async () => {
    const [f] = (await analyze(mailutils('Your domain is on my personal block list.'))).findings;
    expect([f?.recipient, f?.reason, f?.hard]).toEqual(['lee@dest.example', 'filtered', true]);
  });

  it("GNU Mailutils' filter DSN: a size limit is the message's size, not final", async () => {
    const [f] = (await analyze(mailutils('Messages larger than 2 MB are not accepted at this address.'))).findings;
    expect([f?.reason, f?.hard]).toEqual(['mesgtoobig', false]);
  });
});

describe('a filter command that exits 77 (EX_NOPERM) behind Postfix', () => {
  const postfix = (status: string, output: string): string => [
    'From: MAILER-DAEMON@mx.dest.example (Mail Delivery System)', 'To: writer@sender.example', 'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="b5"', '',
    '--b5', 'Content-Type: text/plain', '', 'This is the mail system at host mx.dest.example.', '',
    `<kim@dest.example>: Command died with status ${status}: "/usr/bin/maildrop". Command`, `    output: ${output}`, '',
    '--b5', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.dest.example', '',
    'Final-Recipient: rfc822; kim@dest.example', 'Action: failed', `Status: ${status === '77' ? '5.7.0' : '5.3.0'}`, `Diagnostic-Code: x-unix; ${output}`, '',
    '--b5--', '',
  ].join('\n');

  it("is the owner's filter refusing the sender, final", async () => {
    const [f] = (await analyze(postfix('77', 'Mail from you is not wanted here.'))).findings;
    expect([f?.reason, f?.hard]).toEqual(['filtered', true]);
  });

  it('another exit status stays the delivery agent\'s error', async () => {
    const [f] = (await analyze(postfix('75', 'cannot open mailbox'))).findings;
    expect(f?.reason).not.toBe('filtered');
  });
});

describe("a list manager's refusal of a post", () => {
  it("Mailman 3's reject chain: the list's posting address refused the sender, final", async () => {
    const a = await analyze(listRefusal('club-owner@lists.dest.example', 'Plans', [
      'Your message to the Club mailing-list was rejected for the following', 'reasons:', '', 'The message is not from a list member', '',
      'The original message as received by Mailman is attached.',
    ]));
    expect(a.kind).toBe('bounce');
    expect(a.findings.map((f) => [f.recipient, f.reason, f.hard])).toEqual([['club@lists.dest.example', 'rejected', true]]);
  });

  it("Majordomo's ack_denial from owner-<list>: a size limit is the message's size", async () => {
    const a = await analyze(listRefusal('owner-club@lists.dest.example', 'Denied post to club', [
      'Your message to club has been rejected', 'for the following reason(s):', '',
      'The message is larger than the 40000 bytes this list allows.',
    ]));
    expect(a.findings.map((f) => [f.recipient, f.reason, f.hard])).toEqual([['club@lists.dest.example', 'mesgtoobig', false]]);
  });

  it('a group that refuses posts from the sender is final too ("not allowed to post")', async () => {
    const a = await analyze(listRefusal('club-owner@lists.dest.example', 'Plans', [
      'You are not allowed to post to this mailing list, and your message has', 'been automatically rejected.',
    ]));
    expect(a.findings.map((f) => [f.recipient, f.reason, f.hard])).toEqual([['club@lists.dest.example', 'rejected', true]]);
  });

  it("a list's notice that a post awaits the moderator is no report", async () => {
    const a = await analyze(listRefusal('club-bounces@lists.dest.example', 'Your message to Club awaits moderator approval', [
      "Your mail to 'Club' with the subject", '', '    Plans', '', 'Is being held until the list moderator can review it for approval.',
    ]));
    expect(a.kind).not.toBe('bounce');
  });

  it("a list's ordinary mail from its owner address names no failed recipient", async () => {
    const a = await analyze(listRefusal('club-owner@lists.dest.example', 'Welcome to the Club mailing list', [
      'Welcome to the Club mailing list. To post, write to club@lists.dest.example.',
    ]));
    expect(a.findings.some((f) => f.recipient === 'club@lists.dest.example')).toBe(false);
  });
});

describe("a content filter's notice to the sender", () => {
  const notice = (details: string[]): string => [
    'From: "MIMEDefang" <postmaster@gw.dest.example>', 'To: <writer@sender.example>', 'Subject: MIMEDefang Notification',
    'Auto-Submitted: auto-generated', '', 'An e-mail you sent with message-id <plans-1@sender.example>',
    'was modified by our mail scanning software.', '', 'The recipients were: <ann@dest.example> <bob@dest.example>', '',
    'Here are the details of the modification:', '', ...details, '',
  ].join('\n');

  it('MIMEDefang: the recipients line names who did not get a quarantined message', async () => {
    const a = await analyze(notice(['SpamAssassin gave your message a score of 12.0. It was classified as spam, quarantined,', 'and not delivered to the recipients.']));
    expect(a.findings.map((f) => [f.recipient, f.reason, f.hard])).toEqual([['ann@dest.example', 'spamdetected', false], ['bob@dest.example', 'spamdetected', false]]);
  });

  it('MIMEDefang: a message only modified (an attachment removed) and passed on names no failure', async () => {
    const a = await analyze(notice(['An attachment named run.exe was removed from this document as it', 'constituted a security hazard.']));
    expect(a.findings.some((f) => f.recipient === 'ann@dest.example')).toBe(false);
  });

  it("amavisd-new's reject reply names the verdict after the id: a virus is not spam", async () => {
    const dsn = (verdict: string): string => [
      'From: "Content-filter at gw.dest.example" <postmaster@gw.dest.example>', 'To: <writer@sender.example>',
      'Subject: Undeliverable mail', 'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="b4"', '',
      '--b4', 'Content-Type: text/plain', '', 'This nondelivery report was generated by the program amavisd-new.', '',
      '--b4', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; gw.dest.example', '',
      'Final-Recipient: rfc822;ann@dest.example', 'Action: failed', 'Status: 5.7.0', `Diagnostic-Code: smtp; 554 5.7.0 Reject, id=1234-01 - ${verdict}`, '',
      '--b4--', '',
    ].join('\n');
    expect((await analyze(dsn('INFECTED: Eicar-Test-Signature'))).findings.map((f) => f.reason)).toEqual(['virusdetected']);
    expect((await analyze(dsn('BANNED: setup.exe'))).findings.map((f) => f.reason)).toEqual(['policyviolation']);
    expect((await analyze(dsn('SPAM'))).findings.map((f) => f.reason)).toEqual(['spamdetected']);
  });
});

describe('a connection failure said without a code', () => {
  it('"x@y: Failed to connect" is the network, not an undetermined refusal', async () => {
    const a = await analyze([
      'From: Mailer daemon <postmaster@relay.sender.example>', 'To: writer@sender.example', 'Subject: Delivery Notification: Delivery has failed', '',
      'Your mail was not delivered to the following recipients.', 'kim@dest.example: Failed to connect', '',
      'There will be no further attempts to deliver this mail.', '',
    ].join('\n'));
    expect(a.findings.map((f) => [f.recipient, f.reason])).toEqual([['kim@dest.example', 'networkerror']]);
  });
});
