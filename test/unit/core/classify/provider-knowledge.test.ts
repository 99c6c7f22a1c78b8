// Provider and MTA knowledge written as data: Gmail's "(state N)" session stages, au/EZweb's header
// and summary lines, Postfix's refused greeting, Sendmail's queue-lifetime statement, "(BL)" tags.
// Inputs are written for these tests in each system's documented format (not copies of the corpus).
import { describe, expect, it } from 'vitest';
import { analyze, analyzeText } from '../../../../src/core/index.ts';

const gmailBounce = (reply: string): string => [
  'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'To: someone@gmail.com',
  'Subject: Delivery Status Notification (Failure)', '',
  'Delivery to the following recipient failed permanently:', '', '     user@example.net', '',
  'Technical details of permanent failure:',
  'Google tried to deliver your message, but it was rejected by the recipient domain. The error that',
  `the other server returned was: ${reply}`, '', '----- Original message -----', '', 'Subject: hi', '', 'hi', '',
].join('\n');

describe('Gmail session states', () => {
  it.each([
    ['554 554 5.7.0 Message refused (state 18).', 'filtered'],
    ['550 550 Unknown user someone@example.net (state 17).', 'filtered'],
    ['500 Remote server does not support TLS (state 6).', 'failedstarttls'],
    ['550 550 Service unavailable (state 13).', 'blocked'],
  ])('%s → %s', async (reply, reason) => {
    expect((await analyze(gmailBounce(reply))).findings[0]?.reason).toBe(reason);
  });

  it('yields to a status code that names a cause', async () => {
    expect((await analyze(gmailBounce('450 450 4.2.2 <user@example.net>... Mailbox Full (state 14).'))).findings[0]?.reason).toBe('mailboxfull');
  });

  it('knows a rendered Gmail bounce (no headers) by Gmail\'s own words', () => {
    const rendered = gmailBounce('554 554 5.7.0 Message refused (state 18).').split('\n\n').slice(1).join('\n\n');
    expect(analyzeText(rendered).findings[0]?.reason).toBe('filtered');
  });

  it('is Gmail\'s only: the same words from another sender are not a state', async () => {
    const other = gmailBounce('554 554 5.7.0 Message refused (state 18).').replace('googlemail.com', 'example.org').replace('Google tried', 'We tried');
    expect((await analyze(other)).findings[0]?.reason).not.toBe('filtered');
  });
});

const ezwebBounce = (headers: string[], body: string[]): string => [
  'From: <Postmaster@ezweb.ne.jp>', 'To: <sender@example.jp>', 'Subject: Mail System Error - Returned Mail', ...headers, '',
  ...body, '', '---------------------------------------------------', 'Subject: test', '',
].join('\n');

describe('au/EZweb', () => {
  it('reads "X-SPASIGN: NG" as the recipient\'s receiving filter', async () => {
    const a = await analyze(ezwebBounce(['X-SPASIGN: NG'], ['<user@ezweb.ne.jp>', 'Each of the following recipients was rejected by a remote mail server.']));
    expect(a.findings[0]).toMatchObject({ reason: 'filtered', bucket: 'recipient' });
    const without = await analyze(ezwebBounce([], ['<user@ezweb.ne.jp>', 'Each of the following recipients was rejected by a remote mail server.']));
    expect(without.findings[0]?.reason).not.toBe('filtered');
  });

  it('takes its summary line on the account over a generic reply', async () => {
    const a = await analyze(ezwebBounce([], ['The user(s) account is disabled.', '', '<user@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)']));
    expect(a.findings[0]?.reason).toBe('suspend');
  });
});

describe('MTA statements', () => {
  it('reads Postfix\'s "refused to talk to me" as a refusal of the sending host', async () => {
    const a = await analyze([
      'From: MAILER-DAEMON@mail.example.org (Mail Delivery System)', 'Subject: Undelivered Mail Returned to Sender', '',
      'This is the mail system at host mail.example.org.', '',
      '<user@example.net>: host mx.example.net[192.0.2.1] refused to', '    talk to me: 550 5.5.0 Service refused, please try later.', '',
    ].join('\n'));
    expect(a.findings[0]).toMatchObject({ reason: 'blocked', command: 'CONNECT' });
  });

  it('takes Sendmail\'s queue-lifetime statement over the last attempt\'s error', async () => {
    const a = await analyze([
      'From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.org>', 'Subject: Returned mail: see transcript for details', '',
      '   ----- The following addresses had permanent fatal errors -----', '<user@example.net>', '',
      '   ----- Transcript of session follows -----', 'user@example.net... Deferred: Connection refused by mx.example.net.',
      'Message could not be delivered for 5 days', 'Message will be deleted from queue', '',
    ].join('\n'));
    expect(a.findings[0]?.reason).toBe('expired');
  });

  it('takes IMail\'s "Unknown user: address" as said, with no command stated', async () => {
    const bounce = (line: string): string => [
      'From: postmaster@mail.example.org', 'Subject: Undeliverable Mail', '', line, '', '', 'Original message follows.', '', 'Subject: hi', '',
    ].join('\n');
    expect((await analyze(bounce('Unknown user: user@example.net'))).findings[0]?.reason).toBe('userunknown');
  });

  it('reads a reply tagged "(BL)" as a block-list refusal', async () => {
    const a = await analyze([
      'From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.org>', 'Subject: Returned mail: see transcript for details', '',
      '   ----- The following addresses had permanent fatal errors -----', '<user@example.net>',
      '    (reason: 554 IP=192.0.2.9 - A problem occurred. (BL))', '',
    ].join('\n'));
    expect(a.findings[0]?.reason).toBe('blocked');
  });
});
