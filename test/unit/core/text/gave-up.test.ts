// A plain-text report that says the MTA gave up is final (Finding.temporary false) even when the last
// attempt's code is a 4xx / 4.x.x: each message below is written in one MTA family's own layout.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeText } from '../../../../src/core/index.ts';

const GAVE_UP: Record<string, string> = {
  qmail: `From: MAILER-DAEMON@mx.example.org
To: sender@example.net
Subject: failure notice

Hi. This is the qmail-send program at mx.example.org.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ana@example.com>:
192.0.2.7 does not like recipient.
Remote host said: 451 4.3.0 Temporary local problem - please try later
Giving up on 192.0.2.7.

--- Below this line is a copy of the message.
`,
  'qmail queue lifetime': `From: MAILER-DAEMON@mx.example.org
To: sender@example.net
Subject: failure notice

Hi. This is the qmail-send program at mx.example.org.
I'm afraid I wasn't able to deliver your message to the following addresses.

<ana@example.com>:
Connected to 192.0.2.7 but greeting failed.
Remote host said: 421 4.3.2 Service not available
I'm not going to try again; this message has been in the queue too long.

--- Below this line is a copy of the message.
`,
  Exim: `From: Mail Delivery System <Mailer-Daemon@mx.example.org>
To: sender@example.net
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ana@example.com
    retry timeout exceeded
    SMTP error from remote mail server after RCPT TO:<ana@example.com>:
    host mx.example.com [192.0.2.7]: 450 4.2.1 Mailbox temporarily unavailable

------ This is a copy of the message, including all the headers. ------
`,
  'Exim hosts failing': `From: Mail Delivery System <Mailer-Daemon@mx.example.org>
To: sender@example.net
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. The following address(es) failed:

  ana@example.com
    all hosts for 'example.com' have been failing for a long time (and retry time not reached)
    host mx.example.com [192.0.2.7]: 421 4.4.2 Connection timed out
`,
  Sendmail: `From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>
To: sender@example.net
Subject: Returned mail: see transcript for details

The original message was received at Mon, 7 Dec 2026 05:00:00 +0000
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<ana@example.com>
    (reason: 452 4.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to mx.example.com.:
>>> RCPT To:<ana@example.com>
<<< 452 4.2.2 Mailbox full
Message could not be delivered for 5 days
Message will be deleted from queue
`,
  Postfix: `From: MAILER-DAEMON@mx.example.org (Mail Delivery System)
To: sender@example.net
Subject: Undelivered Mail Returned to Sender

This is the mail system at host mx.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. The mail system gave up
after the message had been in the queue for 5 days.

<ana@example.com>: host mx.example.com[192.0.2.7] said: 451 4.7.1 Please try
    again later (in reply to RCPT TO command)
`,
  Exchange: `From: postmaster@example.org
To: sender@example.net
Subject: Undeliverable: Hello

Delivery has failed to these recipients or groups:

ana@example.com
The server has tried to deliver this message, without success, and has stopped trying.

Diagnostic information for administrators:
Remote Server returned '400 4.4.7 Message delayed'
`,
  'failing for days': `From: MAILER-DAEMON@mx.example.org
To: sender@example.net
Subject: Mail delivery failed

Delivery to the following recipient has been failing for 72 hours.
No further delivery attempts will be made.

<ana@example.com>: host mx.example.com[192.0.2.7] said: 421 4.4.0 Remote host did not respond
`,
};

describe('a report that says it gave up is final, whatever its code class', () => {
  for (const [family, text] of Object.entries(GAVE_UP)) {
    it(`${family}: raw and rendered`, async () => {
      for (const a of [await analyze(text), analyzeText(text)]) {
        expect(a.kind).toBe('bounce');
        const f = a.findings.find((x) => x.recipient === 'ana@example.com');
        expect(f).toBeDefined();
        expect(f?.action).toBe('failed');
        expect(f?.temporary).toBe(false);
      }
    });
  }

  it('an address the words call missing, given up on after a 4.x.x, is a hard bounce', async () => {
    const text = GAVE_UP.Exim?.replace('450 4.2.1 Mailbox temporarily unavailable', '450 4.1.1 <ana@example.com>: Recipient address rejected: User unknown in local recipient table') ?? '';
    const f = (await analyze(text)).findings.find((x) => x.recipient === 'ana@example.com');
    expect(f?.reason).toBe('userunknown');
    expect(f?.temporary).toBe(false);
    expect(f?.hard).toBe(true);
  });

  it('a warning that keeps trying stays temporary, even when it mentions earlier failures', async () => {
    const text = `From: Mail Delivery System <Mailer-Daemon@mx.example.org>
To: sender@example.net
Subject: Warning: message 1abcde-000001-AB delayed 24 hours

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mx.example.org.

  ana@example.com
    host mx.example.com [192.0.2.7]: 451 4.3.0 Temporary local problem

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
`;
    const f = (await analyze(text)).findings.find((x) => x.recipient === 'ana@example.com');
    expect(f?.action).toBe('delayed');
    expect(f?.temporary).toBe(true);
  });

  it('without any such words, a 4.x.x report stays temporary', async () => {
    const text = `From: MAILER-DAEMON@mx.example.org
To: sender@example.net
Subject: Mail delivery failed

<ana@example.com>: host mx.example.com[192.0.2.7] said: 450 4.2.1 Mailbox busy (in reply to RCPT TO command)
`;
    const f = (await analyze(text)).findings.find((x) => x.recipient === 'ana@example.com');
    expect(f?.temporary).toBe(true);
  });
});

describe('the family of gave-up sentences, as a property', () => {
  const SENTENCES = [
    "This is a permanent error; I've given up. Sorry it didn't work out.",
    "I'm not going to try again; this message has been in the queue too long.",
    'This is a permanent error. The following address(es) failed:',
    'retry timeout exceeded',
    'all hosts have been failing for a long time and were last tried after this message arrived',
    'Message could not be delivered for 5 days',
    '----- The following addresses had permanent fatal errors -----',
    'The mail system gave up on this message.',
    'The server has tried to deliver this message, without success, and has stopped trying.',
    'Delivery has been failing for 48 hours; no further delivery attempts will be made.',
  ];
  it('any of them, above a 4.x.x refusal, makes the failure final; without them it stays temporary', async () => {
    await fc.assert(fc.asyncProperty(
      fc.constantFrom(...SENTENCES), fc.constantFrom('4.2.1', '4.4.1', '4.7.0', '4.3.0'), fc.boolean(),
      async (sentence, status, said) => {
        const text = `From: MAILER-DAEMON@mx.example.org\nTo: sender@example.net\nSubject: Mail delivery failed\n\n${said ? `${sentence}\n\n` : ''}<ana@example.com>: host mx.example.com[192.0.2.7] said: 450 ${status} try again later (in reply to RCPT TO command)\n`;
        const f = (await analyze(text)).findings.find((x) => x.recipient === 'ana@example.com');
        expect(f?.temporary).toBe(!said);
      },
    ), { numRuns: 80 });
  });
});
