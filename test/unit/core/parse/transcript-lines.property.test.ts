// Session transcripts (timestamped, with arrows) quote the message's identifiers and the steps that went
// well: neither is a failed recipient or the error's status, whatever the addresses and codes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
const address = fc.tuple(label, label, fc.constantFrom('example.org', 'example.net', 'mail.example.com')).map(([a, b, d]) => `${a}.${b}@${d}`);
const failure = fc.constantFrom(['550', '5.1.1', 'User unknown'], ['552', '5.2.2', 'Mailbox full'], ['554', '5.7.1', 'Message refused']);
const idField = fc.constantFrom('Message-ID', 'In-Reply-To', 'References', 'X-Message-ID');

describe('a session transcript in a report', () => {
  it('names only the failed recipient and gives the error\'s status', async () => {
    await fc.assert(fc.asyncProperty(address, address, address, failure, idField, async (rcpt, sender, id, [code, status, words], field) => {
      fc.pre(new Set([rcpt, sender, id]).size === 3);
      const text = [
        'From: MDaemon@mail.example.com', `To: ${sender}`, 'Subject: Permanent Delivery Failure', 'Content-Type: text/plain', '',
        'The attached message had PERMANENT fatal delivery errors!', '', 'The following recipients were affected:', '', `     ${rcpt}`, '',
        '--- Session Transcript ---',
        ` Mon 2026-12-07 08:59:58: *  From: ${sender}`,
        ` Mon 2026-12-07 08:59:58: *  To: ${rcpt}`,
        ` Mon 2026-12-07 08:59:58: *  ${field}: <${id}>`,
        ` Mon 2026-12-07 08:59:59: --> MAIL From:<${sender}>`,
        ' Mon 2026-12-07 08:59:59: <-- 250 2.1.0 Ok',
        ` Mon 2026-12-07 08:59:59: --> RCPT To:<${rcpt}>`,
        ` Mon 2026-12-07 08:59:59: <-- ${code} ${status} <${rcpt}>: ${words}`,
        '--- End Transcript ---', '',
      ].join('\n');
      const { findings } = await analyze(text);
      expect(findings.map((f) => f.recipient)).toEqual([rcpt]);
      expect(findings[0]?.status).toBe(status);
      expect(findings[0]?.replyCode).toBe(Number(code));
    }), { numRuns: 100 });
  });
});
