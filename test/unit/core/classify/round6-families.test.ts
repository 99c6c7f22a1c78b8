// Round 6 rules, each for a family of layouts (messages written here in each family's format, not the
// labelled-set files): a Sieve reject's MDN, Apache James's DNS wordings, an expiry an MTA reports
// with a 5xx reply before its 4.x.x status.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const sieveReject = (reason: string, autoSubmitted = 'auto-replied (rejected)'): string => [
  'From: Mail Delivery Subsystem <postmaster@example.net>', 'To: <someone@example.com>',
  'Subject: Automatically rejected mail', `Auto-Submitted: ${autoSubmitted}`, 'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=disposition-notification; boundary="R"', '',
  '--R', 'Content-Type: text/plain; charset=utf-8', '',
  'Your message to <pat@example.net> was automatically rejected:', reason,
  '--R', 'Content-Type: message/disposition-notification', '',
  'Reporting-UA: mx.example.net; Dovecot Mail Delivery Agent', 'Final-Recipient: rfc822; pat@example.net',
  'Disposition: automatic-action/MDN-sent-automatically; deleted', '',
  '--R', 'Content-Type: message/rfc822', '', 'From: someone@example.com', 'To: pat@example.net', 'Subject: hi', '', '--R--', '',
].join('\n');

describe('a Sieve reject is the recipient\'s filter, whatever reason its owner wrote', () => {
  it.each([
    'This address no longer accepts mail from outside the company.',
    'Mailbox full, go away.',
    'I do not know you.',
  ])('%s → filtered, for the address the MDN names', async (reason) => {
    const a = await analyze(sieveReject(reason));
    expect(a.kind).toBe('bounce');
    expect(a.findings.map((f) => [f.recipient, f.reason])).toEqual([['pat@example.net', 'filtered']]);
  });

  it('without the (rejected) mark the words decide as before', async () => {
    const [f] = (await analyze(sieveReject('This address no longer accepts mail from outside the company.', 'auto-replied'))).findings;
    expect(f?.reason).not.toBe('filtered');
  });
});

const james = (error: string, status: string): string => [
  'From: postmaster@example.com', 'To: admin@example.com', 'Subject: Re:test', 'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="J"', '',
  '--J', 'Content-Type: text/plain', '',
  'Hi. This is the James mail server at mail.example.com.',
  'I\'m afraid I wasn\'t able to deliver your message to the following addresses.',
  'This is a permanent error; I\'ve given up. Sorry it didn\'t work out.', '',
  'Failed recipient(s):', 'kai@dest.example', '', 'Error message:', error, '',
  '--J', 'Content-Type: message/delivery-status', '',
  'Reporting-MTA: dns; mail.example.com', '',
  'Final-Recipient: rfc822; kai@dest.example', 'Action: failed', `Status: ${status}`, `Diagnostic-Code: X-James; ${error}`, '',
  '--J--', '',
].join('\n');

describe('Apache James names the MX lookup\'s outcome', () => {
  it.each([
    ['There are no DNS entries for the hostname dest.example.  I cannot determine where to send this message.', 'hostunknown'],
    ['I found no MX record entries for the hostname dest.example.  I cannot determine where to send this message.', 'hostunknown'],
    ['Temporary problem looking up mail server for host: dest.example.  I cannot determine where to send this message.', 'networkerror'],
  ])('%s → %s; the error text James writes into Status is no status', async (error, reason) => {
    const a = await analyze(james(error, error));
    expect(a.findings.map((f) => [f.recipient, f.reason, f.status, f.action])).toEqual([['kai@dest.example', reason, null, 'failed']]);
  });
});

const exchangeText = (line: string): string => [
  'From: Microsoft Outlook <postmaster@contoso.example>', 'To: <ann@contoso.example>', 'Subject: Undeliverable: plan',
  'Content-Language: en-US', 'Content-Type: text/plain; charset=utf-8', '',
  'Delivery has failed to these recipients or groups:', '', 'bo@fabrikam.example', 'The message could not be delivered in time.', '',
  'Diagnostic information for administrators:', '', 'Generating server: EX01.contoso.example', '',
  'bo@fabrikam.example', line, '', 'Original message headers:', '', 'From: ann@contoso.example', 'To: bo@fabrikam.example', '',
].join('\n');

describe('an expiry reported with a 5xx reply before its 4.x.x status is final', () => {
  it('550 4.4.7 QUEUE.Expired → failed (not a delay), expired', async () => {
    const a = await analyze(exchangeText('#550 4.4.7 QUEUE.Expired; message expired ##'));
    expect(a.kind).toBe('bounce');
    expect(a.findings.map((f) => [f.recipient, f.action, f.status, f.replyCode, f.reason])).toEqual([['bo@fabrikam.example', 'failed', '4.4.7', 550, 'expired']]);
  });

  it('a 4xx reply with the same status is still a delay', async () => {
    const a = await analyze(exchangeText('#451 4.4.7 QUEUE.Expired; message expired ##'));
    expect(a.findings.map((f) => f.action)).toEqual(['delayed']);
  });
});

const mdaemon = (transcript: string[]): string => [
  'From: "MDaemon at mx.example.com" <MDaemon@mx.example.com>', 'To: sender@example.org', 'Subject: Permanent Delivery Failure',
  'X-MDaemon-Deliver-To: sender@example.org', 'X-MDDSN-Message: Yes', 'Content-Type: text/plain', '',
  'The attached message had PERMANENT fatal delivery errors.', '',
  'YOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS', '', '--- Session Transcript ---',
  ' Mon 2026-12-07 10:00:00: *  From: sender@example.org', ' Mon 2026-12-07 10:00:00: *  To: lou@away.example',
  ...transcript.map((l) => ` Mon 2026-12-07 10:00:01: ${l}`), '--- End Transcript ---', '',
].join('\n');

describe('MDaemon\'s notices', () => {
  it('its resolver line "domain name unknown" → hostunknown, for the transcript\'s To (never its From or the Deliver-To header)', async () => {
    const a = await analyze(mdaemon(['Resolving A record for [away.example] (DNS Server: 192.0.2.53)...', '*  Name server reports domain name unknown']));
    expect(a.findings.map((f) => [f.recipient, f.reason, f.hard])).toEqual([['lou@away.example', 'hostunknown', true]]);
  });

  it('"<address> - no such user here." is MDaemon\'s own verdict on the mailbox', async () => {
    const text = ['From: "MDaemon at mail.example.at" <MDaemon@example.at>', 'To: sender@example.org',
      'Subject: Warning: lou@example.at - User unknown!', 'Content-Type: text/plain', '', 'lou@example.at - no such user here.', ''].join('\n');
    const a = await analyze(text);
    expect(a.findings.map((f) => [f.recipient, f.reason])).toEqual([['lou@example.at', 'userunknown']]);
  });
});

describe('a refusal of the kind of file attached is the organisation\'s policy', () => {
  it.each(['554 5.7.1 Message rejected: attachment type not allowed', '550 5.7.1 Blocked attachment type (.exe)', '552 Prohibited attachment'])('%s', async (reply) => {
    const a = await analyze(mdaemon(['--> DATA', `<-- ${reply}`]));
    expect(a.findings.map((f) => f.reason)).toEqual(['policyviolation']);
  });
});

const masqmail = (subject: string, intro: string[], error: string[]): string => [
  'From: MAILER-DAEMON@mail.example.com', 'To: <me@example.com>', `Subject: ${subject}`, 'Content-Type: text/plain', '',
  'This message was sent to you by the mailer daemon (masqmail 0.3.6)', 'at mail.example.com.', '',
  ...intro, '', '\t<kit@example.net>', '', 'This error message may give you a hint about what caused the', 'delay:', '',
  ...error, '', 'If you need help, write to <postmaster@mail.example.com>.', '',
].join('\n');

describe('a warning in MasqMail\'s words is a delay, whatever its subject', () => {
  it.each([
    ['Warning: could not yet send message', ['Sorry, but your mail could not yet be delivered to all recipients.', 'Delivery to the following recipients has been defered:']],
    ['Delivery notice', ['Delivery to the following recipients has been deferred:']],
    ['Delivery notice', ['Sorry, but your mail could not be delivered to all recipients.', 'Delivery to the following recipients failed:', 'Delivery will be tried again, until it is either successful or a', 'timeout has been reached.']],
  ])('%s', async (subject, intro) => {
    const a = await analyze(masqmail(subject, intro, ['while connected with mx.example.net, the server replied', '\t451 4.7.1 try again later']));
    expect(a.kind).toBe('delay');
    expect(a.findings.map((f) => [f.recipient, f.action])).toEqual([['kit@example.net', 'delayed']]);
  });

  it('"could not open connection to <host>:25" is the network between the servers', async () => {
    const a = await analyze(masqmail('Mail Delivery Failure Notice', ['Delivery to the following recipients failed permanently and has been given', 'up:'],
      ['could not open connection to mx.example.net:25 :', '\tConnection refused']));
    expect(a.findings.map((f) => [f.recipient, f.action, f.reason])).toEqual([['kit@example.net', 'failed', 'networkerror']]);
  });
});

describe('a mailing list\'s own notices are not reports', () => {
  const notice = (body: string, extra: string[] = []): string => [
    'From: club-bounces@lists.example.org', 'To: sam@example.net', 'Subject: Your Club membership has been disabled',
    'X-Mailman-Version: 2.1.39', 'List-Id: <club.lists.example.org>', 'X-List-Administrivia: yes', ...extra, '', body, '',
  ].join('\n');

  it('a membership disabled for excessive bounces, from the list\'s -bounces address, is left alone', async () => {
    const a = await analyze(notice('Your membership in the mailing list Club has been disabled due\nto excessive bounces.'));
    expect(a.kind).toBe('not-bounce');
    expect(a.findings.filter((f) => f.recipient)).toEqual([]);
  });

  it('a delivery report the list relays with the same mark is still read', async () => {
    const report = notice([
      '--B', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.net', '',
      'Final-Recipient: rfc822; kim@example.net', 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 550 5.1.1 user unknown', '', '--B--',
    ].join('\n'), ['MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="B"']);
    const a = await analyze(report);
    expect(a.findings.map((f) => [f.recipient, f.reason])).toEqual([['kim@example.net', 'userunknown']]);
  });
});

describe('legacy layouts that name the failed address their own way', () => {
  const plain = (body: string): string => ['From: postmaster@mail.example.org', 'To: sender@example.com', 'Subject: Undeliverable mail', '', body, '',
    'Original message:', 'From: sender@example.com', 'To: other@example.org', 'Subject: hi', ''].join('\n');

  it.each([
    ['x@mx.example.fr; Action: Failed; Status: 5.1.1 (invalid recipient address)', 'x@mx.example.fr'],
    ['<x@mx.example.fr>; action: failed; Status: 5.2.2 (mailbox full)', 'x@mx.example.fr'],
    ['User unknown on this system ----> y@vm.example.org', 'y@vm.example.org'],
  ])('%s → %s (never the returned original\'s To)', async (line, rcpt) => {
    const a = await analyze(plain(`Your message could not be delivered:\n\n${line}`));
    expect(a.findings.map((f) => f.recipient)).toEqual([rcpt]);
  });

  it('GroupWise\'s "User not on post office" is an unknown user', async () => {
    const a = await analyze(plain('The message that you sent was undeliverable to the following:\n\tz@gw.example.org (User not on post office)'));
    expect(a.findings.map((f) => [f.recipient, f.reason])).toEqual([['z@gw.example.org', 'userunknown']]);
  });
});
