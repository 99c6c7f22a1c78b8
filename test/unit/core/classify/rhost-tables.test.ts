// Receiving hosts' own tables (classify/rhost.ts, after Sisimai 5's rhost modules): the receiving
// host named in the report decides by stage and code; the same words from any other host do not.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';
import { rhostReason } from '../../../../src/core/classify/rhost.ts';

// A Postfix-style DSN written here (example addresses), the remote reply at the given stage.
const report = (remote: string, stage: string, status: string, reply: string): string => [
  'From: MAILER-DAEMON@mx.sender.example', 'To: writer@sender.example', 'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="b"', '', '--b',
  'Content-Type: text/plain', '', 'This is the mail system at host mx.sender.example.', '',
  `<lee@phone.example>: host ${remote}[192.0.2.7] said: ${reply} (in reply to ${stage} command)`, '',
  '--b', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.sender.example', '',
  'Final-Recipient: rfc822; lee@phone.example', 'Action: failed', `Status: ${status}`, `Remote-MTA: dns; ${remote}`,
  `Diagnostic-Code: smtp; ${reply}`, '', '--b--', '',
].join('\r\n');

describe('NTT docomo (mfsmax.docomo.ne.jp)', () => {
  it('"550 Unknown user" after DATA is the recipient\'s reception settings (rejected, soft); at RCPT the address', async () => {
    const [data] = (await analyze(report('mfsmax.docomo.ne.jp', 'end of DATA', '5.0.0', '550 Unknown user lee@phone.example'))).findings;
    expect(data).toMatchObject({ recipient: 'lee@phone.example', reason: 'rejected', hard: false, temporary: false });
    const [rcpt] = (await analyze(report('mfsmax.docomo.ne.jp', 'RCPT TO', '5.0.0', '550 Unknown user lee@phone.example'))).findings;
    expect(rcpt).toMatchObject({ reason: 'userunknown', hard: true });
  });

  it('status 5.2.0 is its filter; its 552 wordings name the size and the recipient count', () => {
    const base = { host: 'mfsmax.docomo.ne.jp', command: 'DATA' };
    expect(rhostReason({ ...base, status: '5.2.0', diagnostic: '550 unknown user x@y' })).toBe('filtered');
    expect(rhostReason({ ...base, status: '5.0.0', diagnostic: '552 too much mail data' })).toBe('mailboxfull');
    expect(rhostReason({ ...base, status: '5.0.0', diagnostic: '552 too many recipients' })).toBe('toomanyconn');
    expect(rhostReason({ ...base, status: '5.1.1', diagnostic: '' })).toBe('userunknown');
  });

  it('the same reply from another host, or a host that only ends in the name, is not its table', async () => {
    const [other] = (await analyze(report('mx.other.example', 'end of DATA', '5.0.0', '550 Unknown user lee@phone.example'))).findings;
    expect(other?.reason).not.toBe('rejected');
    expect(rhostReason({ host: 'evildocomo.ne.jp', status: '5.0.0', command: 'DATA', diagnostic: '' })).toBeNull();
    expect(rhostReason({ host: 'docomo.ne.jp.attacker.example', status: '5.0.0', command: 'DATA', diagnostic: '' })).toBeNull();
  });

  it('is chosen by the recipient\'s domain too (Sisimai 5 tries it first), then the reporting MTA; not by a public suffix', () => {
    const at = { host: '', status: '5.0.0', command: 'DATA', diagnostic: '550 unknown user' };
    expect(rhostReason({ ...at, domain: 'docomo.ne.jp' })).toBe('rejected');
    expect(rhostReason({ ...at, reportingHost: 'mfsmax.docomo.ne.jp' })).toBe('rejected');
    expect(rhostReason({ ...at, domain: 'ne.jp' })).toBeNull();
    expect(rhostReason({ ...at, domain: 'example.jp', reportingHost: 'mx.example.jp' })).toBeNull();
  });
});

describe('i.ua (mx*.email.ua)', () => {
  it('its numbered error page names the cause, not the words around it', () => {
    const at = (diagnostic: string): string | null => rhostReason({ host: 'mx3.email.ua', status: '5.0.0', command: 'RCPT', diagnostic });
    expect(at('550 mailbox is frozen. see http://mail.i.ua/err/3/')).toBe('suspend');
    expect(at('550 see http://mail.i.ua/err/2/')).toBe('userunknown');
    expect(at('550 see http://mail.i.ua/err/10/')).toBe('filtered');
    expect(at('550 see http://mail.i.ua/err/99/')).toBeNull();
    expect(rhostReason({ host: 'mx.other.example', status: '5.0.0', command: 'RCPT', diagnostic: '550 see http://mail.i.ua/err/2/' })).toBeNull();
  });
});
