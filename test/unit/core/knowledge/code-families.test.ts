// The families that follow fresh-10 (round 3b): a final reply nothing else names (its code and its
// plainest words), log-prefixed reply lines, and the wordings widened to whole families. Each is
// tried with wordings that are NOT rows of the labelled sets.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../../src/core/knowledge/index.ts';
import { verdict } from './verdict.ts';
import { codeFamily } from '../../../../src/core/knowledge/code-family.ts';


describe('a final reply whose words name no cause', () => {
  it.each([
    ['550 Your mail was refused here', 'policy-reputation', 'sender-provider'],
    ['554 Transaction declined', 'policy-reputation', 'sender-provider'],
    ['530 Please identify yourself first', 'settings', 'sender'],
    ['535 No luck this time', 'credentials', 'sender'],
    ['551 Not our customer, try elsewhere', 'recipient', 'sender'],
  ])('%s', async (text, bucket, actor) => {
    expect((await verdict(text)).slice(0, 2)).toEqual([bucket, actor]);
  });

  it('leaves a code with no words, or words that refuse nothing, to "cause not clear"', async () => {
    expect(codeFamily(550, null, '550')).toBeNull();
    expect(codeFamily(550, null, '550 hello there')).toBeNull();
    expect(codeFamily(553, null, '553 sorry, rejected')).toBeNull();
    expect(codeFamily(553, null, '553 sorry, your envelope sender has been denied')?.bucket).toBe('sender-account');
    expect(codeFamily(550, null, '550 mailbox unavailable')?.bucket).toBe('recipient');
    // A status beyond x.0.0 is the engine's to read.
    expect(codeFamily(550, '5.1.1', '550 5.1.1 rejected')).toBeNull();
    expect((await verdict('550'))[1]).toBeNull();
  });
});

describe('a mail log\'s reply line', () => {
  it.each([
    ['ERROR: 451 Lost connection, come back', 'remote-transient', 'none', true],
    ['OUT ERR 550 #5.1.1 No such person', 'recipient', 'sender', false],
  ])('%s', async (text, bucket, actor, temporary) => {
    expect(await verdict(text)).toEqual([bucket, actor, temporary]);
  });

  it('is not any sentence with a number in it', async () => {
    expect((await explain('In 2024 we sent 550 letters')).items).toHaveLength(0);
  });
});

describe('wordings widened to families', () => {
  it.each([
    ['554 5.7.1 Banned attachment type found', 'content', 'sender'],
    ['550 Executable content is not accepted', 'content', 'sender'],
    ['550 Callout verification failed for sender', 'sender-account', 'sender'],
    ['550 Not accepting mail for this user', 'recipient', 'recipient'],
    ['554 Your server has been flagged as a source of spam', 'policy-reputation', 'sender-provider'],
    ['550 5.7.1 DMARC alignment required for this domain', 'policy-reputation', 'sender'],
    ['554 5.7.1 Policy violation detected', 'policy-reputation', 'sender-provider'],
    ['550 5.7.1 Sender IP has been blocked', 'policy-reputation', 'sender-provider'],
    ['Posteingang voll', 'recipient', 'recipient'],
  ])('%s', async (text, bucket, actor) => {
    expect((await verdict(text)).slice(0, 2)).toEqual([bucket, actor]);
  });
});

describe('a short text with no code, in a family\'s plainest words', () => {
  it.each([
    ['Sign-in failed for this account', 'credentials', 'sender'],
    ['Anmeldung am Server fehlgeschlagen', 'credentials', 'sender'],
    ['TLS negotiation failed', 'port-encryption', 'sender'],
    ['Internet connection lost while sending', 'network-block', 'network'],
    ['Outgoing server not found', 'settings', 'sender'],
    ['Relaying is not permitted', 'settings', 'sender'],
    ['Die Datei ist zu groß', 'content', 'sender'],
    ['Hourly sending limit exceeded', 'sender-account', 'sender'],
    ['Mailbox not available', 'recipient', 'sender'],
  ])('%s', async (text, bucket, actor) => {
    expect((await verdict(text)).slice(0, 2)).toEqual([bucket, actor]);
  });

  it('leaves long texts, texts with a code and plain sentences alone', async () => {
    expect((await explain('Our new login page failed to load yesterday, sorry! '.repeat(8))).items).toHaveLength(0);
    expect((await explain('My cat is too big for her basket')).items).toHaveLength(0);
    expect((await explain('Please send the invoice again')).items).toHaveLength(0);
  });
});

describe('families widened after fresh-11', () => {
  it.each([
    ['550 user@example.org recipient refused', 'recipient', 'sender'],
    ['521 mx.example.org blocked, go away', 'policy-reputation', 'sender-provider'],
    ['550 [192.0.2.9] has been blocked', 'policy-reputation', 'sender-provider'],
    ['554 Connection blocked for spamming', 'policy-reputation', 'sender-provider'],
    ['550 example.net requires valid sender domain', 'sender-account', 'sender'],
    ['451 Maximum messages per connection reached', 'sender-account', 'sender'],
    ['Did not receive a greeting from the server', 'port-encryption', 'sender'],
    ['Error connecting to the outgoing server', 'settings', 'sender'],
    ['Unknown host', 'recipient', 'sender'],
  ])('%s', async (text, bucket, actor) => {
    expect((await verdict(text)).slice(0, 2)).toEqual([bucket, actor]);
  });
});

describe('more families', () => {
  it.each([
    ['Fehler beim Versand der E-Mail', 'unknown', null],
    ['554 Your IP is banned', 'policy-reputation', 'sender-provider'],
    ['The server refused the sender', 'sender-account', 'sender'],
    ['550 Forged sender address', 'sender-account', 'sender'],
    ['550 No MX hosts found for domain example.invalid', 'recipient', 'sender'],
    ['550 Slow down, too many messages', 'policy-reputation', 'sender-provider'],
  ])('%s', async (text, bucket, actor) => {
    const [b, a] = await verdict(text);
    expect([b, bucket === 'unknown' ? null : a]).toEqual([bucket, actor]);
  });
});

describe('families widened after fresh-12', () => {
  it.each([
    ['550 recipient is locked', 'recipient', 'recipient'],
    ['554 Sorry, RBL denied', 'policy-reputation', 'sender-provider'],
    ['553 server denies relaying', 'settings', 'sender'],
    ['550 This server refuses the sender', 'sender-account', 'sender'],
    ['554 Message is too long', 'content', 'sender'],
    ['454 4.7.0 Your password has expired', 'credentials', 'sender'],
    ['556 Sorry, we do not accept mail', 'recipient', 'sender'],
    ['550 Your inbox is full', 'recipient', 'recipient'],
    ['554 Blocked - see AUP#X-2001', 'policy-reputation', 'sender-provider'],
  ])('%s', async (text, bucket, actor) => {
    expect((await verdict(text)).slice(0, 2)).toEqual([bucket, actor]);
  });
});

describe('families widened after fresh-13', () => {
  it.each([
    ['java.net.SocketException: Connection reset by peer', 'network-block', 'network'],
    ['Error: connect ETIMEDOUT 192.0.2.4:587', 'network-block', 'network'],
    ['Error: getaddrinfo ENOTFOUND smtp.example.invalid', 'settings', 'sender'],
    ['PKIX path building failed: unable to find valid certification path to requested target', 'port-encryption', 'sender'],
    ['454 4.7.0 Temporary authentication failure, try again', 'credentials', 'sender'],
    ['452 Hourly sending limit exceeded', 'sender-account', 'sender'],
    ['550 Mailbox is overquota', 'recipient', 'recipient'],
  ])('%s', async (text, bucket, actor) => {
    expect((await verdict(text)).slice(0, 2)).toEqual([bucket, actor]);
  });

  it('reads Exim\'s HELO refusal as the program\'s own name when a program got it, and as the sending server\'s in a bounce', async () => {
    expect((await verdict('Syntactically invalid HELO argument(s)')).slice(0, 2)).toEqual(['settings', 'sender']);
    expect((await verdict('SMTP error from remote mail server after EHLO:\n501 Syntactically invalid HELO argument(s)')).slice(0, 2)).toEqual(['policy-reputation', 'sender-provider']);
  });
});

describe('a cause named without certainty', () => {
  it('gets no general guidance beside it, whose "who acts" would contradict it', async () => {
    const r = await explain('The network connection was lost');
    expect(r.items[0]?.explanation.actor).toBe('network');
    expect(r.items[0]?.explanation.confidence).toBeLessThan(0.5);
    expect(r.general).toBeNull();
  });
});

describe('a connection the server ended', () => {
  it.each(['Server closed the connection unexpectedly', 'Die Verbindung zum Server wurde unerwartet getrennt'])('%s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['port-encryption', 'sender']);
  });
});
