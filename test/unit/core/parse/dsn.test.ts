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
