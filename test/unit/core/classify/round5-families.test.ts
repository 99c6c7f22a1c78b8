// Round 5 rules, each for a family of wordings (messages written here in each family's format, not
// the fixture files): a bare "address rejected" beside a destination-address status, Comcast's
// numbered refusals, a sending server's "could not connect" wording.
import { describe, expect, it } from 'vitest';
import { analyze, analyzeText } from '../../../../src/core/index.ts';

const dsn = (diag: string, status: string): string => [
  'From: MAILER-DAEMON@mx.example.net', 'To: sender@example.com', 'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', '',
  '--B', 'Content-Type: text/plain', '', 'Your message could not be delivered.', '',
  '--B', 'Content-Type: message/delivery-status', '',
  'Reporting-MTA: dns; mx.example.net', '',
  'Final-Recipient: rfc822; pat@example.org', 'Action: failed', `Status: ${status}`, `Diagnostic-Code: smtp; ${diag}`, '',
  '--B--', '',
].join('\n');

describe('a refusal that names no sender, beside a status about the destination address', () => {
  it.each([
    ['550 5.1.1 Address rejected pat@example.org', '5.1.1'],
    ['550 5.1.1 <pat@example.org>: address rejected', '5.1.1'],
    ['550 5.1.2 address rejected (no such domain here)', '5.1.2'],
  ])('%s → the address (status %s)', async (diag, status) => {
    const [f] = (await analyze(dsn(diag, status))).findings;
    expect(f?.reason).toBe(status === '5.1.2' ? 'hostunknown' : 'userunknown');
    expect(f?.hard).toBe(true);
  });

  it('stays the sender\'s refusal when the words say sender or MAIL FROM', async () => {
    for (const diag of ['553 5.1.1 Sender address rejected: not owned by user', '550 5.1.1 address rejected after MAIL FROM']) {
      expect((await analyze(dsn(diag, '5.1.1'))).findings[0]?.reason).toBe('rejected');
    }
  });
});

describe('Comcast numbers its refusals', () => {
  it.each([
    ['554 imta01.example.comcast.net comcast 192.0.2.10 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000010', 'blocked'],
    ['554 resimta-ch2-01v.sys.comcast.net comcast 198.51.100.7 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001', 'blocked'],
    ['554 comcast 203.0.113.5 Not allowed to send from a residential IP, see http://postmaster.comcast.net/smtp-error-codes.php#ES000001', 'blocked'],
    ['550 5.7.1 comcast Fails DMARC, see http://postmaster.comcast.net/smtp-error-codes.php#DM000001', 'authfailure'],
  ])('%s → %s', (reply, reason) => {
    expect(analyzeText(reply).findings[0]?.reason).toBe(reason);
  });

  it('does not read the numbers without Comcast\'s name', () => {
    expect(analyzeText('554 rejected: see policy BL000010 for spam').findings[0]?.reason).not.toBe('blocked');
  });
});

describe('a sending server that never reached the receiving one', () => {
  it.each([
    ['hMailServer', 'erin@shop.example\n   Error Type: SMTP\n   Connection to recipients server failed.\n   Error: Unable to connect to the remote server.'],
    ['a relay', 'erin@shop.example: could not connect to mx.shop.example: connection timed out'],
    ['an application mailer', 'Delivery to erin@shop.example failed: failed to connect to mx.shop.example port 25'],
  ])('%s → networkerror', async (_, body) => {
    const bounce = ['From: mailer-daemon@mail.example.com', 'To: alice@example.com', 'Subject: Message undeliverable: hello', '',
      'Your message did not reach some or all of the intended recipients.', '', 'The following recipient(s) could not be reached:', '', body, ''].join('\n');
    const a = await analyze(bounce);
    expect(a.findings.map((f) => [f.recipient, f.reason])).toEqual([['erin@shop.example', 'networkerror']]);
  });
});

describe('a report that gave up, with a temporary code', () => {
  const report = (action: string, status: string): string => [
    'From: MAILER-DAEMON@mx.example.net', 'To: sender@example.com', 'Subject: Delivery Status Notification',
    'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', '',
    '--B', 'Content-Type: text/plain', '', 'Delivery to the following recipient has stopped.', '',
    '--B', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.net', '',
    'Final-Recipient: rfc822; pat@example.org', `Action: ${action}`, `Status: ${status}`,
    'Diagnostic-Code: smtp; 451 4.4.1 connection timed out', '', '--B--', '',
  ].join('\n');

  it('is final when its own Action says failed (RFC 3464: the last error before it gave up)', async () => {
    const [f] = (await analyze(report('failed', '4.4.1'))).findings;
    expect(f).toMatchObject({ action: 'failed', status: '4.4.1', temporary: false });
  });

  it('is still trying when its Action says delayed', async () => {
    const [f] = (await analyze(report('delayed', '4.4.1'))).findings;
    expect(f).toMatchObject({ action: 'delayed', temporary: true });
  });

  it('keeps a pasted reply\'s own class when no Action is stated', () => {
    expect(analyzeText('451 4.4.1 connection timed out').findings[0]?.temporary).toBe(true);
  });
});

describe('a mail-system status beside words about the local delivery agent', () => {
  it.each([
    ['554 5.3.0 <pat@example.org>: Recipient address rejected: Mailer error', 'mailererror'],
    ['554 5.3.0 unknown mailer error 255', 'mailererror'],
    ['550 5.3.0 command died with status 1: "/usr/bin/procmail"', 'mailererror'],
  ])('%s → %s (the agent failed: the words say why)', (reply, reason) => {
    expect(analyzeText(reply).findings[0]?.reason).toBe(reason);
  });

  it('stays a system error when the words only name the agent', async () => {
    const bounce = [
      'From: MAILER-DAEMON@mx.example.net', 'To: sender@example.com', 'Subject: Returned mail',
      'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', '',
      '--B', 'Content-Type: text/plain', '', 'The original message could not be delivered.', '',
      '--B', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.net', '',
      'Final-Recipient: rfc822; pat@example.org', 'Action: failed', 'Status: 5.3.0', 'Diagnostic-Code: X-Unix; 77', '', '--B--', '',
    ].join('\n');
    expect((await analyze(bounce)).findings[0]?.reason).toBe('systemerror');
  });
});

describe('a session transcript with timestamps and arrows (MDaemon\'s "--- Session Transcript ---")', () => {
  const bounce = [
    'From: MDaemon@mail.example.com', 'To: alice@example.com', 'Subject: Permanent Delivery Failure', 'Content-Type: text/plain', '',
    'The attached message had PERMANENT fatal delivery errors!', '',
    'After one or more unsuccessful delivery attempts the attached message has', 'been removed from the mail queue on this server.', '',
    'The following recipients were affected:', '', '     bob@example.net', '',
    '--- Session Transcript ---',
    ' Mon 2026-12-07 08:59:58: *  From: alice@example.com',
    ' Mon 2026-12-07 08:59:58: *  To: bob@example.net',
    ' Mon 2026-12-07 08:59:58: *  Message-ID: <20261207.abc@example.com>',
    ' Mon 2026-12-07 08:59:59: --> MAIL From:<alice@example.com>',
    ' Mon 2026-12-07 08:59:59: <-- 250 2.1.0 Ok',
    ' Mon 2026-12-07 08:59:59: --> RCPT To:<bob@example.net>',
    ' Mon 2026-12-07 08:59:59: <-- 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown',
    '--- End Transcript ---', '',
  ].join('\n');

  it('names only the failed recipient: not the sender, not the message\'s identifier', async () => {
    const a = await analyze(bounce);
    expect(a.findings.map((f) => f.recipient)).toEqual(['bob@example.net']);
  });

  it('takes the error\'s codes, not those of the steps that went well', async () => {
    const [f] = (await analyze(bounce)).findings;
    expect(f).toMatchObject({ status: '5.1.1', replyCode: 550, reason: 'userunknown', hard: true });
  });

});

describe('mail that talks about bounces without being one', () => {
  it('leaves a newsletter alone whose subject and text are about undeliverable mail', async () => {
    const digest = [
      'From: News <news@example.com>', 'To: alice@example.com', 'Subject: This week: why delivery failed and how to fix undeliverable mail',
      'List-Unsubscribe: <mailto:news-unsubscribe@example.com>', 'Content-Type: text/plain', '',
      'A "550 5.1.1" means the address does not exist, a "552 5.2.2" that the mailbox is full.',
      'Questions? Write to support@example.com.', '',
    ].join('\n');
    const a = await analyze(digest);
    expect(a.kind).toBe('not-bounce');
    expect(a.findings).toEqual([]);
  });

  it('still reads a mail system\'s report that came through a list', async () => {
    const relayed = [
      'From: Internet Mail Delivery <postmaster@example.edu>', 'To: list-admin@lists.example.org', 'Subject: Delivery Notification: Delivery has failed',
      'List-Id: <list.lists.example.org>', 'Content-Type: text/plain', '',
      'Your message cannot be delivered to the following recipients:', '', '  Recipient address: pat@example.edu', '  Reason: recipient reached disk quota', '',
    ].join('\n');
    const a = await analyze(relayed);
    expect(a.findings.map((f) => [f.recipient, f.reason])).toEqual([['pat@example.edu', 'mailboxfull']]);
  });
});

describe('a resolver that says the name does not exist', () => {
  it.each([
    ['550 5.1.2 lookup nowhere.example on 127.0.0.53:53: no such host', 'hostunknown'],
    ['451 4.4.3 lookup nowhere.example: no such host', 'networkerror'],
  ])('%s → %s', (reply, reason) => {
    expect(analyzeText(reply).findings[0]?.reason).toBe(reason);
  });
});

describe('a status about the address against the report\'s general words', () => {
  it('keeps the status when only the boilerplate speculates about the cause', async () => {
    const bounce = [
      'From: MAILER-DAEMON@mx.example.com', 'To: alice@example.com', 'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', '',
      '--B', 'Content-Type: text/plain', '',
      'Unfortunately, your message could not be delivered to one or more', 'recipients. The usual cause of this problem is invalid',
      'recipient address or maintenance at the recipient side.', '',
      '--B', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.com', '',
      'Final-Recipient: rfc822; pat@nowhere.example', 'Action: failed', 'Status: 5.1.2', '', '--B--', '',
    ].join('\n');
    expect((await analyze(bounce)).findings.map((f) => [f.recipient, f.reason])).toEqual([['pat@nowhere.example', 'hostunknown']]);
  });
});

describe('a list of addresses with one explanation under the last', () => {
  it('gives every address of the list the explanation', async () => {
    const bounce = [
      'Subject: Returned mail', 'From: MAILER-DAEMON@gw.example.org', 'To: alice@example.com', 'Content-Type: text/plain', '',
      'Your message could not be delivered to these recipients:', '',
      '    mona@example.net', '    nick@example.net', '',
      'The remote server answered:', '', '550 5.1.1 User unknown', '',
      'For help, contact <postmaster@gw.example.org>.', '',
    ].join('\n');
    const a = await analyze(bounce);
    expect(a.findings.map((f) => [f.recipient, f.status, f.replyCode, f.reason])).toEqual([
      ['mona@example.net', '5.1.1', 550, 'userunknown'],
      ['nick@example.net', '5.1.1', 550, 'userunknown'],
    ]);
  });

  it('keeps each address\'s own explanation when each has one', async () => {
    const bounce = [
      'From: MAILER-DAEMON@mx.example.org', 'To: alice@example.com', 'Subject: Undelivered Mail Returned to Sender', 'Content-Type: text/plain', '',
      'I\'m sorry to have to inform you that your message could not', 'be delivered to one or more recipients.', '',
      '<mona@example.net>: host mx.example.net[192.0.2.1] said: 552 5.2.2 mailbox full', '',
      '<nick@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 user unknown', '',
    ].join('\n');
    const a = await analyze(bounce);
    expect(a.findings.map((f) => [f.recipient, f.status])).toEqual([['mona@example.net', '5.2.2'], ['nick@example.net', '5.1.1']]);
  });
});

describe('a delay notice in the languages Exchange and Gmail translate into', () => {
  it.each([
    ['Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.'],
    ['Ce message n\'a pas encore été distribué. Le serveur effectuera de nouvelles tentatives.'],
    ['Este mensaje aún no se ha entregado. El servidor seguirá intentando entregarlo.'],
  ])('%s → delayed', async (words) => {
    const notice = [
      'From: Microsoft Outlook <postmaster@contoso.example>', 'To: alice@contoso.example', 'Subject: Delivery delayed', 'Content-Type: text/plain; charset=utf-8', '',
      'quinn@fabrikam.example', '', words, '',
      'quinn@fabrikam.example', 'Remote Server returned \'451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped."\'', '',
    ].join('\n');
    const a = await analyze(notice);
    expect(a.kind).toBe('delay');
    expect(a.findings.map((f) => [f.recipient, f.action])).toEqual([['quinn@fabrikam.example', 'delayed']]);
  });
});

describe('a reply about a delivery failure', () => {
  it.each([
    ['[Ticket#123] Re: Delivery failure for invoices'],
    ['AW: Undeliverable: Angebot'],
    ['RE: Returned mail: see transcript for details'],
  ])('is not a report because of its subject: %s', async (subject) => {
    const mail = [
      'From: Support <support@helpdesk.example.com>', 'To: alice@example.com', `Subject: ${subject}`, 'Content-Type: text/plain', '',
      'Dear Alice,', '', 'we checked the delivery failure you reported: the server answered "550 5.1.1 User unknown".',
      'Please verify the address.', '', 'Regards, Support', '',
    ].join('\n');
    const a = await analyze(mail);
    expect(a.kind).toBe('not-bounce');
    expect(a.findings.some((f) => f.recipient)).toBe(false);
  });

  it('still reads a mail system\'s report whose own subject quotes a reply\'s', async () => {
    const report = [
      'From: Mail Delivery System <MAILER-DAEMON@mail.example.com>', 'To: alice@example.com', 'Subject: Undelivered Mail Returned to Sender',
      'Content-Type: text/plain', '', 'I\'m sorry to have to inform you that your message could not', 'be delivered to one or more recipients.', '',
      '<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 user unknown (in reply to RCPT TO command)', '',
    ].join('\n');
    expect((await analyze(report)).findings.map((f) => [f.recipient, f.reason])).toEqual([['bob@example.org', 'userunknown']]);
  });
});

describe('a Sieve reject (RFC 5429)', () => {
  it('is the recipient\'s filter refusing the message', async () => {
    const reject = [
      'From: Postmaster <postmaster@example.org>', 'To: alice@example.com', 'Subject: Automatically rejected mail',
      'Auto-Submitted: auto-replied (rejected)', 'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=disposition-notification; boundary="R"', '',
      '--R', 'Content-Type: text/plain', '', 'Your message was automatically rejected by Sieve, a mail', 'filtering language.', '',
      'The following reason was given:', 'I am not taking mail from you.', '',
      '--R', 'Content-Type: message/disposition-notification', '', 'Reporting-UA: mail.example.org; Sieve',
      'Final-Recipient: rfc822; bob@example.org', 'Disposition: automatic-action/MDN-sent-automatically; deleted', '', '--R--', '',
    ].join('\n');
    const a = await analyze(reject);
    expect(a.findings.map((f) => [f.recipient, f.reason])).toEqual([['bob@example.org', 'filtered']]);
  });
});
