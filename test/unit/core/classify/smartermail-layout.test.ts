// SmarterMail's text-only delivery failure (a message written here in its layout, not the labelled-set
// files): per recipient a "Failed Recipient:" line and a "Reason:" line, then the returned headers
// under "-- The header and top 20 lines of the message follows --".
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const smartermail = (recipient: string, reason: string): string => [
  'From: "System Administrator" <postmaster@example.com>', 'To: <sam@example.com>', 'Subject: Undeliverable: hello',
  'MIME-Version: 1.0', 'Content-Type: text/plain; charset="utf-8"', '',
  'Could not deliver message to the following recipient(s):', '',
  `Failed Recipient: ${recipient}`, `Reason: ${reason}`, '',
  '   -- The header and top 20 lines of the message follows --', '',
  'From: "Sam" <sam@example.com>', `To: <${recipient}>`, 'Cc: <friend@example.org>', 'Subject: hello', '', 'hi there', '',
].join('\n');

describe('SmarterMail\'s own reasons', () => {
  it.each([
    ["Failed to connect to the recipients mail server. No MX records were found for the 'exampel.test' domain.", 'hostunknown', true],
    ['Failed four attempts to connect to recipients mail server', 'networkerror', false],
    ['The domain size limit has been exceeded', 'mailboxfull', false],
  ])('%s → %s', async (reason, expected, hard) => {
    const [f, ...rest] = (await analyze(smartermail('kim@exampel.test', reason))).findings;
    expect(rest).toEqual([]);
    expect([f?.recipient, f?.reason, f?.hard, f?.action]).toEqual(['kim@exampel.test', expected, hard, 'failed']);
  });

  it('the diagnostic is the reason the notice gives, without its field name or the returned headers', async () => {
    const [f] = (await analyze(smartermail('kim@example.net', 'Remote host said: 550 5.1.1 <kim@example.net>: Recipient address rejected: User unknown'))).findings;
    expect(f?.diagnostic).toBe('550 5.1.1 <kim@example.net>: Recipient address rejected: User unknown');
    expect([f?.status, f?.replyCode, f?.reason]).toEqual(['5.1.1', 550, 'userunknown']);
    const [full] = (await analyze(smartermail('kim@example.net', 'The mailbox is full'))).findings;
    expect(full?.diagnostic).toBe('The mailbox is full');
  });
});
