// Round 11: recipients written in forms a mail system uses for itself, and messages that only look like
// reports. Properties over generated messages in those families' layouts: Sun/Oracle Messaging Server's
// internal final form of a mailbox (a "-daemon" channel host, alone or after an LMTP route) gives way to the
// report's Original-Recipient, while any other final address (a bare host name, an alias's member) stays the
// recipient; an address with "_" in its domain is read whole, never cut at the "_"; a message sent with a
// person's return path is a report only when its body shows one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';
import { extractAddress, isChannelForm } from '../../../../src/core/parse/address.ts';

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
const domain = fc.constantFrom('example.org', 'example.net', 'mail.example.edu');
const address = fc.tuple(label, label, domain).map(([a, b, d]) => `${a}.${b}@${d}`);
const channel = fc.constantFrom('ims-ms-daemon', 'lmtpcs-daemon', 'lmtpcn-daemon', 'tcp_intranet-daemon');
const RUNS = { numRuns: 50 };

// A Messaging Server failure report (its return_prefix / return_failed layout), final form and original given.
const messagingServer = (final: string, original: string, withText: boolean): string =>
  [
    'Return-path: <>',
    'From: Internet Mail Delivery <postmaster@mx.example.org>',
    'To: sender@example.com',
    'Subject: Delivery Notification: Delivery has failed',
    'MIME-version: 1.0',
    'Content-type: multipart/report; report-type=delivery-status; boundary="B1"',
    '',
    '--B1',
    'Content-type: text/plain; charset=us-ascii',
    '',
    'This report relates to a message you sent with the following header fields:',
    '',
    '  From: Sender <sender@example.com>',
    `  To: ${original}`,
    '',
    'Your message cannot be delivered to the following recipients:',
    '',
    ...(withText ? [`  Recipient address: ${final}`, `  Original address: ${original}`, '  Reason: Over quota', ''] : []),
    '--B1',
    'Content-type: message/delivery-status',
    '',
    'Reporting-MTA: dns;mx.example.org (ims-ms-daemon)',
    '',
    `Original-recipient: rfc822;${original}`,
    `Final-recipient: rfc822;${final}`,
    'Action: failed',
    'Status: 5.2.2 (Over quota)',
    '',
    '--B1--',
    '',
  ].join('\n');

describe('a mail system\'s own final form of a mailbox (round 11)', () => {
  it('reports the Original-Recipient, never the "-daemon" channel form', async () => {
    await fc.assert(
      fc.asyncProperty(label, channel, address, fc.boolean(), fc.boolean(), async (local, ch, original, route, withText) => {
        const final = route ? `@store1.example.org.lmtp:${local}@${ch}` : `${local}@${ch}`;
        const a = await analyze(messagingServer(final, original, withText));
        expect(a.kind).toBe('bounce');
        expect(a.findings.map((f) => f.recipient)).toEqual([original]);
      }),
      RUNS,
    );
  });

  it('keeps any other final address, even beside an alias it was expanded from', async () => {
    const host = fc.constantFrom('localhost', 'server', 'mailhost', 'example.com', 'daemon.example.com');
    await fc.assert(
      fc.asyncProperty(label, host, address, async (local, h, alias) => {
        const final = `${local}@${h}`;
        fc.pre(final !== alias);
        const a = await analyze(messagingServer(final, alias, false));
        expect(a.findings.map((f) => f.recipient)).toEqual([final]);
        expect(a.findings[0]?.originalRecipient).toBe(alias);
      }),
      RUNS,
    );
  });

  it('calls only a "-daemon" host with no dot a channel form', () => {
    expect(isChannelForm('jsmith@ims-ms-daemon')).toBe(true);
    expect(isChannelForm('35065@LMTPCS-DAEMON')).toBe(true);
    expect(isChannelForm('root@localhost')).toBe(false);
    expect(isChannelForm('kijitora@server')).toBe(false);
    expect(isChannelForm('user@ims-ms-daemon.example.org')).toBe(false);
  });
});

describe('addresses with "_" in the domain (round 11)', () => {
  const underscored = fc.tuple(label, label, label, fc.constantFrom('', '_')).map(([l, a, b, tail]) => `${l}@${a}_${b}.example${tail}`);

  it('are read whole from a field, a bracketed line and a Postfix report', async () => {
    await fc.assert(
      fc.asyncProperty(underscored, async (addr) => {
        expect(extractAddress(`rfc822; ${addr}`)).toBe(addr);
        expect(extractAddress(`  <${addr}> (mail.example.org: Host not found)`)).toBe(addr);
        const report = [
          'Return-Path: <>',
          'From: MAILER-DAEMON@mx.example.net (Mail Delivery System)',
          'To: someone@example.net',
          'Subject: Undelivered Mail Returned to Sender',
          '',
          'This is the mail system at host mx.example.net.',
          '',
          "I'm sorry to have to inform you that your message could not",
          'be delivered to one or more recipients.',
          '',
          `<${addr}>: Host or domain name not found. Name service error for`,
          `    name=${addr.slice(addr.indexOf('@') + 1)} type=MX: Host not found`,
          '',
        ].join('\n');
        const a = await analyze(report);
        expect(a.findings.map((f) => f.recipient)).toEqual([addr]);
      }),
      RUNS,
    );
  });
});

describe('a person\'s return path (round 11)', () => {
  const hints = fc.constantFrom(
    { from: 'Postmaster <postmaster@example.org>', subject: 'Mail server maintenance on Saturday' },
    { from: 'MAILER-DAEMON@example.org', subject: 'lorem' },
    { from: 'Anna Berg <anna@shop.example>', subject: 'Undeliverable parcel, order 40417' },
    { from: 'Support <help@example.org>', subject: 'Returned mail policy' },
  );
  const prose = fc.constantFrom('Lorem ipsum', 'Could you reply with your full street address?', 'Webmail shows a notice while we move the mailboxes.');
  const message = (returnPath: string | null, from: string, subject: string, body: string): string =>
    [...(returnPath === null ? [] : [`Return-Path: ${returnPath}`]), `From: ${from}`, 'To: recipient@example.org', `Subject: ${subject}`, 'Content-Type: text/plain', '', body, ''].join('\n');

  it('leaves a message with only header hints alone', async () => {
    await fc.assert(
      fc.asyncProperty(hints, prose, address, async (h, body, person) => {
        fc.pre(!/postmaster|mailer-daemon|bounce/i.test(person));
        const a = await analyze(message(`<${person}>`, h.from, h.subject, body));
        expect(a.kind).toBe('not-bounce');
        expect(a.findings.every((f) => f.recipient === null)).toBe(true);
      }),
      RUNS,
    );
  });

  it('still reads the hints of a message sent with an empty or a mail system\'s return path', async () => {
    for (const rp of [null, '<>', '<MAILER-DAEMON@mx.example.org>', '<list-bounces@lists.example.org>']) {
      expect((await analyze(message(rp, 'postmaster@example.org', 'undeliverable', 'undeliverable'))).kind).toBe('bounce');
    }
  });

  it('does not stop a delivery report or a body that names the failed recipient', async () => {
    const dsn = messagingServer('jdoe@example.net', 'jdoe@example.net', false).replace('Return-path: <>', 'Return-path: <sender@example.com>');
    expect((await analyze(dsn)).findings.map((f) => f.recipient)).toEqual(['jdoe@example.net']);
    const text = message('<relay@example.com>', 'Mail Delivery System <mailer-daemon@example.com>', 'Undelivered Mail Returned to Sender',
      'This is the mail system at host mx.example.com.\n\n<gone@example.net>: host mx.example.net said: 550 5.1.1 User unknown');
    expect((await analyze(text)).findings.map((f) => f.recipient)).toEqual(['gone@example.net']);
  });
});

describe('the original\'s headers quoted in the readable part (round 11)', () => {
  // 1&1 / GMX / web.de: the readable part quotes the original's header, then the delivery-status part follows.
  const report = (quotedLines: readonly string[]): string =>
    [
      'Return-Path: <>',
      'From: "Mail Delivery System" <mailer-daemon@mx.example.de>',
      'To: bounces@example.dk',
      'Subject: Mail delivery failed: returning message to sender',
      'Content-Type: multipart/report; report-type="delivery-status"; boundary="XB"',
      '',
      '--XB',
      'Content-Type: text/plain',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of',
      'its recipients. This is a permanent error.',
      '',
      'The following address failed:',
      '',
      '    gone@example.net:',
      '        no valid MX hosts found',
      '',
      '--- The header of the original message is following. ---',
      '',
      ...quotedLines,
      '',
      '--XB',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns;mx.example.de',
      '',
      'Final-Recipient: rfc822;gone@example.net',
      'Action: failed',
      'Status: 5.0.0',
      '',
      '--XB--',
      '',
    ].join('\n');
  const headerLine = fc.constantFrom('X-Spam-Flag: NO', 'X-Spam-Status: No, score=-1.0', 'Subject: Spam filter settings changed', 'Subject: Your mailbox is full', 'X-Virus-Scanned: clean');

  it('takes no cause and no recipient from them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(headerLine, { minLength: 1, maxLength: 3 }), address, async (lines, other) => {
        const plain = await analyze(report(['From: Shop <news@example.dk>', 'To: gone@example.net']));
        const a = await analyze(report(['From: Shop <news@example.dk>', `To: ${other}`, `Cc: ${other}`, ...lines]));
        expect(a.findings.map((f) => f.recipient)).toEqual(['gone@example.net']);
        expect(a.findings.map((f) => f.reason)).toEqual(plain.findings.map((f) => f.reason));
      }),
      RUNS,
    );
  });
});
