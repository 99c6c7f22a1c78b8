// A Status field that holds a bare reply code ("Status: 552", as Zoho writes it) is a reply code, never a
// status; the server's reply quoted elsewhere in the report with that code is the diagnostic.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';
import { parseDsn } from '../../../../src/core/parse/dsn.ts';

const report = (code: string, words: string, humanSep: string): string => [
  'From: mailer-daemon@mx.example.net',
  'To: someone@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
  '',
  '--b',
  'Content-Type: text/plain',
  '',
  'A message that you sent could not be delivered to one or more of its recipients.',
  '',
  `ann@example.org, ERROR CODE ${humanSep}${code} - ${words}`,
  '',
  '--b',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.net',
  '',
  'Final-Recipient: rfc822; ann@example.org',
  `Status: ${code}`,
  'Action: failed',
  `Diagnostic-Code: ${words}`,
  '',
  '--b--',
  '',
].join('\r\n');

describe('a bare reply code in the Status field', () => {
  it('is read as the reply code, not as a status', () => {
    const text = 'Final-Recipient: rfc822; a@example.org\nStatus: 554\nAction: failed\n';
    const [record] = parseDsn(text, 0, text.length).records;
    expect(record?.status).toBeNull();
    expect(record?.statusReply?.value).toBe(554);
  });

  it('leaves a Status line that goes on into a sentence alone', () => {
    const text = 'Final-Recipient: rfc822; a@example.org\nStatus: 551 5.4.7 Next delivery in 10 minutes\n';
    const [record] = parseDsn(text, 0, text.length).records;
    expect(record?.statusReply).toBeUndefined();
  });

  it.each([
    ['552', '5.2.2 Mailbox full: ann@example.org is over quota', ':'],
    ['550', '5.2.1 The email account that you tried to reach is disabled.', ': '],
    ['554', '5.7.1 Service unavailable; client host blocked using a list', ''],
  ])('gives reply %s and the quoted reply with its code as the diagnostic', async (code, words, sep) => {
    const [f] = (await analyze(report(code, words, sep))).findings;
    expect(f?.replyCode).toBe(Number(code));
    expect(f?.status).toBe(words.slice(0, 5));
    expect(f?.diagnostic?.startsWith(`${code} - ${words.slice(0, 20)}`)).toBe(true);
  });
});
