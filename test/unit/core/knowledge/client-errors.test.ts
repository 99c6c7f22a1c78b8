// recognizeClientError: what a mail client shows, mapped to the article's causes, with evidence.
import { describe, expect, it } from 'vitest';
import { recognizeClientError } from '../../../../src/core/client-errors/recognize.ts';
import { REASONS } from '../../../../src/core/types.ts';
import { CLIENT_ERRORS } from '../../../../src/core/client-errors/table.ts';

describe('recognizeClientError', () => {
  it.each([
    ['Sending reported error (0x800CCC0E): Outlook cannot connect to your outgoing (SMTP) e-mail server.', 'settings', '0x800CCC0E'],
    ['0x800ccc0f', 'network-block', '0x800ccc0f'],
    ['Error 800CCC78', 'settings', '800CCC78'],
    ['The operation timed out waiting for a response from the sending (SMTP) server. (0x8004210B)', 'network-block', '0x8004210B'],
    ['Sending of the message failed.\nThe message could not be sent because the connection to Outgoing server (SMTP) mail.example.com timed out. Try again.', 'network-block', 'connection to Outgoing server (SMTP) mail.example.com timed out'],
    ['Login to server mail.example.com with username me@example.com failed.', 'credentials', 'Login to server mail.example.com with username me@example.com failed'],
    ['The SMTP server does not support secure authentication. An error occurred while sending mail: Outgoing server (SMTP) mail.example.com does not support the selected authentication method.', 'settings', 'does not support the selected authentication method'],
    ['Cannot send message using the server mail.example.com.', 'settings', 'Cannot send message using the server'],
    ['The certificate for this server is invalid. You might be connecting to a server that is pretending to be "mail.example.com".', 'port-encryption', 'certificate for this server is invalid'],
    ['Connection timed out', 'network-block', 'Connection timed out'],
  ])('%s → %s', (text, bucket, evidenceText) => {
    const [f] = recognizeClientError(text) ?? [];
    expect(f?.bucket).toBe(bucket);
    expect(REASONS).toContain(f?.reason);
    const ev = f?.evidence.find((e) => e.kind === 'client-error');
    expect(text.slice(ev?.start, ev?.end)).toBe(evidenceText);
  });

  it('classifies the server reply a client quotes, not the wrapper', () => {
    const text = 'An error occurred while sending mail. The mail server responded: 550 5.7.1 MAIL FROM must match authenticated user. Please verify that your email address is correct in your account settings and try again.';
    const [f] = recognizeClientError(text) ?? [];
    expect(f).toMatchObject({ replyCode: 550, status: '5.7.1', bucket: 'settings', reason: 'rejected' });
    const ev = f?.evidence.find((e) => e.kind === 'diagnostic');
    expect(text.slice(ev?.start, ev?.end)).toMatch(/^550 5\.7\.1 MAIL FROM must match/);
  });

  it('gives Outlook\'s "server replied" codes their reply code', () => {
    expect(recognizeClientError('0x800CCC6D')?.[0]).toMatchObject({ replyCode: 552, bucket: 'content' });
  });

  it('is unsure about generic messages and returns null for text that is not a client error', () => {
    expect(recognizeClientError('Sending of the message failed.')?.[0]?.confidence).toBeLessThan(0.5);
    for (const text of ['', 'Hello, see you tomorrow', '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown']) {
      expect(recognizeClientError(text)).toBeNull();
    }
  });

  it('keeps every entry\'s reason in the engine vocabulary', () => {
    for (const e of CLIENT_ERRORS) expect(REASONS, e.id).toContain(e.reason);
  });
});
