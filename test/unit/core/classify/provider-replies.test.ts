// A provider's reply pasted on its own (no host names to say whose it is): its code and its words
// together are the provider's, so its own table decides (provider-bounce-catalogue.tsv rows); the
// words alone, or with another code, are not enough. And the sender-side texts of the help article.
import { describe, expect, it } from 'vitest';
import { analyze, analyzeText } from '../../../../src/core/index.ts';

describe('a provider reply of unknown origin', () => {
  it.each([
    // Google's sender requirements reuse codes whose IANA meaning is different (5.7.27 = null MX).
    ['550 5.7.27 senders to authenticate with spf', 'authfailure', 'policy-reputation'],
    ['550 5.7.30 senders to authenticate with dkim', 'authfailure', 'policy-reputation'],
    ['550 5.7.29 senders to use tls/ssl for smtp', 'failedstarttls', 'port-encryption'],
    ['454 5.5.1 starttls may not be repeated', 'failedstarttls', 'port-encryption'],
    ['501 5.5.2 cannot decode response', 'securityerror', 'credentials'],
    ['534 5.7.14 please log in through your web browser', 'securityerror', 'credentials'],
    // Microsoft's NDR texts with their codes.
    ['4.4.8 failed mta-sts validation', 'failedstarttls', 'port-encryption'],
    ['432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded', 'speeding', 'policy-reputation'],
    ['5.3.3 unrecognized command', 'syntaxerror', 'settings'],
  ])('%s → %s / %s', (reply, reason, bucket) => {
    const [f] = analyzeText(reply).findings;
    expect(f).toMatchObject({ reason, bucket });
    expect(f?.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it('does not take the provider row when the code differs', () => {
    // Microsoft gives "invalid domain name" with 5.5.4 for a refused sending domain; with 5.1.2 the
    // words are the recipient's domain, as the code says.
    expect(analyzeText('5.5.4 invalid domain name').findings[0]?.reason).toBe('blocked');
    expect(analyzeText('5.1.2 invalid domain name').findings[0]?.reason).toBe('hostunknown');
  });

  it('keeps another provider\'s rows out of a bounce whose provider is known', async () => {
    // A Yahoo bounce quoting Google's words with Google's code is still Yahoo's bounce.
    const bounce = [
      'From: MAILER-DAEMON@yahoo.com', 'Subject: Delivery Status Notification (Failure)', '',
      'Sorry, we were unable to deliver your message to the following address.', '',
      '<someone@yahoo.com>:', 'Remote host said: 550 5.7.27 senders to authenticate with spf', '',
    ].join('\n');
    const a = await analyze(bounce);
    expect(a.findings[0]?.reason).not.toBe('authfailure');
  });

  it('prefers the longer of two curated texts of the same reason', () => {
    const [f] = analyzeText('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant').findings;
    expect(f).toMatchObject({ reason: 'securityerror', bucket: 'settings', side: 'sender-provider' });
  });

  it('reads a pasted "invalid recipient" reply as a missing address (no report shows a filter)', () => {
    for (const reply of ['550 invalid recipient', '503 user unknown']) {
      expect(analyzeText(reply).findings[0]?.reason).toBe('userunknown');
    }
  });
});

describe('sending without logging in (help article: authentication not switched on)', () => {
  it.each([
    '553 5.7.1 <alice@example.test>: Sender address rejected: not logged in',
    '553 5.7.1 <alice@example.test>: Sender address rejected: Authentication required',
    '530 5.7.0 Authentication required',
    '530 5.7.57 Client not authenticated to send mail',
  ])('%s → settings', (reply) => {
    const [f] = analyzeText(reply).findings;
    expect(f).toMatchObject({ reason: 'securityerror', bucket: 'settings', side: 'sender' });
  });

  it('a login that is refused is still a credentials matter', () => {
    expect(analyzeText('535 5.7.8 Error: authentication failed: authentication failure').findings[0]?.bucket).toBe('credentials');
  });

  it('a Postfix bounce quoting the refusal says the same', async () => {
    const bounce = [
      'From: MAILER-DAEMON@example.test', 'Subject: Undelivered Mail Returned to Sender', '',
      'This is the mail system at host mail.example.test.', '',
      '<bob@example.net>: host smtp.example.test[192.0.2.1] said: 553 5.7.1 <alice@example.test>:',
      '    Sender address rejected: not logged in (in reply to RCPT TO command)', '',
    ].join('\n');
    const a = await analyze(bounce);
    expect(a.findings[0]).toMatchObject({ reason: 'securityerror', bucket: 'settings' });
  });
});
