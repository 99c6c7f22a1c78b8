// Local delivery agents' own errors (classify/lda.ts, after Sisimai 5's LDA module): the agent named in
// the diagnostic decides, at no SMTP stage or after DATA; a refusal at RCPT is the server's.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';
import { localAgentReason } from '../../../../src/core/classify/lda.ts';

// A sendmail-style DSN written here (example addresses).
const dsn = (diagnostic: string, type = 'X-Unix'): string => [
  'From: MAILER-DAEMON@mx.example.org', 'To: writer@example.org', 'Subject: Returned mail: see transcript for details', 'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b"', '', '--b', 'Content-Type: text/plain', '',
  '   ----- The following addresses had permanent fatal errors -----', '<lee@example.net>', `    (reason: ${diagnostic})`, '',
  '--b', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.org', '',
  'Final-Recipient: RFC822; lee@example.net', 'Action: failed', 'Status: 5.0.0', `Diagnostic-Code: ${type}; ${diagnostic}`, '', '--b--', '',
].join('\r\n');

describe('local delivery agents', () => {
  it('a user unknown to the agent is the address (a hard bounce), not a filter', async () => {
    for (const said of ['mail.local: user unknown', 'vdeliver: invalid or unknown virtual user', 'maildrop: cannot find system user', 'vdelivermail: sorry, no mailbox here by that name.']) {
      const [f] = (await analyze(dsn(said))).findings;
      expect([said, f?.reason, f?.hard]).toEqual([said, 'userunknown', true]);
    }
  });

  it('names a full mailbox, a full disk, a locked account; anything else the agent says is its own failure', async () => {
    expect((await analyze(dsn('procmail: Quota exceeded while writing "/var/mail/lee"'))).findings[0]?.reason).toBe('mailboxfull');
    expect((await analyze(dsn('procmail: No space left to finish writing "/var/mail/lee"'))).findings[0]?.reason).toBe('systemfull');
    expect((await analyze(dsn('vdelivermail: account is locked email bounced', 'smtp'))).findings[0]?.reason).toBe('suspend');
    expect((await analyze(dsn('mail.local: something odd happened', 'smtp'))).findings[0]?.reason).toBe('mailererror');
  });

  it('only at no stage or after DATA, and Dovecot only by its whole rejection template', () => {
    expect(localAgentReason('550 mail.local: user unknown', 'RCPT')).toBeNull();
    expect(localAgentReason('550 mail.local: user unknown', 'DATA')).toBe('userunknown');
    expect(localAgentReason('your message to <lee@example.net> couldn\'t be delivered', null)).toBeNull();
    expect(localAgentReason("your message to <lee@example.net> was automatically rejected: mailbox doesn't exist: lee", null)).toBe('userunknown');
    expect(localAgentReason('your message to <lee@example.net> was automatically rejected: i do not want it', null)).toBeNull();
  });
});

describe('a reply code with no words (Sisimai 5.2.2 SMTP::Reply.AssociatedWith)', () => {
  it('names what RFC 5321 and 4954 give it; a bare 550 at RCPT stays the address', async () => {
    const { classify } = await import('../../../../src/core/classify/classify.ts');
    const bare = (replyCode: number, command: string | null = null): string =>
      classify({ texts: [{ lower: String(replyCode) }], reportIndex: null, status: null, replyCode, command, action: 'failed', providers: new Set() }).reason;
    expect([551, 452, 535, 454, 555, 552].map((c) => bare(c))).toEqual(
      ['hasmoved', 'systemfull', 'securityerror', 'securityerror', 'syntaxerror', 'mailboxfull']);
    expect(bare(550, 'RCPT')).toBe('userunknown');
    expect(bare(451)).toBe('onhold');
  });
});
