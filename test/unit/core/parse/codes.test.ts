import { describe, expect, it } from 'vitest';
import { findCommand, findReplyCode, findStatus } from '../../../../src/core/parse/codes.ts';

describe('SMTP codes in text', () => {
  it('finds enhanced status codes, not IP addresses or versions', () => {
    expect(findStatus('host 192.0.2.153 said: 550 5.1.1 <x@y>')?.value).toBe('5.1.1');
    expect(findStatus('Exim 4.72 (8.2.234.1) ok')).toBeNull();
    expect(findStatus('#5.5.0 (qmail)')?.value).toBe('5.5.0');
    // A generic x.0.0 followed on its line by the server's own status of the same class: the server's.
    expect(findStatus('<mx.example.net #5.0.0 smtp; 550 5.1.1 <a@b.example>... User unknown>')?.value).toBe('5.1.1');
    expect(findStatus('Status: 5.0.0\nlater on: 5.1.1')?.value).toBe('5.0.0');
    expect(findStatus('#5.0.0 smtp; 450 4.2.2 over quota')?.value).toBe('5.0.0');
  });

  it('finds reply codes at the start of a reply, not inside numbers', () => {
    expect(findReplyCode('remote host 192.0.2.32 said: 550 Unknown user')?.value).toBe(550);
    expect(findReplyCode('ERROR_CODE :550, ERROR_CODE :5.1.1')?.value).toBe(550);
    expect(findReplyCode('SIZE=1543 id 2550')).toBeNull();
    expect(findReplyCode('550-5.7.1 multi-line')?.value).toBe(550);
    // Exchange's bare class code counts only beside an enhanced status of its class.
    expect(findReplyCode('smtp;400 4.4.7 Message delayed')?.value).toBe(400);
    expect(findReplyCode('queued 400 messages today')).toBeNull();
  });

  it('prefers the remote server\'s code in a Sendmail line, and an error code over a greeting', () => {
    expect(findReplyCode('554 <a@example.org>... 550 Host unknown')?.value).toBe(550);
    expect(findReplyCode('220-laposte 421 4.2.1 Service refuse')?.value).toBe(421);
    expect(findReplyCode('smtp; 541 5.4.1 Mail rejected')).toBeNull();
  });

  it('names the SMTP command the reply answered', () => {
    expect(findCommand('(in reply to RCPT TO command)')).toBe('RCPT');
    expect(findCommand('SMTP error from remote mail server after MAIL FROM:<a@b>')).toBe('MAIL');
    expect(findCommand('>>> DATA\n<<< 550 rejected')).toBe('DATA');
    expect(findCommand('SMTP error from remote mail server after end of data')).toBe('DATA');
    // DragonFly Mail Agent: "<host> [<ip>] did not like our RCPT TO:" / "… our final DATA:".
    expect(findCommand('mx.example.net [192.0.2.1] did not like our RCPT TO:')).toBe('RCPT');
    expect(findCommand('mx.example.net [192.0.2.1] did not like our final DATA:')).toBe('DATA');
    expect(findCommand('nothing here')).toBeNull();
    // Postfix: the greeting banner was an error, across a folded line.
    expect(findCommand('host mx.example.net[192.0.2.1] refused to\n    talk to me: 554 go away')).toBe('CONNECT');
  });
});

describe('a success status before an error\'s', () => {
  it('is skipped for the error\'s status; taken when it stands alone', () => {
    expect(findStatus('<-- 250 2.1.0 Ok\n--> RCPT To:<b@example.net>\n<-- 550 5.1.1 <b@example.net>: unknown')?.value).toBe('5.1.1');
    expect(findStatus('250 2.1.5 Ok: delivered to mailbox')?.value).toBe('2.1.5');
  });
});

describe('the command a reply answered, in a folded line', () => {
  it('reads "in reply to" and the command across a line break (Postfix folds anywhere)', () => {
    expect(findCommand('said: 552 5.2.2 Over quota (in reply to\n    RCPT TO command)')).toBe('RCPT');
    expect(findCommand('said: 550 5.7.1 rejected (in reply to end of\n    DATA command)')).toBe('DATA');
    expect(findCommand('said: 550 5.7.1 rejected (in\n    reply to MAIL FROM command)')).toBe('MAIL');
  });
});

describe('a reply tagged with the stage it answered (Yahoo)', () => {
  it('reads [RCPT_TO], [MAIL_FROM] and [BODY]', () => {
    expect(findCommand('Remote host said: 550 Unknown user x@example.org [RCPT_TO]')).toBe('RCPT');
    expect(findCommand('Remote host said: 553 sender rejected [MAIL_FROM]')).toBe('MAIL');
    expect(findCommand('Remote host said: 554 Message not allowed [BODY]')).toBe('DATA');
    expect(findCommand('Remote host said: 550 see [RFC 5321]')).toBeNull();
  });
});
