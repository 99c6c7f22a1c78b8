// MTA families absent from the fixture corpus, each in a message written here in that family's
// layout (not a fixture): the cause its own wording names, read as Sisimai 5 files it.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const mail = (headers: string, body: string): string => `${headers.trim()}\nMIME-Version: 1.0\n\n${body.replace(/^\n/, '')}`;

const openSmtpd = (subject: string, intro: string, line: string): string =>
  mail(
    `From: Mailer Daemon <MAILER-DAEMON@relay.example.net>\nTo: alice@example.net\nSubject: ${subject}\nDate: Mon, 7 Dec 2026 05:00:00 +0000`,
    `
    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this email.

    ${intro}

${line}

    Below is a copy of the original message:

From: alice@example.net
To: bob@example.org
Subject: lunch

see you
`,
  );

const FAILED = 'An error has occurred while attempting to deliver a message for\n    the following list of recipients:';

async function only(raw: string) {
  const a = await analyze(raw);
  expect(a.findings).toHaveLength(1);
  return { kind: a.kind, ...a.findings[0] };
}

describe('OpenSMTPD failure strings', () => {
  it('"Envelope expired": the queue lifetime ran out', async () => {
    const f = await only(openSmtpd('Delivery status notification: error', FAILED, 'bob@example.org: Envelope expired'));
    expect(f).toMatchObject({ recipient: 'bob@example.org', reason: 'expired' });
  });

  it('"No MX found for domain" in a delay notice: a domain that takes no mail, still being retried', async () => {
    const f = await only(
      openSmtpd(
        'Delivery status notification: delayed',
        'A message is delayed for more than 4 hours for the following\n    list of recipients:',
        'carol@nomx.example.com: No MX found for domain\n\n    Please note that this is only a temporary failure report.\n    The message is kept in the queue for up to 4 days.',
      ),
    );
    expect(f).toMatchObject({ recipient: 'carol@nomx.example.com', reason: 'notaccept', action: 'delayed', hard: false });
  });

  it('"Invalid domain name" and "Loop detected" name a cause in its notice, not in anybody else\'s report', async () => {
    const f = await only(openSmtpd('Delivery status notification: error', FAILED, 'dave@gone..example.com: Invalid domain name'));
    expect(f.reason).toBe('hostunknown');
    expect((await only(openSmtpd('Delivery status notification: error', FAILED, 'dave@example.com: Loop detected'))).reason).toBe('networkerror');
    for (const words of ['invalid domain name', 'loop detected']) {
      const other = await only(
        mail('From: MAILER-DAEMON@mx.example.net\nTo: alice@example.net\nSubject: Undelivered Mail', `\nDelivery to the following recipient failed:\n\n  dave@example.com: ${words}\n`),
      );
      expect(other.reason).toBe('onhold');
    }
  });

  it('a route it could not use is a network error', async () => {
    const f = await only(openSmtpd('Delivery status notification: error', FAILED, 'erin@example.org: Network error on destination MXs'));
    expect(f.reason).toBe('networkerror');
  });
});

describe("Verizon's SMS gateway", () => {
  const vtext = (to: string): string =>
    mail(
      'From: post_master@vtext.com\nTo: alice@example.net\nSubject: Undeliverable Message',
      `
Error: Invalid user address

Error message below:
550 - Requested action not taken: no such user here

Message details:
  Subject: hi
  Sent date: Mon Dec 07 05:00:00 GMT 2026
  MAIL FROM: alice@example.net
  RCPT TO: ${to}
  Size (in bytes): 120
`,
    );

  it('"no such user here" about a vtext.com number: the number has no subscriber', async () => {
    const f = await only(vtext('5551230000@vtext.com'));
    expect(f).toMatchObject({ recipient: '5551230000@vtext.com', reason: 'userunknown', hard: true });
  });

  it('the same layout about another gateway stays a filter\'s refusal (no stage shown)', async () => {
    const f = await only(vtext('5551230000@sms.example.com'));
    expect(f.reason).toBe('filtered');
  });
});

describe("Facebook's response codes", () => {
  const facebook = (code: string, words: string): string =>
    mail(
      'From: Facebook <mailer-daemon@mx.facebook.com>\nTo: alice@example.net\nSubject: Sorry, your message could not be delivered\nContent-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      `
--b1
Content-Type: text/plain

This message was created automatically by Facebook.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out.facebook.com

Final-Recipient: rfc822; frank@facebook.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 ${code} http://postmaster.facebook.com/response_codes#${code.slice(0, 3).toLowerCase()} ${words}

--b1--
`,
    );

  it('RCP-P2 (the recipient\'s preferences) is a filter, whatever the 5.1.1 beside it', async () => {
    expect(await only(facebook('RCP-P2', 'Refused due to recipient preferences'))).toMatchObject({ reason: 'filtered', hard: false });
  });

  it('RCP-P1 is an address that does not exist', async () => {
    expect(await only(facebook('RCP-P1', 'No such user'))).toMatchObject({ reason: 'userunknown', hard: true });
  });

  it('the same letters outside a Facebook reply name nothing', async () => {
    const raw = facebook('RCP-P2', 'Refused').replace(/postmaster\.facebook\.com/g, 'help.example.com').replace('mx.facebook.com', 'mx.example.com');
    expect((await only(raw)).reason).toBe('userunknown');
  });
});

describe('Postfix, Yahoo, Courier, 1&1 and Messaging Server wordings', () => {
  it('a sender domain listed in Spamhaus, refused at MAIL FROM under 5.1.0, is a block', async () => {
    const raw = mail(
      'From: MAILER-DAEMON@mail.example.net (Mail Delivery System)\nTo: alice@example.net\nSubject: Undelivered Mail Returned to Sender',
      `
This is the mail system at host mail.example.net.

<gina@example.org>: host mx.example.org[192.0.2.7] said: 550 5.1.0
    Sender domain example.net is listed in Spamhaus DBL (in reply to MAIL FROM command)
`,
    );
    expect(await only(raw)).toMatchObject({ reason: 'blocked', status: '5.1.0', command: 'MAIL', hard: false });
  });

  it('Yahoo names the refused command in brackets: "User Unknown [RCPT_TO]" is the address', async () => {
    const raw = mail(
      'From: MAILER-DAEMON@yahoo.com\nTo: alice@example.net\nSubject: Failure Notice',
      `
Sorry, we were unable to deliver your message to the following address.

<henry@example.org>:
Remote host said:
550 5.2.1 <henry@example.org>... User Unknown
[RCPT_TO]

--- Below this line is a copy of the message.
`,
    );
    expect(await only(raw)).toMatchObject({ recipient: 'henry@example.org', command: 'RCPT', reason: 'userunknown', hard: true });
  });

  it('Courier: "DNS lookup failed." is a network error', async () => {
    const raw = mail(
      'From: Courier mail server at mx.example.net <@>\nTo: alice@example.net\nSubject: WARNING: delayed mail.',
      `
This is a delivery status notification from mx.example.net,
running the Courier mail server, version 1.1.

<ivan@unresolved.example.com>:
    DNS lookup failed.
`,
    );
    expect((await only(raw)).reason).toBe('networkerror');
  });

  it('1&1: "Mail size limit exceeded" is a message too big', async () => {
    const raw = mail(
      '"Mail Delivery System" <mailer-daemon@mout.example.net>\nFrom: "Mail Delivery System" <mailer-daemon@mout.example.net>\nTo: alice@example.net\nSubject: Mail delivery failed: returning message to sender',
      `
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error. The following address failed:

judy@example.org

For the following reason:

Mail size limit exceeded. For explanation visit
http://postmaster.example.net/en/error-messages
`,
    );
    expect((await only(raw)).reason).toBe('mesgtoobig');
  });

  it('Messaging Server\'s "522 5.2.0 … Over quota" keeps its reply code', async () => {
    const raw = mail(
      'From: Internet Mail Delivery <postmaster@mx.example.net>\nTo: alice@example.net\nSubject: Delivery Notification: Delivery has failed',
      `
This report relates to a message you sent with the following header fields:

  Subject: lunch

Your message cannot be delivered to the following recipients:

  Recipient address: kim@example.net
  Reason: LMTP transmission failure has occurred
  Diagnostic code: smtp;522 5.2.0 Delivery failed: Over quota
`,
    );
    expect(await only(raw)).toMatchObject({ recipient: 'kim@example.net', replyCode: 522, status: '5.2.0', reason: 'mailboxfull' });
  });

  it('m-FILTER names the command under its marker: "No such user" at RCPT is the address, at DATA a filter', async () => {
    const mfilter = (command: string): string =>
      mail(
        'From: Mail Administrator <postmaster@gw.example.jp>\nTo: alice@example.jp\nSubject: failure notice\nX-Mailer: m-FILTER',
        `
このメールは「m-FILTER」が自動的に生成して送信しています。

以下のメールアドレスへの送信に失敗しました。
lee@example.org


-------server message
550 lee@example.org... No such user

-------SMTP command
${command}

-------original mail info
From: alice@example.jp
`,
      );
    expect(await only(mfilter('RCPT'))).toMatchObject({ recipient: 'lee@example.org', command: 'RCPT', reason: 'userunknown' });
    expect(await only(mfilter('DATA'))).toMatchObject({ command: 'DATA', reason: 'filtered' });
  });

  it('Postfix: a routing status yields to words that name the cause ("loops back to myself" is its configuration)', async () => {
    const raw = mail(
      'From: MAILER-DAEMON@mail.example.net (Mail Delivery System)\nTo: alice@example.net\nSubject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; report-type=delivery-status; boundary="p1"',
      `
--p1
Content-Type: text/plain

This is the mail system at host mail.example.net.

<olga@example.net>: mail for example.net loops back to myself

--p1
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.net

Final-Recipient: rfc822; olga@example.net
Action: failed
Status: 5.4.6

--p1--
`,
    );
    expect(await only(raw)).toMatchObject({ recipient: 'olga@example.net', status: '5.4.6', reason: 'systemerror' });
  });

  it('an expiry whose last attempt says the mailbox is full is about the full mailbox', async () => {
    const raw = mail(
      'From: MAILER-DAEMON@mail.example.net (Mail Delivery System)\nTo: alice@example.net\nSubject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; report-type=delivery-status; boundary="p2"',
      `
--p2
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.net

Final-Recipient: rfc822; pat@example.org
Action: failed
Status: 4.4.7
Diagnostic-Code: smtp; Mailbox full, retry timeout exceeded

--p2--
`,
    );
    expect(await only(raw)).toMatchObject({ recipient: 'pat@example.org', reason: 'mailboxfull', hard: false });
  });

  it('1&1 calls the message text "TEXT": a refusal "for TEXT command" came after DATA', async () => {
    const raw = mail(
      'From: "Mail Delivery System" <mailer-daemon@mout.example.net>\nTo: alice@example.de\nSubject: Mail delivery failed: returning message to sender',
      `
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error. The following address failed:

rita@example.fr:
SMTP error from remote server for TEXT command, host: smtp-in.example.fr (192.0.2.22) reason: 550 Unknown user
`,
    );
    expect(await only(raw)).toMatchObject({ recipient: 'rita@example.fr', command: 'DATA', reason: 'filtered' });
  });
});
