// A delivery-status block given alone (pasted by a person, or handed over by a bounce processor
// that already cut the report out of the message) is the report itself, not a message header:
// whatever order its fields come in, its recipient is the failed one. A real message header that
// happens to start the same way stays a header.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';
import { splitMessage } from '../../../../src/core/parse/message.ts';

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
const address = fc.tuple(label, fc.constantFrom('example.org', 'example.net', 'mail.example.jp')).map(([a, d]) => `${a}@${d}`);
const failure = fc.constantFrom(
  { status: '5.1.1', diagnostic: 'smtp; 550 5.1.1 user unknown' },
  { status: '5.4.4', diagnostic: 'DNS; Host not found' },
  { status: '5.2.2', diagnostic: 'smtp; 552 5.2.2 mailbox full' },
);

describe('a delivery-status block given alone', () => {
  it('is read as the report: its recipient and status, whatever the field order', async () => {
    await fc.assert(
      fc.asyncProperty(address, failure, fc.boolean(), fc.boolean(), async (rcpt, f, withOriginal, reversed) => {
        const fields = [
          ...(withOriginal ? [`Original-Recipient: rfc822;${rcpt}`] : []),
          `Final-Recipient: rfc822; ${rcpt}`,
          'Action: failed',
          `Status: ${f.status}`,
          `Diagnostic-Code: ${f.diagnostic}`,
        ];
        const text = (reversed ? [...fields].reverse() : fields).join('\n') + '\n';
        expect(splitMessage(text).headers).toEqual([]);
        const a = await analyze(text);
        expect(a.kind).toBe('bounce');
        expect(a.findings.map((x) => x.recipient)).toEqual([rcpt]);
        expect(a.findings[0]?.status).toBe(f.status);
      }),
      { numRuns: 40 },
    );
  });

  it('a message header with ordinary fields stays a header, even beside report fields', () => {
    const text = ['From: MAILER-DAEMON@example.net', 'Status: RO', 'Subject: Undelivered Mail', '', 'body'].join('\n');
    expect(splitMessage(text).headers.map((h) => h.name)).toEqual(['from', 'status', 'subject']);
  });
});
