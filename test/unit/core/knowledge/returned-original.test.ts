// With one finding the explanation reads the whole text for a provider's wording, but only the
// bounce's own report: the raw message's header block (Authentication-Results: spf=fail …) and the
// returned original (its headers and body are the sender's words) must never turn the verdict.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain } from '../../../../src/core/knowledge/index.ts';
import { reportPart } from '../../../../src/core/knowledge/report-part.ts';

// A Postfix bounce made for this test: the report says "user unknown"; the returned original's
// headers and body say "over quota", "blocked", "suspended due to spam", "dkim=fail".
const bounce = readFileSync(new URL('../../../fixtures/knowledge/returned-original-bounce.eml', import.meta.url), 'utf8');

describe('a bounce whose returned original carries provider wording', () => {
  it('keeps the report\'s own cause', async () => {
    const r = await explain(bounce);
    expect(r.items).toHaveLength(1);
    const e = r.items[0]?.explanation;
    expect([e?.bucket, e?.reason, e?.actor]).toEqual(['recipient', 'userunknown', 'sender']);
  });

  it('keeps a vague report vague rather than borrowing the original\'s words', async () => {
    const vague = bounce
      .replace(/550 5\.1\.1\n {4}<bob@example\.com>: Recipient address rejected: User unknown in virtual\n {4}mailbox table/, '550 5.7.0\n    Sorry, we could not take this one')
      .replace('Status: 5.1.1', 'Status: 5.7.0')
      .replace(/Diagnostic-Code: smtp; 550 5\.1\.1 [^\n]*\n[^\n]*/, 'Diagnostic-Code: smtp; 550 5.7.0 Sorry, we could not take this one');
    expect(vague).toContain('could not take this one');
    const e = (await explain(vague)).items[0]?.explanation;
    expect(e?.bucket).not.toBe('recipient');
    expect(e?.reason).not.toBe('mailboxfull');
  });

  it('cuts the header block and the returned original, and keeps a pasted report whole', () => {
    const part = reportPart(bounce, 8000);
    expect(part).toContain('User unknown in virtual');
    expect(part).not.toMatch(/authentication-results|over quota|suspended due to spam/i);
    const pasted = 'Final-Recipient: rfc822; bob@example.com\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n';
    expect(reportPart(pasted, 8000)).toBe(pasted);
  });
});

describe('the report part of a Sendmail bounce', () => {
  it('keeps the transcript after "The original message was received at …"', () => {
    const dsn = 'The original message was received at Mon, 1 Dec 2025 10:00:00 +0000\nfrom mail.example.net [192.0.2.10]\n\n   ----- The following addresses had permanent fatal errors -----\n<bob@example.com>\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.com.:\n>>> RCPT To:<bob@example.com>\n<<< 550 5.1.1 <bob@example.com>... User unknown\n';
    expect(reportPart(dsn, 8000)).toContain('User unknown');
  });
});
