// Round 6b rules, each for a family of layouts (messages written here in each family's format, not the
// labelled-set files): Microsoft 365's NDR without a delivery-status part, Exchange relaying a remote
// server's reply after an arrow, Dovecot's own quota rejection MDN, a 5xx reply that carries x.4.1.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

// Microsoft 365's readable NDR as some relays pass it on: no delivery-status part, the admins'
// summary code first, the remote server's reply in "Error Details" below "Original Message Details".
const m365 = (error: string, recipientLine = true): string => [
  'From: <postmaster@tenant.onmicrosoft.com>', 'To: <news@sender.example>', 'Subject: Undeliverable: Monthly news',
  'Auto-Submitted: auto-replied', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset="us-ascii"', '',
  'Your message to lee@dest.example couldn\'t be delivered.',
  'Security or policy settings at dest.example have rejected your message.', '',
  'How to Fix It', 'The recipient\'s server might suspect that your message is spam. Check the Reported error below.', '',
  'More Info for Email Admins', 'Status code: 550 5.7.1', '',
  'This error occurs when the recipient\'s domain has security or policy settings that reject the sender\'s message.', '',
  'Original Message Details', 'Created Date:   3/4/2026 9:15:36 AM', 'Sender Address: news@sender.example',
  ...(recipientLine ? ['Recipient Address:      lee@dest.example'] : []), 'Subject:        Monthly news', '',
  'Error Details', `Error:  ${error}`, 'Message rejected by:    mx1.dest.example', '',
  'Notification Details', 'Sent by:        AB1PR01MB0001.eurprd01.prod.outlook.com', '',
  'Original Message Headers', '', 'From: news@sender.example', 'To: lee@dest.example', 'Subject: Monthly news', '',
].join('\n');

describe('Microsoft 365: the "Error Details" line is the remote server\'s reply, not the admins\' summary', () => {
  it.each([true, false])('reply and status from the Error line (Recipient Address line: %s)', async (recipientLine) => {
    const a = await analyze(m365('554 5.7.1 Message rejected due to local policy. Please see the receiving site\'s help page.', recipientLine));
    expect(a.findings.map((f) => [f.recipient, f.status, f.replyCode])).toEqual([['lee@dest.example', '5.7.1', 554]]);
    expect(a.findings[0]?.diagnostic).toMatch(/^554 5\.7\.1 Message rejected due to local policy/);
    // The help text's "spam" is Microsoft's guess, not the server's words.
    expect(a.findings[0]?.reason).not.toBe('spamdetected');
  });

  it('the remote server\'s words decide the reason', async () => {
    const [f] = (await analyze(m365('552 5.2.2 Mailbox full: the recipient\'s storage quota is used up', false))).findings;
    expect([f?.recipient, f?.status, f?.replyCode, f?.reason]).toEqual(['lee@dest.example', '5.2.2', 552, 'mailboxfull']);
  });

  it('"Original Message Details" names no recipient of its own: the sender there is never one', async () => {
    const a = await analyze(m365('550 5.1.1 User unknown'));
    expect(a.findings.map((f) => f.recipient)).toEqual(['lee@dest.example']);
  });

  it('the report ends after "Error Details": an original that follows unmarked names nobody', async () => {
    const unmarked = m365('550 5.1.1 User unknown').replace('Original Message Headers\n\n', '')
      .replace('To: lee@dest.example', 'To: other@list.example, lee@dest.example\nCc: cc@list.example\n\nplease write to: someone@else.example');
    const a = await analyze(unmarked);
    expect(a.findings.map((f) => [f.recipient, f.status, f.replyCode])).toEqual([['lee@dest.example', '5.1.1', 550]]);
  });
});

const exchangeRelay = (diagnostic: string, remote = 'mx.dest.example'): string => [
  'From: postmaster@tenant.onmicrosoft.com', 'To: sender@sender.example', 'Subject: Undeliverable: hello',
  'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="X"', '',
  '--X', 'Content-Type: text/plain', '', 'Delivery has failed to these recipients or groups:', '', 'sam@dest.example', '',
  '--X', 'Content-Type: message/delivery-status', '',
  'Reporting-MTA: dns;AB1PR01MB0001.eurprd01.prod.outlook.com', '',
  'Final-Recipient: rfc822;sam@dest.example', 'Action: failed', `Status: ${diagnostic.split(' ')[1]}`,
  `Diagnostic-Code: smtp;${diagnostic}`, `Remote-MTA: dns;${remote}`, '',
  '--X--', '',
].join('\n');

describe('Exchange\'s "Remote server returned … -> <reply>": the remote\'s own reply is read first', () => {
  it.each([
    // au/KDDI's filter answers "User unknown" without the address; a missing mailbox with it.
    ['550 5.1.351 Remote server returned unknown recipient or mailbox unavailable -> 550 : User unknown', 'msmx.au.com', 'filtered'],
    ['550 5.1.351 Remote server returned unknown recipient or mailbox unavailable -> 550 <sam@dest.example>: User unknown', 'msmx.au.com', 'userunknown'],
    // Exchange's summary names an unknown recipient; the remote server said the mailbox is full.
    ['550 5.1.351 Remote server returned unknown recipient or mailbox unavailable -> 552 5.2.2 Mailbox full', 'mx.dest.example', 'mailboxfull'],
  ])('%s (%s) → %s', async (diagnostic, remote, reason) => {
    const a = await analyze(exchangeRelay(diagnostic, remote));
    expect(a.findings.map((f) => [f.recipient, f.status, f.replyCode, f.reason])).toEqual([['sam@dest.example', '5.1.351', 550, reason]]);
  });

  it('without an arrow Exchange\'s own words stand', async () => {
    const [f] = (await analyze(exchangeRelay('550 5.1.351 Remote server returned unknown recipient or mailbox unavailable'))).findings;
    expect(f?.reason).toBe('userunknown');
  });
});

const dovecotMdn = (reason: string): string => [
  'From: Mail Delivery Subsystem <postmaster@mail.example.net>', 'To: <alerts@sender.example>',
  'Subject: Automatically rejected mail', 'Auto-Submitted: auto-replied (rejected)', 'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=disposition-notification; boundary="D"', '',
  '--D', 'Content-Type: text/plain; charset=utf-8', '',
  'Your message to <robin@example.net> was automatically rejected:', reason,
  '--D', 'Content-Type: message/disposition-notification', '',
  'Reporting-UA: mail.example.net; Dovecot Mail Delivery Agent', 'Final-Recipient: rfc822; robin@example.net',
  'Disposition: automatic-action/MDN-sent-automatically; deleted', '',
  '--D--', '',
].join('\n');

describe('Dovecot\'s own quota refusal comes as the same rejection MDN as a Sieve reject', () => {
  it.each(['Quota exceeded', 'Quota exceeded (mailbox for user is full)'])('%s → mailboxfull, not the filter', async (reason) => {
    const a = await analyze(dovecotMdn(reason));
    expect(a.findings.map((f) => [f.recipient, f.reason, f.hard])).toEqual([['robin@example.net', 'mailboxfull', false]]);
  });

  it('an owner\'s Sieve reason stays the filter\'s', async () => {
    const [f] = (await analyze(dovecotMdn('Please do not write to this address any more.'))).findings;
    expect(f?.reason).toBe('filtered');
  });
});

const serverMessage = (reply: string): string => [
  'From: MAILER-DAEMON@relay.example.org', 'To: sender@example.org', 'Subject: Undelivered mail returned to sender', '',
  'This message was created automatically by the mail relay.', 'Delivery to the following address failed:',
  'kim@dest.example', '', '-------server message', reply, '', '-------SMTP command', 'RCPT', '',
].join('\n');

describe('a 5xx reply carrying x.4.1 ("no answer from host") came from a server that answered', () => {
  it.each([
    ['550 5.4.1 All recipient addresses rejected : Access denied', 'rejected'],
    ['550 5.4.1 Recipient address rejected: Access denied', 'userunknown'],
  ])('%s → %s, not expired', async (reply, reason) => {
    const [f] = (await analyze(serverMessage(reply))).findings;
    expect([f?.recipient, f?.status, f?.reason]).toEqual(['kim@dest.example', '5.4.1', reason]);
  });

  it('an MTA\'s own 4.4.1 without a refusal stays a connection that was never answered', async () => {
    const [f] = (await analyze(serverMessage('4.4.1 Connection timed out (no answer from host)'))).findings;
    expect(f?.reason).not.toBe('rejected');
    expect(['expired', 'networkerror']).toContain(f?.reason);
  });
});

// qmail's "failure notice" layout (as MessageLabs and other qmail-based relays send it).
const qmailNotice = (said: string, how = 'does not like recipient.'): string => [
  'From: MAILER-DAEMON@relay.example.com', 'To: sender@example.org', 'Subject: failure notice', '',
  'Hi. This is the qmail-send program at relay.example.com.',
  'I\'m afraid I wasn\'t able to deliver your message to the following addresses.',
  'This is a permanent error; I\'ve given up. Sorry it didn\'t work out.', '',
  '<ash@dest.example>:', `192.0.2.7 ${how}`, `Remote host said: ${said}`, '',
  '--- Below this line is a copy of the message.', '', 'From: sender@example.org', 'To: ash@dest.example', '',
].join('\n');

describe('RFC 5321\'s canned 550 text at RCPT is the address refused, not a suspended account', () => {
  it('"550 Mailbox unavailable or access denied" in reply to RCPT → userunknown, hard', async () => {
    const [f] = (await analyze(qmailNotice('550 Mailbox unavailable or access denied - <ash@dest.example>'))).findings;
    expect([f?.recipient, f?.replyCode, f?.command, f?.reason, f?.hard]).toEqual(['ash@dest.example', 550, 'RCPT', 'userunknown', true]);
  });

  it('words that name a suspended account still say so', async () => {
    const [f] = (await analyze(qmailNotice('550 Mailbox disabled for this recipient'))).findings;
    expect(f?.reason).toBe('suspend');
  });

  it('after DATA the same words are not read as the address', async () => {
    const [f] = (await analyze(qmailNotice('550 Mailbox unavailable or access denied', 'failed after I sent the message.'))).findings;
    expect(f?.reason).not.toBe('userunknown');
  });
});

describe('AOL\'s plain notice that its members refuse the sender', () => {
  const aol = [
    'From: Mail Delivery Subsystem <MAILER-DAEMON@aol.com>', 'To: <alerts@sender.example>', 'Subject: Mail Delivery Problem', '',
    'Your mail to the following recipients could not be delivered because they are not accepting mail from alerts@sender.example:', '',
    '\tsomemember', '',
  ].join('\n');

  it('is a refusal of the sender; the screen name alone is no address to report', async () => {
    const a = await analyze(aol);
    expect(a.kind).toBe('bounce');
    expect(a.findings.map((f) => [f.recipient, f.reason])).toEqual([[null, 'rejected']]);
  });
});
