// A mail library's own way of quoting the server's reply, anywhere in its message, makes the reply
// one that the person's program got (not a bounce): Swift/Symfony Mailer's "Expected response code
// … but got code …", Nodemailer's error object, Python's SMTPSenderRefused. Wordings here are in no
// labelled set.
import { describe, expect, it } from 'vitest';
import { verdict } from './verdict.ts';

describe('a reply quoted by a mail library', () => {
  it.each([
    ['Expected response code "250" but got code "554", with message "554 5.7.1 <a@example.org>: Relay access denied\n"'],
    ['{\n  code: \'EENVELOPE\',\n  response: \'554 5.7.1 <a@example.org>: Relay access denied\',\n  responseCode: 554,\n  command: \'RCPT TO\'\n}'],
  ])('a relay refusal is the program\'s settings, not the recipient\'s server: %s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['settings', 'sender']);
  });

  it('a sender address that is not the login\'s own, under any code, is the sender\'s', async () => {
    expect((await verdict("smtplib.SMTPSenderRefused: (552, b'sender address and authenticated user must be the same', 'shop@example.org')")).slice(0, 2)).toEqual(['sender-account', 'sender']);
  });
});

describe('families found on the second lead-held set', () => {
  it.each([
    ['Message not delivered\nYour message was not delivered to bob@example.org because the domain example.org could not be found.', 'recipient', 'sender'],
    ['Delivery incomplete\nYour message couldn\'t be delivered to ann@example.net because the address couldn\'t be found, or is unable to receive mail.', 'recipient', 'sender'],
  ])('a webmail\'s rendered non-delivery names the address as typed: %s', async (text, bucket, actor) => {
    expect((await verdict(text)).slice(0, 2)).toEqual([bucket, actor]);
  });

  it.each([
    ['552 5.3.4 Message size exceeds fixed maximum message size'],
    ['SMTP Error: data not accepted. 552 Header line is too long'],
  ])('a size said in words is the message, not 552\'s mailbox storage: %s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['content', 'sender']);
  });
});

describe('a socket Windows forbade', () => {
  it('is the local firewall or antivirus (the port is blocked on this computer), not the server settings', async () => {
    expect((await verdict('Failed to connect to smtp.example.org:465: An attempt was made to access a socket in a way forbidden by its access permissions')).slice(0, 2)).toEqual(['network-block', 'network']);
  });
});
