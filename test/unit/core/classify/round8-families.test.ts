// Round 8: families first met in lead set 7 and in mailscanner-r8 / sympa-r8 (messages written here in each
// family's format, not the labelled-set files): a mail store's own notice (DBMail), a spooler that refuses to
// send as another user (Kopano), list managers' rules (mlmmj, Sympa's DSNs), a content filter's sender
// reports (MailScanner).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const headers = (from: string, subject: string): string[] => [
  `From: ${from}`, 'To: writer@sender.example', `Subject: ${subject}`, 'Date: Mon, 7 Dec 2026 09:50:11 +0000', '',
];

// DBMail bounce.c: "*** E-mail address <x> is not known here. ***" — its own directory, no SMTP stage.
const dbmail = (line: string): string => [
  ...headers('DBMAIL-MAILER@store.dest.example', 'DBMAIL: delivery failure'),
  'This is the DBMAIL-SMTP program.', '',
  "I'm sorry to inform you that your message, addressed to kim@dest.example,", 'could not be delivered due to the following error.', '',
  `*** ${line} ***`, '', 'If you think this message is incorrect please contact postmaster@dest.example.', '',
].join('\n');

// MailScanner's sender reports: the refused message's envelope summarised under the opening sentence.
const mailscanner = (opening: string, to: string, body: string[]): string => [
  ...headers('"MailScanner" <postmaster@dest.example>', 'Warning: E-mail viruses detected'),
  `${opening} a message you sent:-`, `  To: ${to}`, '  Subject: Quarterly figures', '  Date: Mon Dec  7 09:50:02 2026',
  ...body, '', '-- ', 'MailScanner', '', 'From: writer@sender.example', 'To: copy@elsewhere.example',
].join('\n');

describe('a mail store\'s own notice (DBMail)', () => {
  it('"is not known here" is the store\'s directory: the address does not exist, final', async () => {
    const [f] = (await analyze(dbmail('E-mail address kim@dest.example is not known here.'))).findings;
    expect([f?.recipient, f?.reason, f?.hard]).toEqual(['kim@dest.example', 'userunknown', true]);
  });

  it('a full mailbox in the store is a full mailbox, whatever the address between the words', async () => {
    const a = await analyze(dbmail('Mailbox of user kim.long-name.2026@dest.example is FULL'));
    expect(a.findings.map((f) => f.reason)).toEqual(['mailboxfull']);
  });
});

describe('a spooler that refuses to send as another user', () => {
  it('is the sender\'s permission (securityerror), not the recipient', async () => {
    const text = [
      ...headers('Mail Delivery System', 'Undelivered Mail Returned to Sender'),
      'Unfortunately, kopano-spooler was unable to deliver your mail.', 'The error given was:', '',
      'You are not allowed to send as user or group "Support Desk"', '',
      'You may need to contact your e-mail administrator to solve this problem.', '',
    ].join('\n');
    expect((await analyze(text)).findings.map((f) => f.reason)).toEqual(['securityerror']);
  });
});

describe("MailScanner's sender reports", () => {
  it('name the failed recipients on the indented To: line, never the returned header lines', async () => {
    const a = await analyze(mailscanner('Our virus detector has just been triggered by', 'lee@dest.example, max@dest.example', [
      'Any infected parts of the message (figures.zip)', 'have not been delivered.',
    ]));
    expect(a.findings.map((f) => [f.recipient, f.reason])).toEqual([['lee@dest.example', 'virusdetected'], ['max@dest.example', 'virusdetected']]);
  });

  it.each([
    ['Our e-mail content detector has just been triggered by', ['One or more of the attachments (a.pdf.exe) are on', 'the list of unacceptable attachments for this site.'], 'policyviolation'],
    ['Our email content filters have been triggered by', ['This message, or an attachment it contained, was too large and has been', 'removed.'], 'mesgtoobig'],
    ['Our UCE (spam) detectors have been triggered by', ['This message has been rejected. The detector that triggered is', 'SpamAssassin.'], 'spamdetected'],
    ['Our UCE (spam) detectors have been triggered by', ['The server which is sending the message to our site is listed in a', 'public blacklist of badly configured or misused mail systems.'], 'blocked'],
  ])('%s … → %s', async (opening, body, reason) => {
    const [f] = (await analyze(mailscanner(opening, 'lee@dest.example', body))).findings;
    expect([f?.recipient, f?.reason]).toEqual(['lee@dest.example', reason]);
  });

  it('a "To:" line at the start of a line (a header of the returned mail) is nobody\'s failure', async () => {
    const text = [...headers('"MailScanner" <postmaster@dest.example>', 'Warning'), 'A message you sent:', 'To: lee@dest.example', 'was scanned.'].join('\n');
    const a = await analyze(text);
    expect(a.findings.some((f) => f.recipient === 'lee@dest.example')).toBe(false);
  });
});

describe("Sympa's delivery status notifications", () => {
  it('a virus its checker found outweighs the generic security status (5.7.0)', async () => {
    const text = [
      ...headers('SYMPA <sympa-request@lists.dest.example>', 'A virus in your mail').slice(0, -1),
      'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"', '', '--b1',
      'Content-Type: text/plain', '', 'This is an automatic response sent by Sympa Mailing Lists Manager.',
      "Impossible to distribute your message for list 'choir@lists.dest.example' for the following reason:", '',
      '    ***** V I R U S    A L E R T *****', '',
      'Our viruschecker found a virus named Eicar-Test in a message addressed to choir@lists.dest.example.', '',
      '--b1', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; lists.dest.example', '',
      'Final-Recipient: rfc822; choir@lists.dest.example', 'Action: failed', 'Status: 5.7.0',
      'Diagnostic-Code: X-Sympa; Other or undefined security status', '', '--b1--', '',
    ].join('\n');
    const a = await analyze(text);
    expect(a.findings.map((f) => [f.recipient, f.status, f.reason])).toEqual([['choir@lists.dest.example', '5.7.0', 'virusdetected']]);
  });
});
