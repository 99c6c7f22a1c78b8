// Round 7: layouts of MTAs first met in mta-templates-r7 (messages written here in each family's
// format, not the labelled-set files): XMail's plain-text notice, nullmailer-dsn's one diagnostic for
// every recipient, ZoneMTA's generic status beside the remote reply.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

// XMail (QueueUtils.cpp QueUtBuildErrorResponse): numbered sections, no delivery-status part.
const xmail = (rcpt: string, reason: string): string => [
  'Date:   Mon, 7 Dec 2026 09:50:11 +0000', 'From: mx.sender.example PostMaster <postmaster@mx.sender.example>',
  'To: writer@sender.example', 'Subject: Error sending message [17966.mx.sender.example] from [mx.sender.example]',
  'X-MailerServer: XMail 1.27', '',
  `[<00>] XMail bounce: Rcpt=[${rcpt}];Error=[${reason}]`, '', '',
  '[<01>] Error sending message [17966.mx.sender.example] from [mx.sender.example].', '',
  'ID:        <S1A2B3C>', 'Mail From: <writer@sender.example>', `Rcpt To:   <${rcpt}>`, '', '',
  '[<02>] The reason of the delivery failure was:', '', reason, '', '',
  '[<05>] Here is listed the initial part of the message:', '',
  'From: writer@sender.example', `To: ${rcpt}`, 'Cc: third@other.example', 'Subject: hello', '',
].join('\r\n');

describe('XMail plain-text notice', () => {
  it('the recipient is the Rcpt one, never the sender or the returned Cc', async () => {
    const a = await analyze(xmail('lee@dest.example', '550 5.1.1 <lee@dest.example>: Recipient address rejected: User unknown in local recipient table'));
    expect(a.findings.map((f) => [f.recipient, f.status, f.replyCode, f.reason])).toEqual([['lee@dest.example', '5.1.1', 550, 'userunknown']]);
  });

  it('the retry count running out is the queue giving up (expired), final', async () => {
    const [f] = (await analyze(xmail('lee@dest.example', 'The maximum number of delivery attempts has been reached'))).findings;
    expect([f?.recipient, f?.reason, f?.action]).toEqual(['lee@dest.example', 'expired', 'failed']);
  });
});

// nullmailer-dsn: one --diagnostic-code for every recipient, so it may name another recipient.
const nullmailer = [
  'From: Message Delivery Subsystem <MAILER-DAEMON@relay.sender.example>', 'To: <app@sender.example>',
  'Subject: Returned mail: Could not send message', 'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"', '', '--b1',
  'Content-Type: text/plain; charset=us-ascii', '',
  'This is the nullmailer delivery system.  The message attached below',
  'could not be delivered to one or more of the intended recipients:', '', '\t<ann@dest.example>', '\t<bob@dest.example>', '',
  '--b1', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: x-local-hostname; relay.sender.example', '',
  ...['ann', 'bob'].flatMap((u) => [`Final-Recipient: rfc822; ${u}@dest.example`, 'Action: failed', 'Status: 5.2.2',
    'Diagnostic-Code: smtp; 552 5.2.2 <ann@dest.example>: Mailbox full, quota exceeded', '']),
  '--b1', 'Content-Type: message/rfc822', '', 'From: app@sender.example', 'To: ann@dest.example, bob@dest.example', '', 'hi', '--b1--', '',
].join('\n');

describe('nullmailer-dsn: one diagnostic repeated for every recipient', () => {
  it('one finding per recipient, each with its own status', async () => {
    const a = await analyze(nullmailer);
    expect(a.findings.map((f) => [f.recipient, f.status, f.replyCode, f.reason])).toEqual([
      ['ann@dest.example', '5.2.2', 552, 'mailboxfull'], ['bob@dest.example', '5.2.2', 552, 'mailboxfull'],
    ]);
  });
});

// ZoneMTA's email-bounce plugin: Status 5.0.0 / 4.0.0 always, the remote reply in Diagnostic-Code.
const zonemta = (delayed: boolean, reply: string): string => [
  'From: Mail Delivery Subsystem <mailer-daemon@mta.sender.example>', 'To: news@sender.example',
  'X-Failed-Recipients: kim@dest.example', 'Auto-Submitted: auto-replied',
  `Subject: Delivery Status Notification (${delayed ? 'Delay' : 'Failure'})`, 'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="z1"', '', '--z1', 'Content-Type: text/plain', '',
  delayed ? 'There was a temporary problem delivering your message to kim@dest.example.\n\nDelivery will be retried.'
    : 'Delivery to the following recipient failed permanently:\n    kim@dest.example',
  '', reply, '', '--z1', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mta.sender.example', '',
  'Final-Recipient: rfc822; kim@dest.example', `Action: ${delayed ? 'delayed' : 'failed'}`, `Status: ${delayed ? '4.0.0' : '5.0.0'}`,
  `Diagnostic-Code: smtp; ${reply}`, '', '--z1--', '',
].join('\n');

describe('ZoneMTA: the remote reply\'s specific status beats the generic x.0.0 of the same class', () => {
  it('failure', async () => {
    const [f] = (await analyze(zonemta(false, '552 5.2.2 The email account that you tried to reach is over quota.'))).findings;
    expect([f?.recipient, f?.status, f?.replyCode, f?.reason, f?.temporary]).toEqual(['kim@dest.example', '5.2.2', 552, 'mailboxfull', false]);
  });
  it('delay', async () => {
    const [f] = (await analyze(zonemta(true, '451 4.7.1 Greylisted, please try again in 300 seconds'))).findings;
    expect([f?.recipient, f?.status, f?.replyCode, f?.action, f?.temporary]).toEqual(['kim@dest.example', '4.7.1', 451, 'delayed', true]);
  });
});

// ZMailer's report: indented "FAILED:" blocks, the RFC 3464 fields with a comment after the status.
const zmailer = (status: string, diagnostic: string): string => [
  'To:\tlist-owner@lists.sender.example', 'From:\tThe Post Office <postmaster@lists.sender.example>',
  'Subject: Delivery reports about your email [FAILED(1)]', 'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="zm"', 'Original-Recipient: rfc822;postoffice', '',
  '--zm', 'Content-Type: text/plain', '', 'This is a collection of reports about email delivery',
  'process concerning a message you originated.', '', 'FAILED:', '  Original Recipient:', '      rfc822;pat@dest.example',
  '  Final Recipient:', '      RFC822;pat@dest.example', '  Status:', `      ${status}`, '  Diagnostic Code:', `      smtp; ${diagnostic}`, '',
  '--zm', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; lists.sender.example', '',
  'Original-Recipient: rfc822;pat@dest.example', 'Final-Recipient: RFC822;pat@dest.example', 'Action: failed',
  `Status: ${status}`, `Diagnostic-Code: smtp; ${diagnostic}`, '', '--zm--', '',
].join('\n');

describe('words over a status that names something else', () => {
  it('5.1.1 with words about 8-bit content is about the content', async () => {
    const [f] = (await analyze(zmailer('5.1.1 (bad destination mailbox)', '550 (Error: improper use of 8-bit data in message body)'))).findings;
    expect([f?.recipient, f?.status, f?.replyCode, f?.reason, f?.hard]).toEqual(['pat@dest.example', '5.1.1', 550, 'contenterror', false]);
  });
  it('a "blackhole site" refusal under 5.7.1 is a block list', async () => {
    const [f] = (await analyze(zmailer('5.7.1', '550 (<pat@dest.example>... Mail from 198.51.100.7 refused by blackhole site rbl.example.org)'))).findings;
    expect([f?.recipient, f?.status, f?.reason]).toEqual(['pat@dest.example', '5.7.1', 'blocked']);
  });
  it('5.1.1 with plain user-unknown words stays user unknown', async () => {
    const [f] = (await analyze(zmailer('5.1.1 (bad destination mailbox)', '550 (<pat@dest.example>... User unknown)'))).findings;
    expect([f?.recipient, f?.reason, f?.hard]).toEqual(['pat@dest.example', 'userunknown', true]);
  });
});

// Openwave/Critical Path InterMail: plain text, the address alone in angle brackets, a help line
// that names the postmaster.
const intermail = (body: string): string => [
  'From: Mail Administrator <Postmaster@isp.example>', 'To: someone@isp.example', 'Subject: Mail System Error - Returned Mail',
  'MIME-Version: 1.0', 'Content-Type: text/plain; charset=us-ascii', '',
  'This Message was undeliverable due to the following reason:', '', body, '',
  'Please reply to Postmaster@isp.example', 'if you feel this message to be in error.', '',
].join('\n');

describe('InterMail "Mail System Error - Returned Mail"', () => {
  it('its own unknown-address verdict is a user unknown, not a filter\'s', async () => {
    const a = await analyze(intermail('The following destination addresses were unknown (please check\nthe addresses and re-mail the message):\n\n<kay@isp.example>'));
    expect(a.findings.map((f) => [f.recipient, f.reason, f.hard])).toEqual([['kay@isp.example', 'userunknown', true]]);
  });
  it('a destination computer that was not found is a host unknown', async () => {
    const a = await analyze(intermail('Your message was not delivered because the destination computer was\nnot found.\n\n     Host nowhere.example not found\n\nThe following recipients did not receive this message:\n\n     <lou@nowhere.example>'));
    expect(a.findings.map((f) => [f.recipient, f.reason, f.hard])).toEqual([['lou@nowhere.example', 'hostunknown', true]]);
  });
});

describe('early ISP gateways name the address with their own verdict', () => {
  const plain = (from: string, subject: string, body: string): string =>
    [`From: ${from}`, 'To: owner@lists.sender.example', `Subject: ${subject}`, 'Content-Type: text/plain', '', body, ''].join('\n');
  it('CompuServe: "Invalid receiver address: <addr>"', async () => {
    const a = await analyze(plain('postmaster@gateway.example', 'Undeliverable Message',
      'Your message could not be delivered due to the following:\n\nInvalid receiver address: ann@gateway.example\n'));
    expect(a.findings.map((f) => [f.recipient, f.reason, f.hard])).toEqual([['ann@gateway.example', 'userunknown', true]]);
  });
  it('Soft-Switch LMS: "Recipient\'s Mailbox unavailable"', async () => {
    const a = await analyze(plain('postmaster@lms.example', 'Delivery Report (failure) for bo@lms.example',
      'This report relates to your message: hello\n\nYour message was not delivered to   bo@lms.example\n        for the following reason:\n        Recipient\'s Mailbox unavailable\n'));
    expect(a.findings.map((f) => [f.recipient, f.reason])).toEqual([['bo@lms.example', 'userunknown']]);
  });
});

// python-slimta's default bounce: the delivery-status part has no recipient field, the text lists the
// envelope's recipients as "- address" under "Delivery failed for:", then one reply for all of them.
const slimta = (recipients: string[], reply: string): string => [
  'From: MAILER-DAEMON', 'To: app@sender.example', 'Subject: Undelivered Mail Returned to Sender', 'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="s1"', '', '--s1', 'Content-Type: text/plain', '',
  'Delivery failed for:', ...recipients.map((r) => `- ${r}`), '', 'Destination host responded:', reply, '',
  '--s1', 'Content-Type: message/delivery-status', '', 'Remote-MTA: dns; unknown [unknown]', `Diagnostic-Code: smtp; ${reply}`, '',
  '--s1', 'Content-Type: text/rfc822-headers', '', 'From: app@sender.example', `To: ${recipients.join(', ')}`, 'Cc: cc@other.example', '', '--s1--', '',
].join('\r\n');

describe('a delivery-status part that names no recipient', () => {
  it('the text\'s list says who failed, and the one reply below it is about each of them', async () => {
    const a = await analyze(slimta(['ann@dest.example', 'bob@dest.example'], '552 5.3.4 Message size exceeds fixed maximum message size'));
    expect(a.findings.map((f) => [f.recipient, f.status, f.replyCode, f.reason])).toEqual([
      ['ann@dest.example', '5.3.4', 552, 'mesgtoobig'], ['bob@dest.example', '5.3.4', 552, 'mesgtoobig'],
    ]);
  });
  it('never a recipient from the returned headers', async () => {
    const a = await analyze(slimta(['ann@dest.example'], '550 5.1.1 Recipient address rejected: User unknown'));
    expect(a.findings.map((f) => f.recipient)).toEqual(['ann@dest.example']);
  });
});

describe('a record that gave up keeps its own verdict', () => {
  const dsn = (status: string, diagnostic: string): string => [
    'From: MAILER-DAEMON@mx.sender.example', 'To: a@sender.example', 'Subject: Delivery Status Notification (Failure)', 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"', '', '--b', 'Content-Type: text/plain', '',
    'Message expired: the destination could not be reached.', '', '--b', 'Content-Type: message/delivery-status', '',
    'Reporting-MTA: dns; mx.sender.example', '', 'Final-Recipient: rfc822; kim@dest.example', 'Action: failed', `Status: ${status}`,
    `Diagnostic-Code: smtp; ${diagnostic}`, '', '--b--', '',
  ].join('\n');
  it('Status 5.4.7 over the last attempt\'s 421 4.4.2', async () => {
    const [f] = (await analyze(dsn('5.4.7', '421 4.4.2 Connection timed out'))).findings;
    expect([f?.recipient, f?.status, f?.replyCode, f?.reason, f?.temporary]).toEqual(['kim@dest.example', '5.4.7', 421, 'expired', false]);
  });
  it('a generic field of the same class still yields to the reply\'s own status', async () => {
    const [f] = (await analyze(dsn('5.0.0', '550 5.1.1 <kim@dest.example>: Recipient address rejected: User unknown'))).findings;
    expect([f?.status, f?.reason]).toEqual(['5.1.1', 'userunknown']);
  });
});

describe('InterScan Messaging Security Suite', () => {
  const notice = (reason: string): string => [
    'From: postmaster@gw.dest.example', 'To: <a@sender.example>', 'Subject: Mail could not be delivered', 'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="------------InterScan_NT_MIME_Boundary"', '', '--------------InterScan_NT_MIME_Boundary',
    'Content-type: text/plain', '', '****** Message from InterScan Messaging Security Suite ******', '',
    'The following mail could not be delivered.', `Reason:  ${reason}`, '', '************************     End of message     **********************',
    '', '--------------InterScan_NT_MIME_Boundary', 'Content-type: message/rfc822', '', 'From: a@sender.example', 'To: kim@dest.example', '', 'hi',
    '--------------InterScan_NT_MIME_Boundary--', '',
  ].join('\n');
  it('"Unable to deliver message to <x>" is its verdict on the address', async () => {
    const a = await analyze(notice('Unable to deliver message to <kim@dest.example> (and other recipients in the same domain).'));
    expect(a.findings.map((f) => [f.recipient, f.reason, f.hard])).toEqual([['kim@dest.example', 'userunknown', true]]);
  });
});

describe('a sentence that names the sender before the recipient', () => {
  it('"Your message from a@x to b@y could not be delivered": b@y failed, a@x never', async () => {
    const a = await analyze(['From: MAILER-DAEMON@mx.sender.example', 'To: ann@sender.example', 'Subject: Undeliverable', '',
      'Your message from ann@sender.example to kim@dest.example could not be delivered.', 'Reason: 550 5.1.1 User unknown', ''].join('\n'));
    expect(a.findings.map((f) => [f.recipient, f.status])).toEqual([['kim@dest.example', '5.1.1']]);
  });
  it('help text after the failed address names nobody else', async () => {
    const a = await analyze(['From: MAILER-DAEMON@mx.sender.example', 'To: ann@sender.example', 'Subject: Undeliverable', '',
      'Mail could not be delivered to kim@dest.example. Please contact postmaster@dest.example or write to help@sender.example for assistance.', ''].join('\n'));
    expect(a.findings.map((f) => f.recipient)).toEqual(['kim@dest.example']);
  });
  it('"MAIL FROM:<a@x>" alone still names no recipient', async () => {
    const a = await analyze(['From: MAILER-DAEMON@mx.sender.example', 'To: ann@sender.example', 'Subject: Undeliverable', '',
      'Delivery failed for the message with MAIL FROM:<ann@sender.example>', 'Recipient: kim@dest.example', '550 5.1.1 unknown', ''].join('\n'));
    expect(a.findings.map((f) => f.recipient)).toEqual(['kim@dest.example']);
  });
});
