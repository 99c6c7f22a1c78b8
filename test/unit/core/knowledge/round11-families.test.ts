// Round 11's family rules (knowledge22, after studying error-texts-lead15.tsv's English misses by kind and trying each
// kind on new public texts first: rows-knowledge22.py), each tried here on wordings of our own that are in no
// labelled set, and on the neighbours each rule must leave alone.
import { describe, expect, it } from 'vitest';
import { verdict } from './verdict.ts';

describe('a receiving server that judged its own private gateway by SPF or reverse DNS: its admin', () => {
  it.each([
    'postfix/smtpd[311]: NOQUEUE: reject: RCPT from unknown[172.20.0.1]: 550 5.7.23 <ina@club.example>: Recipient address rejected: Message rejected due to: SPF fail - not authorized; from=<news@shop.example> to=<ina@club.example> proto=ESMTP helo=<out.shop.example>',
    'postfix/smtpd[311]: NOQUEUE: reject: RCPT from unknown[10.0.3.1]: 450 4.7.1 Client host rejected: cannot find your reverse hostname, [10.0.3.1]; from=<a@shop.example> to=<b@club.example> proto=ESMTP helo=<out.shop.example>',
  ])('%s', async (text) => {
    expect((await verdict(text))[1]).toBe('recipient-provider');
  });

  it('the same check of a public address stays the sending side\'s', async () => {
    const text = 'postfix/smtpd[311]: NOQUEUE: reject: RCPT from out.shop.example[198.51.100.20]: 550 5.7.23 <ina@club.example>: Recipient address rejected: Message rejected due to: SPF fail - not authorized; from=<news@shop.example> to=<ina@club.example> proto=ESMTP helo=<out.shop.example>';
    expect((await verdict(text))[1]).not.toBe('recipient-provider');
  });
});

describe('a receiving server\'s own log of an unknown sender domain: the sending side\'s DNS', () => {
  it('Postfix\'s reject_unknown_sender_domain in its own log', async () => {
    const text = 'postfix/smtpd[88]: NOQUEUE: reject: RCPT from out.mailer.example[198.51.100.4]: 450 4.1.8 <bounce-77@em.news.example>: Sender address rejected: Domain not found; from=<bounce-77@em.news.example> to=<me@club.example> proto=ESMTP helo=<out.mailer.example>';
    expect(await verdict(text)).toEqual(['sender-account', 'sender-provider', true]);
  });
});

describe('OpenSMTPD\'s own log of a recipient it refused: that server\'s admin', () => {
  it('smtp-in: Failed command … RCPT TO … 550 Invalid recipient', async () => {
    const text = 'smtp-in: Failed command on session 0a1b2c3d4e5f6a7b: "RCPT TO:<desk@box.example>" => 550 Invalid recipient';
    expect((await verdict(text)).slice(0, 2)).toEqual(['recipient', 'recipient-provider']);
  });
});

describe('a mail server\'s own queue entry for a deferred message: its reason, retried by the queue', () => {
  it.each([
    '(lost connection with mx.far.example[203.0.113.8] while receiving the initial server greeting) anna@far.example',
    'postfix/error[20]: 1A2B3C: to=<anna@far.example>, relay=none, delay=900, delays=800/100/0/0, dsn=4.4.2, status=deferred (delivery temporarily suspended: lost connection with mx.far.example[203.0.113.8] while receiving the initial server greeting)',
  ])('%s', async (text) => {
    expect(await verdict(text)).toEqual(['remote-transient', 'none', true]);
  });
});

describe('a sending server\'s log of a certificate whose name did not match: waits, the servers\' admins act', () => {
  it('num=62:hostname mismatch', async () => {
    const text = 'postfix/smtp[71]: server certificate verification failed for mx2.partner.example[203.0.113.30]:25: num=62:hostname mismatch';
    expect(await verdict(text)).toEqual(['port-encryption', 'sender-provider', true]);
  });

  it('an untrusted issuer stays a log line, not a failure', async () => {
    const text = 'postfix/smtp[71]: certificate verification failed for mx2.partner.example[203.0.113.30]:25: untrusted issuer /CN=Partner CA';
    expect((await verdict(text)).slice(0, 2)).toEqual(['not-an-error', 'none']);
  });
});

describe('a program\'s own server refusing it for too many connections from its address: the program\'s habit', () => {
  it('Symfony\'s wrapper around the 421', async () => {
    const text = 'Expected response code "220" but got code "421", with message "421 4.7.0 smtp.host.example Error: too many connections from 198.51.100.61".';
    expect((await verdict(text)).slice(0, 2)).toEqual(['remote-transient', 'sender']);
  });

  it('the same words in a bounce stay nobody\'s yet', async () => {
    const text = '<a@far.example>: host mx.far.example[203.0.113.8] said: 421 4.7.0 mx.far.example Error: too many connections from 198.51.100.61 (in reply to MAIL FROM command)';
    expect((await verdict(text))[1]).not.toBe('sender');
  });
});

describe('a mailbox provider\'s warning about a message that failed its domain\'s authentication', () => {
  it('is the sending domain\'s set-up, not a login', async () => {
    const text = "Warning: this email has failed its domain's authentication requirements. It may be spoofed or improperly forwarded.";
    expect((await verdict(text)).slice(0, 2)).toEqual(['policy-reputation', 'sender-provider']);
  });

  it('a login refusal stays the login', async () => {
    expect((await verdict('535 5.7.8 Error: authentication failed: authentication failure'))[0]).toBe('credentials');
  });
});

describe('Python\'s smtplib used with no connection open: the program\'s set-up', () => {
  it('please run connect() first', async () => {
    expect((await verdict('SMTPServerDisconnected: please run connect() first'))[1]).toBe('sender');
  });
});

describe('an SPF check reported as failed, with no other cause read: the sending domain\'s provider', () => {
  it("a library's ('fail', 550, …) tuple", async () => {
    expect((await verdict("('fail', 550, 'SPF fail - not authorized')")).slice(0, 2)).toEqual(['policy-reputation', 'sender-provider']);
  });

  it('an SPF failure the engine already reads keeps its reading', async () => {
    expect((await verdict('Message refused: SPF check failed for sender domain shop.example'))[0]).toBe('policy-reputation');
  });
});
