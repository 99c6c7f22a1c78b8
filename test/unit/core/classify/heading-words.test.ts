// A report's heading ("Mail delivery failed", the subject a person pastes with the text) says that
// delivery failed, not why: it must not decide the reason over the recipient's own reply. IMail's
// "Delivery failed N attempts" still says the retries ran out.
import { describe, expect, it } from 'vitest';
import { analyze, analyzeText } from '../../../../src/core/index.ts';

const eximBody = (address: string, reply: string): string =>
  [
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '',
    `  ${address}`,
    `    SMTP error from remote mail server after RCPT TO:<${address}>:`,
    `    ${reply}`,
    '',
  ].join('\n');

describe('"delivery failed" in a heading', () => {
  it('a pasted Exim bounce with its subject line is not read as expired', () => {
    for (const reply of ['550 mailbox unavailable', '550 5.1.1 no such user', '552 5.2.2 mailbox full']) {
      const a = analyzeText(`Mail delivery failed: returning message to sender\n\n${eximBody('dave@example.com', reply)}`);
      expect(a.findings.map((f) => f.recipient)).toEqual(['dave@example.com']);
      expect(a.findings[0]?.reason).not.toBe('expired');
    }
  });

  it('a report headed "Message delivery failed" does not take "expired" from its heading', async () => {
    const raw = ['From: postmaster@mail.example.net', 'To: a@example.org', 'Subject: Message delivery failed', '',
      'Message delivery failed.', '', '<dave@example.com>: 550 mailbox unavailable', ''].join('\n');
    const a = await analyze(raw);
    expect(a.findings.map((f) => f.recipient)).toEqual(['dave@example.com']);
    expect(a.findings[0]?.reason).not.toBe('expired');
  });

  it('IMail\'s "Delivery failed N attempts" is still a delivery that ran out of retries', () => {
    const a = analyzeText('Delivery failed 20 attempts: kijitora@example.com\n');
    expect(a.findings[0]?.reason).toBe('expired');
  });
});
