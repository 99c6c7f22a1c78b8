// Round 2 of the engine: report structures that the first round misread. Each case is a small
// hand-written message in the format the MTA writes (no corpus file), so a rule keyed on one
// fixture's wording cannot pass them.
import { describe, expect, it } from 'vitest';
import { analyze, analyzeText } from '../../../src/core/index.ts';
import { mboxMessageStarts } from '../../../src/core/parse/mbox.ts';
import { findRecipientBlocks } from '../../../src/core/parse/recipient-blocks.ts';
import { blankReplyContinuations } from '../../../src/core/text/reply-continuations.ts';

const dsn = (recipient: string, status: string, diagnostic: string, from = 'MAILER-DAEMON@mx.example.net'): string =>
  [
    `From: ${from}`, 'To: sender@example.org', 'Subject: Undelivered Mail Returned to Sender', 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', '',
    '--B', 'Content-Type: text/plain', '', 'Your message could not be delivered.', '',
    '--B', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.net', '',
    `Final-Recipient: rfc822; ${recipient}`, 'Action: failed', `Status: ${status}`, `Diagnostic-Code: smtp; ${diagnostic}`, '',
    '--B', 'Content-Type: text/rfc822-headers', '', 'From: sender@example.org', 'Subject: hello', '', '--B--', '',
  ].join('\n');

describe('Sendmail transcripts without DSN fields (v5)', () => {
  const transcript = [
    '   ----- Transcript of session follows -----',
    'While talking to mx.example.edu:',
    '>>> DATA',
    '<<< 550 Insecure Mail Relay',
    '554 <a@example.edu>... Remote protocol error',
    '550 example.org (smtp)... 550 Host unknown',
    '554 <b@example.org>... 550 Host unknown (Authoritative answer from name server)',
    'While talking to mail.example.jp:',
    '>>> QUIT',
    '<<< 421 Connection reset by peer',
    '   ----- Unsent message follows -----',
  ].join('\n');

  it('gives each verdict line the transcript lines before it, not after it', () => {
    const blocks = findRecipientBlocks(transcript, 0, transcript.length);
    const texts = blocks.map((b) => transcript.slice(b.textStart, b.textEnd));
    expect(blocks.map((b) => b.recipient)).toEqual(['a@example.edu', 'b@example.org']);
    expect(texts[0]).toContain('Insecure Mail Relay');
    expect(texts[1]).toContain('550 example.org (smtp)');
    expect(texts[1]).not.toContain('Connection reset');
  });

  it('reads each recipient from its own host\'s conversation', async () => {
    const message = `From: Mail Delivery Subsystem <MAILER-DAEMON@example.jp>\nSubject: Returned mail: Host unknown\n\n${transcript}\n`;
    const a = await analyze(message);
    expect(a.findings.map((f) => [f.recipient, f.reason, f.replyCode])).toEqual([
      ['a@example.edu', 'norelaying', 550],
      ['b@example.org', 'hostunknown', 550],
    ]);
  });
});

describe('messages that hold more than one report', () => {
  it('finds the messages of an mbox by their "From " separators', () => {
    const one = dsn('a@example.com', '5.1.1', '550 5.1.1 User unknown');
    const two = dsn('b@example.com', '5.2.2', '552 5.2.2 Mailbox full');
    const mbox = `From MAILER-DAEMON  Thu Apr 29 23:34:45 2021\n${one}\nFrom MAILER-DAEMON  Thu Apr 29 23:34:46 2021\n${two}`;
    expect(mboxMessageStarts(mbox)).toHaveLength(2);
    // "From " in a sentence of the body is not a separator.
    expect(mboxMessageStarts(`${one}\nFrom what I can tell it failed.\nThanks\n`)).toEqual([0]);
  });

  it('reports every message of an mbox, in order, with evidence at input offsets', async () => {
    const one = dsn('a@example.com', '5.1.1', '550 5.1.1 User unknown');
    const two = dsn('b@example.com', '5.2.2', '552 5.2.2 Mailbox full');
    const mbox = `From MAILER-DAEMON  Thu Apr 29 23:34:45 2021\n${one}\nFrom MAILER-DAEMON  Thu Apr 29 23:34:46 2021\n${two}`;
    const a = await analyze(mbox);
    expect(a.findings.map((f) => [f.recipient, f.reason])).toEqual([['a@example.com', 'userunknown'], ['b@example.com', 'mailboxfull']]);
    const recipient = a.findings[1]?.evidence.find((e) => e.kind === 'recipient');
    expect(recipient && mbox.slice(recipient.start, recipient.end)).toContain('b@example.com');
  });

  it('reads the real report when a gateway forwards it as the attached original', async () => {
    const inner = dsn('c@example.com', '5.1.1', '550 5.1.1 User unknown');
    const outer = [
      'From: postmaster@gateway.example.jp', 'Subject: Returned mail', 'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="OUTER"', '',
      '--OUTER', 'Content-Type: text/plain', '', '----- The following addresses had permanent delivery errors -----', '',
      '--OUTER', 'Content-Type: message/rfc822', '', inner, '--OUTER--', '',
    ].join('\n');
    const a = await analyze(outer);
    expect(a.findings.map((f) => [f.recipient, f.status, f.reason])).toEqual([['c@example.com', '5.1.1', 'userunknown']]);
  });
});

describe('a report about one recipient', () => {
  it('takes the recipient and the reply from the text when the DSN record lacks them', async () => {
    const message = [
      'From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.jp>', 'Subject: Returned mail: see transcript for details',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', '',
      '--B', '', '   ----- The following addresses had permanent fatal errors -----', '<h@example.org>', '    (reason: 550 Host unknown)', '',
      '   ----- Transcript of session follows -----', '550 5.1.2 <h@example.org>... Host unknown (Name server: mx.example.org: no data known)', '',
      '--B', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.jp', '',
      'Final-Recipient: RFC822; @mx.example.org', 'Action: failed', 'Status: 5.1.2', '', '--B--', '',
    ].join('\n');
    const a = await analyze(message);
    expect(a.findings.map((f) => [f.recipient, f.status, f.replyCode, f.reason])).toEqual([['h@example.org', '5.1.2', 550, 'hostunknown']]);
  });

  it('reports the remote server\'s reply that the MTA\'s own verdict quotes, and classifies by the verdict', async () => {
    const a = await analyze(dsn('i@example.com', '4.4.7', '554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>'));
    expect(a.findings.map((f) => [f.status, f.replyCode, f.reason])).toEqual([['4.4.2', 421, 'expired']]);
  });
});

describe('the readable part and the original', () => {
  it('does not take a heading of the readable part ("Original Message Details") for the original', async () => {
    const message = dsn('d@example.com', '5.1.10', '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', 'postmaster@outlook.com')
      .replace('Your message could not be delivered.', 'Your message could not be delivered.\n\nOriginal Message Details\nCreated Date: 4/29/2021');
    const a = await analyze(message);
    expect(a.findings.map((f) => [f.recipient, f.status])).toEqual([['d@example.com', '5.1.10']]);
  });
});

describe('multi-line replies quoted line by line', () => {
  it('joins the lines of one reply, keeping offsets', () => {
    // "192.0.2.222 13" is an address and a count, not a reply code.
    const text = '<<< 550-5.7.1 [192.0.2.222 13] Messages with multiple addresses in From:\n<<< 550 5.7.1 header are not accepted.\n554 5.0.0 Service unavailable\n';
    const joined = blankReplyContinuations(text, 0, text.length);
    expect(joined).toHaveLength(text.length);
    expect(joined.replace(/\s+/g, ' ')).toContain('in From: header are not accepted.');
    // A reply of its own keeps its code.
    expect(joined).toContain('554 5.0.0 Service unavailable');
  });

  it('leaves text without multi-line replies as it is', () => {
    const text = '550 5.1.1 <a@example.com>: Recipient address rejected: User unknown';
    expect(blankReplyContinuations(text, 0, text.length)).toBe(text);
  });
});

describe('what is not a failure', () => {
  it('reports a warning that the MTA keeps trying as delayed', async () => {
    const message = [
      'From: Mail Delivery Subsystem <mailer-daemon@example.net>', 'Subject: Delivery Status Notification (Delay)', '',
      'This is an automatically generated Delivery Status Notification', '', 'THIS IS A WARNING MESSAGE ONLY.', '',
      'Delivery to the following recipient has been delayed:', '', '     e@example.com', '',
      'Message will be retried for 2 more day(s)', '',
    ].join('\n');
    const a = await analyze(message);
    expect(a.kind).toBe('delay');
    expect(a.findings.map((f) => [f.recipient, f.action])).toEqual([['e@example.com', 'delayed']]);
  });

  it('reads a one-click unsubscribe request as the recipient\'s feedback', async () => {
    const a = await analyze('From: someone@example.com\nTo: list@example.org\nSubject: unsubscribe\nAuto-Submitted: auto-replied\n\nPlease unsubscribe me.\n');
    expect(a.kind).toBe('feedback');
    expect(a.findings.map((f) => f.reason)).toEqual(['feedback']);
  });

  it('still reads a person\'s auto-reply as a vacation notice', async () => {
    const a = await analyze('From: anna@example.com\nTo: tom@example.org\nSubject: Out of office\nAuto-Submitted: auto-replied\n\nI am away until Monday.\n');
    expect(a.kind).toBe('auto-reply');
  });

  it('reads a mail system\'s bounce marked auto-replied as a bounce', async () => {
    const a = await analyze([
      'From: Mail Delivery System <mailer-daemon@example.com>', 'Subject: Mail failure - malformed recipient address',
      'Auto-Submitted: auto-replied', '',
      'A message that you sent contained one or more recipient addresses that were incorrectly constructed:', '',
      '  f@example.com <g@example.net>: malformed address: <g@example.net> may not follow f@example.com', '',
    ].join('\n'));
    expect(a.kind).toBe('bounce');
    expect(a.findings[0]).toMatchObject({ recipient: 'f@example.com', reason: 'syntaxerror' });
  });
});

describe('texts the tables lacked', () => {
  it('reads a server that cannot encrypt as a STARTTLS failure', () => {
    expect(analyzeText('500 Remote server does not support TLS (state 6).').findings[0]?.reason).toBe('failedstarttls');
  });
});

describe('per-recipient records of a delivery-status report', () => {
  const report = (records: string, human: string): string => `From: Mail Delivery System <mailer-daemon@mx.example.net>
To: someone@example.com
Subject: Returned mail
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain

${human}
--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

${records}
--b--
`;

  it('a "Status:" sentence of the human part does not split a recipient\'s record in two', async () => {
    const a = await analyze(report(`Final-Recipient: rfc822; ann@example.org
Action: failed
Status: 5.4.7 (delivery time expired)
Diagnostic-Code: smtp; 551 5.4.7 Next delivery time would exceed the expiry time`, 'The message was addressed to ann@example.org.\nStatus: 551 5.4.7 Next delivery time would exceed the expiry time'));
    expect(a.findings.map((f) => [f.recipient, f.status, f.replyCode])).toEqual([['ann@example.org', '5.4.7', 551]]);
  });

  it('recipients whose servers said different things each keep their own cause', async () => {
    const a = await analyze(report(`Final-Recipient: rfc822; bob@example.org
Action: failed
Status: 5.0.0
Diagnostic-Code: smtp; something went wrong

Final-Recipient: rfc822; eve@example.org
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Our system has detected that this message is likely unsolicited mail`, 'Delivery failed:\n- bob@example.org: something went wrong\n- eve@example.org: 550 5.7.1 Our system has detected that this message is likely unsolicited mail'));
    const reason = new Map(a.findings.map((f) => [f.recipient, f.reason]));
    expect(reason.get('eve@example.org')).toBe('spamdetected');
    expect(reason.get('bob@example.org')).not.toBe('spamdetected');
  });
});

describe('auto-replies relayed by the mail system', () => {
  const message = (subject: string, extra: string, body: string): string =>
    `From: MAILER-DAEMON@relay.example.net\nTo: bounces@example.com\nSubject: ${subject}\nAuto-Submitted: auto-replied\n${extra}\n${body}\n`;

  it('a person\'s out-of-office passed on as MAILER-DAEMON (Amazon SES does) is an auto-reply, not a bounce', async () => {
    expect((await analyze(message('Out of Office Re: Your weekly report', 'X-Autoreply: yes\n', 'I am away until Monday.'))).kind).toBe('auto-reply');
    expect((await analyze(message('Automatic reply: invoice 42', '', 'Thanks, I will answer when I am back.'))).kind).toBe('auto-reply');
  });

  it('the mail system\'s own failure notice, also marked auto-replied, stays a bounce', async () => {
    const a = await analyze(message('Mail delivery failed: returning message to sender', 'X-Failed-Recipients: ann@example.org\n', 'This message was created automatically by mail delivery software.\n\n  ann@example.org\n    Unrouteable address'));
    expect(a.kind).toBe('bounce');
    expect(a.findings[0]?.recipient).toBe('ann@example.org');
  });
});

describe('Lotus Domino in its language versions', () => {
  it.each([
    ['X-Notes; User anna (anna@example.org) not listed in Domino Directory'],
    ['X-Notes; Benutzer anna (anna@example.org) nicht im Domino-Verzeichnis aufgeführt'],
  ])('"not in the directory" is an unknown user: %s', async (diagnostic) => {
    const a = await analyze(dsn('anna@example.org', '5.0.0', diagnostic));
    expect(a.findings.map((f) => f.reason)).toEqual(['userunknown']);
  });
});

describe('a permanent status the code table lacks', () => {
  it('takes the meaning of its subject and detail (5.4.7 is delivery time expired, as 4.4.7)', async () => {
    const a = await analyze(dsn('ann@example.org', '5.4.7', '551 5.4.7 Next delivery time would be past the message lifetime configured here'));
    expect(a.findings.map((f) => f.reason)).toEqual(['expired']);
  });
});
