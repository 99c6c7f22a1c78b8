import { describe, expect, it } from 'vitest';
import { parseDsn } from '../../../../src/core/parse/dsn.ts';

describe('RFC 3464 fields', () => {
  it('reads one record per recipient, fields in any order, folded diagnostics', () => {
    const text = [
      'Reporting-MTA: dns; mx.example.org',
      '',
      'Action: failed',
      'Final-Recipient: rfc822; A@Example.org',
      'Original-Recipient: rfc822; a@example.org',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 user',
      '    unknown',
      '',
      'Final-Recipient: rfc822;b@example.org',
      'Action: delayed',
      'Status: 4.4.1 (timeout)',
      'Remote-MTA: dns; mx.b.example',
    ].join('\n');
    const dsn = parseDsn(text, 0, text.length);
    expect(dsn.reportingMta).toBe('mx.example.org');
    expect(dsn.records.map((r) => [r.recipient?.value, r.action?.value, r.status?.value, r.diagnostic?.value ?? null, r.remoteMta])).toEqual([
      ['a@example.org', 'failed', '5.1.1', '550 5.1.1 user unknown', null],
      ['b@example.org', 'delayed', '4.4.1', null, 'mx.b.example'],
    ]);
    const first = dsn.records[0]?.recipient;
    expect(text.slice(first?.start, first?.end)).toBe('A@Example.org');
  });
});

describe('an Action/Status group before the recipients\' groups', () => {
  it('is the per-message part, not a record that takes the next recipient\'s fields', () => {
    // Some generators write an Action/Status pair first (here as the part's own header lines), then
    // per-message fields of their own, then the recipient's group after a blank line.
    const text = [
      'Action: failed', 'Status: 5.1.1', '', 'X-Queue-ID: 1234', 'Arrival-Date: 2026-12-07 00-01-19', '',
      'Final-Recipient: rfc822; pat@example.org', 'Original-Recipient: rfc822; pat@example.org', 'Action: failed', 'Status: 5.1.1',
      'Diagnostic-Code: 550 5.1.1 address rejected pat@example.org', '',
    ].join('\n');
    const dsn = parseDsn(text, 0, text.length);
    expect(dsn.records.map((r) => [r.recipient?.value, r.status?.value, r.diagnostic?.value])).toEqual([
      ['pat@example.org', '5.1.1', '550 5.1.1 address rejected pat@example.org'],
    ]);
  });

  it('still reads recipients\' groups that have no blank line between them', () => {
    const text = ['Final-Recipient: rfc822; a@example.org', 'Action: failed', 'Status: 5.1.1',
      'Final-Recipient: rfc822; b@example.org', 'Action: failed', 'Status: 5.2.2'].join('\n');
    expect(parseDsn(text, 0, text.length).records.map((r) => [r.recipient?.value, r.status?.value])).toEqual([
      ['a@example.org', '5.1.1'], ['b@example.org', '5.2.2'],
    ]);
  });
});

describe('quoted local parts (RFC 5321 Quoted-string)', () => {
  it('keeps the quotes of a Final-Recipient that needs them, and reports the unquoted Original-Recipient as the original', async () => {
    const { analyzeText } = await import('../../../../src/core/analyze.ts');
    const report = [
      'From: MAILER-DAEMON@mx.example.net (Mail Delivery System)',
      'Subject: Undelivered Mail Returned to Sender',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      '<"j..doe"@example.org>: host mx.example.org[192.0.2.7] said: 550 5.1.1',
      '    <"j..doe"@example.org>... User unknown (in reply to RCPT TO command)',
      '',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.net',
      '',
      'Final-Recipient: rfc822; "J..Doe"@example.org',
      'Original-Recipient: rfc822;j..doe@example.org',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 <"j..doe"@example.org>... User unknown',
      '',
      '--b--',
    ].join('\n');
    const a = analyzeText(report);
    expect(a.findings.map((f) => [f.recipient, f.originalRecipient ?? null, f.status])).toEqual([['"j..doe"@example.org', 'j..doe@example.org', '5.1.1']]);
  });
});
