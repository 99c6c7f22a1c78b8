// The engine's contract: one finding per recipient, one-line replies and bare codes, the help
// article's buckets, the sender-side cPanel texts, evidence ranges, line endings, non-bounces and
// bad input. Real parsing throughout (postal-mime included); nothing is mocked.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeText, type Finding } from '../../../src/core/index.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const engineFixture = (name: string): Uint8Array => readFileSync(join(FIXTURES, 'engine', name));
const withoutEvidence = (f: Finding): Omit<Finding, 'evidence'> => {
  const { evidence: _evidence, ...rest } = f;
  return rest;
};

describe('one-line SMTP replies and bare codes', () => {
  it.each([
    ['550 5.7.1 Relay access denied', 'norelaying', 'settings'],
    ['535 5.7.8 Authentication credentials invalid', 'securityerror', 'credentials'],
    ['530 5.7.0 Must issue a STARTTLS command first', 'failedstarttls', 'port-encryption'],
    ['530 5.7.57 Client not authenticated to send mail', 'securityerror', 'settings'],
    ['552 5.2.2 Mailbox full', 'mailboxfull', 'recipient'],
    ['550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown', 'userunknown', 'recipient'],
    ['554 5.2.2 Submission quota exceeded', 'speeding', 'sender-account'],
  ])('%s → %s / %s', (reply, reason, bucket) => {
    const a = analyzeText(reply);
    expect(a.kind).toBe('smtp-error');
    expect(a.findings).toHaveLength(1);
    expect(a.findings[0]).toMatchObject({ reason, bucket, recipient: null });
  });

  it('reads the codes of a reply', () => {
    const [f] = analyzeText('550 5.7.1 Relay access denied').findings;
    expect(f).toMatchObject({ replyCode: 550, status: '5.7.1', diagnostic: '550 5.7.1 Relay access denied' });
  });

  it.each(['5.7.1', '550', '4.2.1', '550 5.7.1', '554'])('a bare ambiguous code %s gets low confidence', (code) => {
    const a = analyzeText(code);
    expect(a.kind).toBe('smtp-error');
    expect(a.findings).toHaveLength(1);
    expect(a.findings[0]?.confidence).toBeLessThan(0.5);
  });

  it('is more confident when the text decides', () => {
    const bare = analyzeText('550 5.7.1').findings[0]?.confidence ?? 1;
    const said = analyzeText('550 5.7.1 Relay access denied').findings[0]?.confidence ?? 0;
    expect(said).toBeGreaterThan(bare);
  });

  it('names the sender\'s side for a pasted cPanel quota message without a code (A4)', () => {
    const a = analyzeText('Domain shop.example has exceeded the max emails per hour (100/100 (100%)) allowed.  Message discarded.');
    expect(a.kind).toBe('smtp-error');
    expect(a.findings[0]).toMatchObject({ bucket: 'sender-account', side: 'sender', recipient: null, replyCode: null });
  });

  it('decides 5.1.1 by its text: a full mailbox is a full mailbox (A3)', () => {
    expect(analyzeText('552 5.1.1 Mailbox is full').findings[0]?.reason).toBe('mailboxfull');
  });

  it('tells a temporary DNS failure from a missing domain by the class digit (A8)', () => {
    expect(analyzeText('550 5.1.2 Host or domain name not found').findings[0]?.reason).toBe('hostunknown');
    expect(analyzeText('451 4.4.0 Host or domain name not found').findings[0]?.reason).toBe('networkerror');
  });
});

describe('bounces', () => {
  it('gives one finding per recipient, in order, with the DSN fields', async () => {
    const a = await analyze(engineFixture('postfix-two-recipients.eml'));
    expect(a.kind).toBe('bounce');
    expect(a.format).toBe('mime');
    expect(a.findings.map((f) => [f.recipient, f.reason, f.status, f.replyCode, f.action, f.hard])).toEqual([
      ['first@remote.example', 'userunknown', '5.1.1', 550, 'failed', true],
      ['second@remote.example', 'mailboxfull', '5.2.2', 552, 'failed', false],
    ]);
    expect(a.findings[0]).toMatchObject({ remoteMta: 'mx.remote.example', reportingMta: 'mail.example.org', command: 'RCPT', side: 'recipient' });
  });

  it('names the sender, not the recipient, for cPanel "Sender verify failed" (A5)', async () => {
    const [f] = (await analyze(engineFixture('cpanel-sender-verify.eml'))).findings;
    expect(f).toMatchObject({ recipient: 'client@partner.example', reason: 'rejected', bucket: 'sender-account', side: 'sender' });
  });

  it('puts cPanel\'s "max defers and failures per hour" on the sender\'s account (A4)', async () => {
    const [f] = (await analyze(engineFixture('cpanel-max-defers.eml'))).findings;
    expect(f).toMatchObject({ bucket: 'sender-account', side: 'sender' });
  });

  it('keeps a 5xx that says the address does not exist final, even when filed under filtered', async () => {
    const report = (diagnostic: string, status: string): string => [
      'From: MAILER-DAEMON@mx.example.org', 'To: me@example.org', 'Subject: Returned mail', 'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"', '', '--b', 'Content-Type: text/plain', '',
      'The following address had permanent fatal errors.', '', '--b', 'Content-Type: message/delivery-status', '',
      'Reporting-MTA: dns; mx.example.org', '', 'Final-Recipient: rfc822; gone@example.net', 'Action: failed',
      `Status: ${status}`, `Diagnostic-Code: smtp; ${diagnostic}`, '', '--b--', '',
    ].join('\r\n');
    const [unknown] = (await analyze(new TextEncoder().encode(report('550 user unknown', '5.0.0')))).findings;
    // Sisimai files it as filtered (soft); resending to it will not help, so it stays a hard bounce.
    expect(unknown).toMatchObject({ recipient: 'gone@example.net', reason: 'filtered', hard: true, temporary: false });
    // Said in reply to RCPT, the same words are the address: a hard bounce.
    const [atRcpt] = (await analyze(new TextEncoder().encode(report('550 user unknown (in reply to RCPT TO command)', '5.0.0')))).findings;
    expect(atRcpt).toMatchObject({ reason: 'userunknown', hard: true });
    // The same words with a temporary code stay temporary.
    const [later] = (await analyze(new TextEncoder().encode(report('450 user unknown', '4.0.0')))).findings;
    expect(later?.hard).toBe(false);
  });

  it('takes the notification\'s recipient line when the Final-Recipient is masked, keeping the Original-Recipient', async () => {
    const bounce = (final: string): Uint8Array => new TextEncoder().encode([
      'From: MAILER-DAEMON@mx.example.org', 'To: me@example.org', 'Subject: Undelivered Mail Returned to Sender', 'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"', '', '--b', 'Content-Type: text/plain', '',
      'This is the mail system at host mx.example.org.', '', '<alias-target@example.net>: Message delivery failed', '',
      '--b', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.org', '',
      ...(final ? [`Final-Recipient: rfc822; ${final}`] : []), 'Original-Recipient: rfc822;written@example.org',
      'Action: failed', 'Status: 5.2.0', '', '--b--', '',
    ].join('\r\n'));
    for (const final of ['********@******', '']) {
      const [f] = (await analyze(bounce(final))).findings;
      expect(f).toMatchObject({ recipient: 'alias-target@example.net', originalRecipient: 'written@example.org', status: '5.2.0' });
    }
  });

  it('reports a delay warning as delayed, not failed', async () => {
    const a = await analyze(engineFixture('delay-warning.eml'));
    expect(a.kind).toBe('delay');
    expect(a.findings[0]).toMatchObject({ action: 'delayed', status: '4.4.1', hard: false });
  });

  it('reports an ARF complaint as feedback, not a failure', async () => {
    const a = await analyze(readFileSync(join(FIXTURES, 'sisimai', 'eml', 'arf-16.eml')));
    expect(a.kind).toBe('feedback');
    expect(a.findings).toHaveLength(7);
    expect(a.findings.every((f) => f.reason === 'feedback' && f.bucket === 'not-an-error')).toBe(true);
  });

  it('gives evidence ranges that point at the justifying text of the input', () => {
    const text = new TextDecoder().decode(engineFixture('postfix-two-recipients.eml'));
    const [f] = analyzeText(text).findings;
    const quoted = (kind: string): string[] => (f?.evidence ?? []).filter((e) => e.kind === kind).map((e) => text.slice(e.start, e.end));
    expect(quoted('recipient')).toEqual(['first@remote.example']);
    expect(quoted('status')).toEqual(['5.1.1']);
    expect(quoted('reply-code')).toEqual(['550']);
    expect(quoted('pattern').join(' ').toLowerCase()).toMatch(/user unknown/);
  });

  it('reads a rendered bounce (no headers) like the raw one', async () => {
    const raw = await analyze(engineFixture('postfix-two-recipients.eml'));
    const rendered = analyzeText(`This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<first@remote.example>: host mx.remote.example[192.0.2.10] said: 550 5.1.1
    <first@remote.example>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)

<second@remote.example>: host mx.remote.example[192.0.2.10] said: 552 5.2.2
    <second@remote.example>: mailbox is full (in reply to RCPT TO command)`);
    expect(rendered.format).toBe('text');
    expect(rendered.findings.map((f) => [f.recipient, f.reason, f.status])).toEqual(raw.findings.map((f) => [f.recipient, f.reason, f.status]));
  });
});

describe('line endings and non-bounces from the corpus', () => {
  const dir = join(FIXTURES, 'sisimai');
  for (const variant of ['dos', 'mac']) {
    it(`gives the same findings for the ${variant} line-ending variants`, async () => {
      for (const name of readdirSync(join(dir, 'line-endings', variant))) {
        const lf = await analyze(readFileSync(join(dir, 'eml', name)));
        const other = await analyze(readFileSync(join(dir, 'line-endings', variant, name)));
        expect(other.findings.map(withoutEvidence), `${variant}/${name}`).toEqual(lf.findings.map(withoutEvidence));
      }
    });
  }

  it('gives no failed finding for the corpus\'s non-bounces', async () => {
    for (const name of readdirSync(join(dir, 'not-bounce')).filter((n) => n.startsWith('is-not-bounce'))) {
      const a = await analyze(readFileSync(join(dir, 'not-bounce', name)));
      expect(a.findings.filter((f) => f.action === 'failed'), name).toEqual([]);
    }
  });

  // Sisimai files rb-issue-368 as no bounce because it is marked "Auto-Submitted: auto-replied";
  // it is the postmaster's notice that the mail was rejected for a full mailbox, and read so here.
  it('reads the postmaster\'s auto-submitted mailbox-full notice in the non-bounces as what it says', async () => {
    const a = await analyze(readFileSync(join(dir, 'not-bounce', 'rb-issue-368-bug.eml')));
    expect(a.findings.map((f) => [f.action, f.reason])).toEqual([['failed', 'mailboxfull']]);
  });

  it('finds nothing in ordinary text', () => {
    expect(analyzeText('Hi Anna, see you at 5.30 tomorrow. Room 550.\nBest, Tom')).toEqual({ kind: 'not-bounce', findings: [], format: 'text' });
  });
});

describe('bad input gets a result, never an exception', () => {
  it.each([
    ['empty', ''],
    ['only line breaks', '\r\n\r\n\n\r'],
    ['a header and nothing else', 'From: a@b\nSubject: x\n'],
    ['a broken base64 report', 'From: MAILER-DAEMON@x\nSubject: Undelivered Mail\nContent-Type: multipart/report; boundary=B\n\n--B\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n%%%not base64@@@\n--B--\n'],
  ])('%s', async (_name, input) => {
    const a = await analyze(input);
    expect(a.findings).toBeInstanceOf(Array);
    expect(analyzeText(input).findings).toBeInstanceOf(Array);
  });

  it('binary data', async () => {
    const bytes = new Uint8Array(200_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + (i >> 3)) & 0xff;
    const a = await analyze(bytes);
    expect(a.findings.length).toBeLessThan(1000);
  });

  it('deeply nested MIME', async () => {
    let msg = 'From: MAILER-DAEMON@x\nSubject: Undelivered Mail Returned to Sender\n';
    for (let i = 0; i < 400; i++) msg += `Content-Type: multipart/mixed; boundary="b${i}"\nContent-Transfer-Encoding: base64\n\n--b${i}\n`;
    msg += 'Content-Type: text/plain\n\n<x@example.org>: 550 5.1.1 User unknown\n';
    const a = await analyze(msg);
    expect(a.findings).toBeInstanceOf(Array);
  });

  it('50 MB of input', async () => {
    const line = '<someone@example.org>: host mx.example.org said: 550 5.1.1 User unknown\n';
    const huge = `From: MAILER-DAEMON@x\nSubject: Undelivered Mail\n\n${line.repeat(Math.ceil((50 * 1024 * 1024) / line.length))}`;
    const a = await analyze(huge);
    expect(a.kind).toBe('bounce');
    expect(a.findings.length).toBeGreaterThan(0);
  }, 60_000);

  it('10 MB of text without line breaks or addresses', () => {
    const a = analyzeText('550 '.repeat(2_621_440));
    expect(a.findings.length).toBeLessThanOrEqual(1);
  }, 60_000);
});
