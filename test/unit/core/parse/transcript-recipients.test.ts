// A report that names its recipient only in a session transcript: Postfix's notice to the postmaster
// (" In:  RCPT TO:<x>" / " Out: 451 …") and Sendmail's (">>> RCPT To:<x>" / "<<< 550 …").
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';
import { transcriptRecipients } from '../../../../src/core/parse/transcript-recipients.ts';

const postfixNotice = (afterData: string, rcptReply = '250 2.1.5 Ok'): string => `From: MAILER-DAEMON@mx.example.org (Mail Delivery System)
To: postmaster@mx.example.org (Postmaster)
Subject: Postfix SMTP server: errors from client.example.net[192.0.2.9]

Transcript of session follows.

 Out: 220 mx.example.org ESMTP
 In:  EHLO client.example.net
 Out: 250-mx.example.org
 Out: 250 CHUNKING
 In:  MAIL FROM:<list-bounces@example.net> SIZE=2048
 Out: 250 2.1.0 Ok
 In:  RCPT TO:<ana@example.org> ORCPT=rfc822;ana@example.org
 Out: 250 2.1.5 Ok
 In:  RCPT TO:<ben@example.org>
 Out: ${rcptReply}
 In:  DATA
 Out: 354 End data with <CR><LF>.<CR><LF>
 Out: ${afterData}
 In:  QUIT
 Out: 221 2.0.0 Bye

For other details, see the local mail logfile
`;

describe('recipients named only by a session transcript', () => {
  it('Postfix: a refusal after DATA is about every accepted recipient, never the sender', async () => {
    const a = await analyze(postfixNotice('451 4.3.0 Error: queue file write error'));
    expect(a.findings.map((f) => f.recipient).sort()).toEqual(['ana@example.org', 'ben@example.org']);
    expect(a.findings.every((f) => f.status === '4.3.0' && f.replyCode === 451)).toBe(true);
  });

  it('Postfix: a refusal of RCPT is about that recipient only', () => {
    const region = postfixNotice('250 2.0.0 Ok: queued', '550 5.1.1 <ben@example.org>: Recipient address rejected');
    expect(transcriptRecipients(region)).toEqual(['ben@example.org']);
  });

  it('a transcript where nothing was refused names no failed recipient', () => {
    expect(transcriptRecipients(postfixNotice('250 2.0.0 Ok: queued'))).toEqual([]);
  });

  it('Sendmail: ">>> RCPT To:" then "<<< 550"', () => {
    const transcript = `   ----- Transcript of session follows -----
... while talking to mx.example.org.:
>>> MAIL From:<sender@example.net> SIZE=1024
<<< 250 2.1.0 Ok
>>> RCPT To:<cy@example.org>
<<< 550 5.7.1 Relaying denied
`;
    expect(transcriptRecipients(transcript)).toEqual(['cy@example.org']);
  });
});
