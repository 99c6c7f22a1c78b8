// Round 4b's family rules (after fresh-50), each tried on wordings that are in no labelled set, so
// a rule that only fits one fixture sentence fails here.
import { describe, expect, it } from 'vitest';
import { verdict } from './verdict.ts';

describe('Microsoft submission exceptions, read by their name', () => {
  it.each([
    '554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception',
    'SMTP error 554: 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message',
  ])('the sender\'s own account, not the recipient: %s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['sender-account', 'sender']);
  });

  it('send-as denied is the program\'s From setting', async () => {
    expect((await verdict('550 5.7.60 SMTP; jane@example.org not allowed to send as sales@example.org; STOREDRV.Submission.Exception:SendAsDeniedException'))
      .slice(0, 2)).toEqual(['settings', 'sender']);
  });
});

describe('a Java mail library quoting the refusal', () => {
  it('its "Invalid Addresses" wrapper around a relay refusal is the program\'s own login or settings', async () => {
    expect((await verdict('jakarta.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\torg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.7.1 <ops@example.net>: Relaying not permitted'))
      .slice(0, 2)).toEqual(['settings', 'sender']);
  });

  it('a protocol refusal behind it is the sending program\'s command, not the recipient\'s filter', async () => {
    expect((await verdict('Invalid Addresses: 502 5.5.2 Error: command not recognized')).slice(0, 2)).toEqual(['settings', 'sender']);
  });

  it('an account limit behind it is the sender\'s allowance, still temporary', async () => {
    expect(await verdict('SMTPAddressFailedException: 452 4.7.1 The limits for this account have been reached, retry later')).toEqual(['sender-account', 'sender', true]);
  });
});

describe('a refusal that names the sending host or its address with a block word', () => {
  it.each([
    '550 5.7.1 <mx.example.org>: Client host rejected: cannot find your reverse hostname',
    '554 mx2.example.net 198.51.100.7 is blocked for spamming, see our postmaster page',
  ])('is the sending server\'s standing: %s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['policy-reputation', 'sender-provider']);
  });
});

describe('the sender address the program gave', () => {
  it.each([
    "smtplib.SMTPSenderRefused: (553, b'5.1.7 Sender address must include a domain', 'backup')",
    '501 5.1.7 Domain name required for sender address root',
  ])('without a domain is the From setting: %s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['settings', 'sender']);
  });

  it('one that is not the account\'s own is the sender\'s', async () => {
    expect((await verdict('550 5.7.1 The From address is not one of your addresses on this account')).slice(1, 2)).toEqual(['sender']);
  });
});

describe('a mail server\'s own log of its outgoing port-25 connection', () => {
  it('timing out is its own network (often a blocked port 25), retried', async () => {
    expect(await verdict('Mar  2 10:00:01 relay postfix/smtp[811]: connect to mx1.example.com[203.0.113.25]:25: Connection timed out')).toEqual(['network-block', 'network', true]);
  });

  it('a deferred line with an unreachable network reads the same', async () => {
    expect(await verdict('postfix/smtp[912]: 4F2A1C: to=<ann@example.com>, relay=none, delay=61, dsn=4.4.1, status=deferred (connect to mx.example.com[198.51.100.4]:25: No route to host)'))
      .toEqual(['network-block', 'network', true]);
  });

  it('the same words in a bounce to the person (no log of its own) stay a fault further along', async () => {
    expect(await verdict('<ann@example.com>: connect to mx.example.com[198.51.100.4]:25: Connection timed out')).toEqual(['remote-transient', 'none', true]);
  });
});

describe('a server\'s log that deferred a remote reply it quotes', () => {
  it('is read by the quoted reply, still temporary', async () => {
    expect(await verdict('postfix/smtp[5150]: 9C1D2E: to=<lee@example.net>, relay=mx.example.net[203.0.113.80]:25, dsn=4.0.0, status=deferred (host mx.example.net[203.0.113.80] refused to talk to me: 421 Your IP 192.0.2.44 has no PTR record, rejected)'))
      .toEqual(['policy-reputation', 'sender-provider', true]);
  });

  it('a deferral without a quoted reply stays a delay nobody acts on yet', async () => {
    expect(await verdict('postfix/qmgr[310]: 1A2B3C: to=<lee@example.net>, status=deferred (delivery temporarily suspended: lost connection with mx.example.net[203.0.113.80] while receiving the initial server greeting)'))
      .toEqual(expect.arrayContaining(['none']));
  });
});

describe('a Python 2 smtplib tuple without the bytes prefix', () => {
  it('is read by its reply code and words', async () => {
    expect((await verdict("smtplib.SMTPAuthenticationError: (535, 'Incorrect authentication data')")).slice(0, 2)).toEqual(['credentials', 'sender']);
  });
});

describe('a server\'s access rules refusing the sender address', () => {
  it('said to the person\'s program: their login or From address', async () => {
    expect((await verdict('553 5.7.1 <office@example.org>: Sender address rejected: Access denied')).slice(0, 2)).toEqual(['settings', 'sender']);
  });

  it('a recipient refused by an access rule in a reply stays the recipient side\'s', async () => {
    expect((await verdict('550 5.7.1 <kim@example.net>: Recipient address rejected: Access denied'))[1]).not.toBe('sender-provider');
  });
});

describe('a receiving server\'s own log of refusing a client', () => {
  it('is that server\'s own rule: not the remote recipient\'s provider', async () => {
    const v = await verdict('Jun  3 09:12:44 gw postfix/smtpd[2211]: NOQUEUE: reject: RCPT from laptop.lan[10.0.0.23]: 554 5.7.1 <ann@example.net>: Relay access denied; from=<me@example.org> to=<ann@example.net> proto=ESMTP helo=<laptop>');
    expect(v[1]).not.toBe('recipient-provider');
  });

  it('an access-list refusal in such a log goes to the sending side', async () => {
    expect((await verdict('postfix/submission/smtpd[88]: NOQUEUE: reject: RCPT from host.example[198.51.100.30]: 554 5.7.1 <b@example.com>: Recipient address rejected: Access denied; from=<a@example.org> to=<b@example.com> proto=ESMTP'))[1])
      .toBe('sender-provider');
  });
});

describe('lettre (Rust) printing a reply code as its parts', () => {
  it('is read as that code', async () => {
    expect(['credentials', 'settings']).toContain((await verdict('mail error: lettre::transport::smtp::Error { kind: Permanent(Code { severity: PermanentNegativeCompletion, category: Unspecified3, detail: Five }) }'))[0]);
  });

  it('a transient one is temporary', async () => {
    expect((await verdict('SMTP error: Error { kind: Transient(Code { severity: TransientNegativeCompletion, category: MailSystem, detail: One }) }'))[2]).toBe(true);
  });
});

describe('the message content named as what was refused', () => {
  it.each([
    '554 5.7.0 Message content was refused by our filter',
    'SMTP error (550): Mail rejected because of its content',
  ])('is the message, not the sending server: %s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['content', 'sender']);
  });

  it('a block list beside it stays the sending server\'s standing', async () => {
    expect((await verdict('550 Content rejected: your IP is on a block list'))[0]).toBe('policy-reputation');
  });
});

describe('a single line that reports a 4xx reply', () => {
  it('is that reply, retried, even with a bounce\'s words in it', async () => {
    expect((await verdict('H=mx.example.net [203.0.113.5]: SMTP error from remote mail server after MAIL FROM:<a@example.org>: 452 4.3.1 Insufficient system resources'))[2]).toBe(true);
  });

  it('with words of giving up it is final', async () => {
    expect((await verdict('host mx.example.net[203.0.113.5] said: 451 4.3.0 Temporary lookup failure; retry timeout exceeded'))[2]).toBe(false);
  });
});
