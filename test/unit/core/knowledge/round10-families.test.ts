// Round 10's family rules (knowledge20, after studying error-texts-lead14.tsv by kind and trying each kind on new
// public texts first: rows-knowledge20.py), each tried here on wordings of our own that are in no labelled set, and
// on the neighbours each rule must leave alone.
import { describe, expect, it } from 'vitest';
import { verdict } from './verdict.ts';

describe('a server\'s own delivery to a mailbox it hosts: that server\'s admin', () => {
  it.each([
    'postfix/lmtp[812]: 4F1A2B3C4D: to=<anna@shop.example>, relay=mx.shop.example[/var/run/dovecot/lmtp], delay=0.1, delays=0/0/0/0.1, dsn=5.1.1, status=bounced (host mx.shop.example[/var/run/dovecot/lmtp] said: 550 5.1.1 <anna@shop.example> User doesn\'t exist: anna@shop.example (in reply to RCPT TO command))',
    '<bob@club.example>: host box.club.example[private/dovecot-lmtp] said: 550 5.1.1 <bob@club.example> User doesn\'t exist: bob@club.example (in reply to RCPT TO command)',
    'postfix/error[77]: 9A8B7C6D: to=<sales@firm.example>, relay=none, delay=3, delays=3/0/0/0, dsn=5.1.1, status=bounced (User unknown in virtual mailbox table)',
  ])('%s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['recipient', 'recipient-provider']);
  });

  it('a remote server\'s unknown user in a bounce stays the sender\'s address to check', async () => {
    const text = '<carl@far.example>: host mx.far.example[198.51.100.7] said: 550 5.1.1 <carl@far.example>: Recipient address rejected: User unknown (in reply to RCPT TO command)';
    expect((await verdict(text))[1]).toBe('sender');
  });
});

describe('a sending server\'s log of a certificate it could not verify: not a failure, nobody must act', () => {
  it.each([
    'postfix/smtp[4410]: certificate verification failed for mx1.partner.example[203.0.113.25]:25: untrusted issuer /CN=Partner Internal CA',
    'postfix/smtp[4410]: Untrusted TLS connection established to mx1.partner.example[203.0.113.25]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)',
    '[203.0.113.9] SSL verify error: depth=1 error=unable to get local issuer certificate cert=/CN=mail.partner.example',
  ])('%s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['not-an-error', 'none']);
  });
});

describe('a mail program\'s own certificate failure, even after a success reply: its settings', () => {
  it.each([
    'STARTTLS\n220 2.0.0 Ready to start TLS\nError in certificate: the certificate is not trusted',
    '>>> STARTTLS\n<<< 220 Go ahead\n*** certificate verify failed (self signed certificate)',
  ])('%s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['port-encryption', 'sender']);
  });

  it('a success reply with no certificate words stays not an error', async () => {
    expect((await verdict('250 2.0.0 Ok: queued as 4F1A2B3C4D'))[0]).toBe('not-an-error');
  });
});

describe('a program connecting to Microsoft 365 on a port its host does not serve: the port setting', () => {
  it.each([
    'MailConnectException: Couldn\'t connect to host, port: smtp.office365.com, 465; timeout 30000',
    'Error: connect ETIMEDOUT smtp.office365.com:465',
    'Could not connect to server: contoso-com.mail.protection.outlook.com on port: 587: Connection timed out',
  ])('%s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['settings', 'sender']);
  });

  it('the right port timing out is still the connection', async () => {
    const [bucket] = await verdict('MailConnectException: Couldn\'t connect to host, port: smtp.office365.com, 587; timeout 30000');
    expect(bucket).toBe('network-block');
  });
});

describe('a sending server that cannot reach a receiving MX on port 25 (Sendmail\'s queue line): its own network, retried', () => {
  it.each([
    'sm-mta[811]: 0A1B2C3D: to=<x@big.example>, delay=01:02:03, mailer=esmtp, relay=mx.big.example. [192.0.2.80], dsn=4.0.0, stat=Deferred: Connection timed out with mx.big.example.',
    '<ann@mail.example>... Deferred: Connection timed out with mx2.mail.example.',
  ])('%s', async (text) => {
    const [bucket, actor, temporary] = await verdict(text);
    expect(bucket).toBe('network-block');
    expect(['sender-provider', 'network']).toContain(actor);
    expect(temporary).toBe(true);
  });
});

describe('a relay refusal by the sending side\'s own relay: the sending server\'s admin', () => {
  it.each([
    '<ann@gmail.com>: host outgoing.hosting.example[198.51.100.4] said: 554 5.7.1 <ann@gmail.com>: Relay access denied (in reply to RCPT TO command)',
    'postfix/smtp[99]: 1A2B: to=<ann@yahoo.com>, relay=10.0.0.5[10.0.0.5]:25, delay=1, dsn=5.7.1, status=bounced (host 10.0.0.5[10.0.0.5] said: 554 5.7.1 <ann@yahoo.com>: Relay access denied (in reply to RCPT TO command))',
  ])('%s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['settings', 'sender-provider']);
  });

  it('the recipient domain\'s own server refusing to relay stays the recipient\'s side', async () => {
    const text = '<info@shop.example>: host mail.shop.example[203.0.113.3] said: 554 5.7.1 <info@shop.example>: Relay access denied (in reply to RCPT TO command)';
    expect((await verdict(text))[1]).toBe('recipient-provider');
  });
});

describe('program wordings: SquirrelMail quoting its server, old Thunderbird\'s unknown server, "must be authenticated"', () => {
  it('SquirrelMail\'s "Message not sent. Server replied:" is the program\'s own server', async () => {
    expect((await verdict('Message not sent. Server replied:\nTransaction failed\n554 5.7.1 <x@far.example>: Relay access denied')).slice(0, 2)).toEqual(['settings', 'sender']);
  });

  it('"An error occurred sending mail: SMTP server … is unknown" is the server name', async () => {
    expect((await verdict('An error occurred sending mail: SMTP server mail.mybiz.example is unknown.')).slice(0, 2)).toEqual(['settings', 'sender']);
  });

  it.each(['550 must be authenticated', 'SMTP error: 550 Sender must be authenticated'])('%s', async (text) => {
    const [bucket, actor] = await verdict(text);
    expect(['settings', 'credentials']).toContain(bucket);
    expect(actor).toBe('sender');
  });
});

describe('a receiver\'s rate limit on the sending address or host: the sending server\'s operator', () => {
  it.each([
    '421 4.7.0 Too many messages from a new or untrusted IP, slow down (R12)',
    '550 5.7.1 Rejected: too many messages from 198.51.100.23 this hour',
    '554 5.7.1 Too many e-mails from your server today, message refused',
  ])('%s', async (text) => {
    expect((await verdict(text))[1]).toBe('sender-provider');
  });

  it('a temporary one that says to try later may leave it to the retries', async () => {
    expect(['sender-provider', 'none']).toContain((await verdict('451 4.7.1 Received too many messages from 198.51.100.23, try again later'))[1]);
  });

  it('an account\'s own sending allowance stays the person\'s', async () => {
    expect((await verdict('550 5.4.6 You have exceeded your daily sending quota of 500 messages'))[1]).toBe('sender');
  });
});
