import { describe, expect, it } from 'vitest';
import { findRecipientBlocks } from '../../../../src/core/parse/recipient-blocks.ts';

const recipients = (text: string): string[] => findRecipientBlocks(text, 0, text.length).map((b) => b.recipient);

describe('recipients named in free-text reports', () => {
  it.each([
    ['Exim', '  user@example.jp\n    SMTP error from remote mail server after RCPT TO:<user@example.jp>:\n    host mx: 550 No such user\n'],
    ['qmail', '<user@example.jp>:\nSorry, no mailbox here by that name. (#5.1.1)\n'],
    ['Exchange', 'Neko<mailto:user@example.jp>\nThe recipient\'s e-mail address was not found.\n'],
    ['Sendmail', '550 5.1.1 <user@example.jp>... User unknown\n'],
    ['an introducing phrase', 'Could not be delivered to: <user@example.jp>\n'],
    ['Zoho', 'user@example.jp Invalid Address, ERROR_CODE :550\n'],
    ['a bullet', '  * user@example.jp\n'],
    ['a sentence ending in a colon', 'User mailbox exceeds allowed size: user@example.jp\n'],
    ['an error while delivering to an address', 'There was an error delivering your mail to <user@example.jp>.\n'],
    ['a mailbox said to be unavailable', ' Local mailbox user@example.jp is unavailable: user not found\n'],
    ['a sentence that goes on under the address', 'Sorry, unable to deliver your message to user@example.jp for\nthe following reason:\n\n 552 Quota violation\n'],
    ['an introduced address ending its sentence', 'There was a temporary problem delivering your message to user@example.jp. Gmail will retry.\n'],
  ])('%s', (_mta, text) => {
    expect(recipients(text)).toEqual(['user@example.jp']);
  });

  it('does not take header lines or prose for recipients', () => {
    expect(recipients('To: someone@example.jp\nFrom: other@example.jp\nPlease write to me at me@example.jp if you like.\n')).toEqual([]);
    expect(recipients('> To: <someone@example.jp>\n  MAIL FROM: me@example.jp\nOriginal Sender:    <me@example.jp>\n')).toEqual([]);
    // A MIME delimiter may carry an "@" (a boundary made of a queue id and a host).
    expect(recipients('--18F5D18A0075.1460023470/some@daemon.com\nContent-Type: text/plain\n')).toEqual([]);
    // A sentence that ends after the address is no licence for help text or a sender.
    expect(recipients('For help, please send mail to postmaster@example.jp. Thank you.\nIt was sent by me@example.jp. Sorry.\n')).toEqual([]);
    // An error word that is not about delivering introduces no recipient.
    expect(recipients('Error reports go to errors@example.jp.\n')).toEqual([]);
    // A sentence that goes on under the address names a failed one only if it says something failed.
    expect(recipients('This report was sent to someone@example.jp for\nyour information.\n')).toEqual([]);
    // Identifiers written as labels in words look like addresses but name a message, not a mailbox.
    expect(recipients('Original Message ID: <AB12cd@mta.example.jp>\nQueue Token: q9XyZ@relay7\nTracking reference: 77a@mx.example.jp\n')).toEqual([]);
  });

  it('gives each recipient the text up to the next one', () => {
    const text = '<a@x.jp>: 550 user unknown\n<b@x.jp>: 552 mailbox full\n';
    const blocks = findRecipientBlocks(text, 0, text.length);
    expect(blocks.map((b) => text.slice(b.textStart, b.textEnd).trim())).toEqual(['<a@x.jp>: 550 user unknown', '<b@x.jp>: 552 mailbox full']);
  });
});
