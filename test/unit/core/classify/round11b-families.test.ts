// Round 11b: delay notices that say they keep the message only in their own note (no delivery-status part,
// a failure's subject), a local server's own verdict on its users with no code, a sending MTA's verdict that
// a domain names no usable mail host, and a filter's header field name inside a notice's text part. Each
// message is written here in a layout of its own, not copied from the labelled sets.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

// A plain-text notice from a server's postmaster: the failed address, the reason, an optional note.
const notice = (rcpt: string, reason: string, note: string[] = [], subject = 'Error sending message'): string => [
  'From: Example PostMaster <postmaster@mail.sender.example>', 'To: writer@sender.example', `Subject: ${subject}`,
  'Date: Tue, 08 Dec 2026 10:00:00 +0100', '',
  `Delivery of your message to <${rcpt}> did not succeed.`, '', 'Reason:', '', reason, '', ...note, '',
  '--- Original message headers ---', '', 'From: writer@sender.example', `To: ${rcpt}`, 'Subject: hello', '',
].join('\n');

const first = async (raw: string) => (await analyze(raw)).findings[0];

describe("a delay notice's own note that it keeps the message", () => {
  it('"this is a temporary error … you do not have to resend" makes a failure-looking notice a delay', async () => {
    const f = await first(notice('ana@dest.example', '451 4.3.0 Local problem, come back later', [
      'NOTE: This is a temporary error; you do not have to resend the message.',
    ]));
    expect([f?.action, f?.temporary, f?.hard]).toEqual(['delayed', true, false]);
  });

  it('"will try to resend … at <time>" is a delay even when the reply states no code', async () => {
    const f = await first(notice('ana@dest.example', 'Connection to mx.dest.example lost', [
      'The system will try to resend the message at: Tue, 08 Dec 2026 11:30:00 +0100',
    ]));
    expect([f?.action, f?.temporary]).toEqual(['delayed', true]);
  });

  it('"only a temporary failure report … DO NOT NEED to re-send" is a delay', async () => {
    const f = await first(notice('ana@dest.example', 'Network error on destination MXs', [
      'Please note that this is only a temporary failure report.', 'You DO NOT NEED to re-send the message.',
    ]));
    expect(f?.action).toBe('delayed');
  });

  it('a note that asks for the message again ("you will have to resend it") is a failure', async () => {
    const f = await first(notice('ana@dest.example', '550 5.1.1 No such user', ['You will have to resend the message to a valid address.']));
    expect([f?.action, f?.temporary]).toEqual(['failed', false]);
  });

  it('"will not try to redeliver" is a final word, not a retry', async () => {
    const f = await first(notice('ana@dest.example', '554 5.4.7 Delivery expired', ['The server will not try to redeliver this message.']));
    expect(f?.action).toBe('failed');
  });

  it('a report that says it gave up stays final when the quoted reply called itself temporary', async () => {
    const raw = [
      'From: MAILER-DAEMON@mx.sender.example', 'To: writer@sender.example', 'Subject: failure notice', '',
      'Hi. This is the qmail-send program at mx.sender.example.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.", '',
      '<ana@dest.example>:', 'Remote host said: 451 This is a temporary error, please try again', '',
      '--- Below this line is a copy of the message.', '',
    ].join('\n');
    const f = await first(raw);
    expect([f?.action, f?.temporary]).toEqual(['failed', false]);
  });

  it('a notice with no such note keeps its failure (same layout, same 4xx reply)', async () => {
    const f = await first(notice('ana@dest.example', '451 4.3.0 Local problem, come back later'));
    expect(f?.action).toBe('failed');
  });
});

describe("a local server's own verdict on its users", () => {
  it('\'Unknown user "x" in domain "y"\' with no code is the address (userunknown, final), not a filter', async () => {
    const f = await first(notice('tom@dest.example', 'Unknown user "tom" in domain "dest.example"'));
    expect([f?.reason, f?.hard]).toEqual(['userunknown', true]);
  });
});

describe('a sending MTA that finds no usable mail host for the domain', () => {
  it('"no valid MX hosts found" is hostunknown and final', async () => {
    const raw = [
      'From: "Mail Delivery System" <mailer-daemon@mout.sender.example>', 'To: writer@sender.example',
      'Subject: Mail delivery failed: returning message to sender', '',
      'This message was created automatically by mail delivery software.', '',
      'A message that you sent could not be delivered to one or more of',
      'its recipients. This is a permanent error. The following address', 'failed:', '',
      '    nora@nomx.example:', '        no valid MX hosts found', '',
    ].join('\n');
    const f = await first(raw);
    expect([f?.recipient, f?.reason, f?.hard]).toEqual(['nora@nomx.example', 'hostunknown', true]);
  });
});

describe("a filter's header field name is not a verdict of spam", () => {
  // 1&1's layout: the original's headers printed inside the text part, a delivery-status part with 5.0.0.
  const withHeaders = (cause: string, tag: string): string => [
    'From: "Mail Delivery System" <mailer-daemon@mout.sender.example>', 'To: writer@sender.example',
    'Subject: Mail delivery failed: returning message to sender', 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type="delivery-status"; boundary="b9"', '',
    '--b9', 'Content-Type: text/plain', '',
    'A message that you sent could not be delivered to one or more of',
    'its recipients. This is a permanent error. The following address failed:', '',
    '    lee@dest.example:', `        ${cause}`, '',
    '--- The header of the original message is following. ---', '',
    'From: writer@sender.example', 'To: lee@dest.example', 'Subject: hello', tag, '',
    '--b9', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mout.sender.example', '',
    'Final-Recipient: rfc822; lee@dest.example', 'Action: failed', 'Status: 5.0.0', '', '--b9--', '',
  ].join('\n');

  it('"X-Spam-Flag: NO" / "X-Spam-Status: No" among quoted headers do not make an unread cause spamdetected', async () => {
    expect((await first(withHeaders('the receiving system gave no answer', 'X-Spam-Flag: NO')))?.reason).not.toBe('spamdetected');
    expect((await first(withHeaders('the receiving system gave no answer', 'X-Spam-Status: No, score=-0.1')))?.reason).not.toBe('spamdetected');
  });

  it('a tag whose value says yes is a verdict ("X-Spam-Flag: YES") where the report itself says it', async () => {
    expect((await first(withHeaders('550 refused: X-Spam-Flag: YES', 'X-Spam-Flag: NO')))?.reason).toBe('spamdetected');
    // The original's own headers are not the report (parse/message.ts blanks them), whatever they say.
    expect((await first(withHeaders('the receiving system gave no answer', 'X-Spam-Flag: YES')))?.reason).not.toBe('spamdetected');
  });

  it('the word itself still counts ("550 5.9.8 Spam", "anti-spam")', async () => {
    expect((await first(withHeaders('550 5.9.8 Spam', 'X-Spam-Flag: NO')))?.reason).toBe('spamdetected');
    expect((await first(notice('lee@dest.example', 'Message refused by anti-spam')))?.reason).toBe('spamdetected');
  });
});
