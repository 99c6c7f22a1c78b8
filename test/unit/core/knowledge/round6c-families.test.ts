// Round 6c (knowledge10): family rules from studying lead set 7 by kind, each tried on wordings of
// our own that are in no labelled set, so a rule that only fits one fixture sentence fails here.
import { describe, expect, it } from 'vitest';
import { verdict } from './verdict.ts';

describe('PHPMailer\'s debug transcript is the program\'s report; a 535 after its AUTH step is the login', () => {
  it.each([
    '2023-03-01 08:00:01 SERVER -> CLIENT: 535 5.7.8 Error: authentication failed: bad password\n2023-03-01 08:00:01 SMTP ERROR: Password command failed: 535 5.7.8 Error: authentication failed: bad password\n2023-03-01 08:00:01 SMTP Error: Could not authenticate.',
    'CLIENT -> SERVER: AUTH LOGIN\nSERVER -> CLIENT: 535 Wrong user or pass\nSMTP ERROR: Username command failed: 535 Wrong user or pass',
    'SERVER -> CLIENT: 334 UGFzc3dvcmQ6\nCLIENT -> SERVER: [credentials hidden]\nSERVER -> CLIENT: 535 Access refused for this account\nSMTP ERROR: Password command failed: 535 Access refused for this account',
  ])('is the sender\'s login: %s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['credentials', 'sender']);
  });

  it('a step that failed with another code is not a login', async () => {
    expect((await verdict('SMTP ERROR: Password command failed: 454 4.7.0 Temporary authentication failure'))[0]).not.toBe('recipient');
  });
});

describe('a recipient account its server will not take mail for is the recipient\'s, not an unknown cause', () => {
  it.each([
    'Error: code = 550, details = "The user is not allowed to receive messages."',
    'The mailbox sales@example.com is not permitted to receive mail.',
    'Delivery failed\n550 mailbox office@example.org is not enabled to receive mail',
  // Round 7: a permission to receive is set by that server's admin or provider, not by the account holder.
  ])('is the recipient\'s account: %s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['recipient', 'recipient-provider']);
  });

  it('"your account" is the reader\'s own, not a recipient', async () => {
    expect((await verdict('Your account is not authorized to receive email'))[0]).not.toBe('recipient');
  });
});
