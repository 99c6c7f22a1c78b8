// Property test for the hard-bounce rule (Sisimai 5's SMTP::Failure.is_hardbounce): a hard bounce is
// an address or domain that is wrong (userunknown, hostunknown, hasmoved) or a host that takes no
// mail saying so in a 5xx (notaccept); every other reason is soft whatever its class (but a "user unknown"
// filed as filtered), and a report
// still trying (delayed) is never hard. Generated Postfix-style reports with random codes, stages
// and remote wordings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index.ts';

const HARD = new Set(['userunknown', 'hostunknown', 'hasmoved', 'notaccept']);

const words = fc.constantFrom(
  'User unknown', 'No such user here', 'Mailbox full', 'Message rejected as spam', 'Host or domain name not found',
  'Recipient address rejected: Access denied', 'Domain does not accept mail', 'Too many connections', 'Mailbox unavailable',
  'Unknown user', 'Account disabled', 'Message too large', '',
);
const code = fc.constantFrom('550 5.1.1', '550 5.0.0', '554 5.7.1', '552 5.2.2', '450 4.2.1', '451 4.3.0', '550 5.1.2', '556 5.1.10', '421 4.7.0');
const stage = fc.constantFrom('RCPT TO', 'end of DATA', 'MAIL FROM', null);
const remote = fc.constantFrom('mx.example.net', 'mfsmax.docomo.ne.jp', 'mx3.email.ua', 'lsean.ezweb.ne.jp');

const report = (c: string, said: string, at: string | null, host: string, delayed: boolean): string => {
  const [reply = '550', status = '5.0.0'] = c.split(' ');
  const line = `${reply} ${status} ${said}`.trim();
  return [
    'From: MAILER-DAEMON@mx.example.org', 'To: writer@example.org', 'Subject: Undelivered Mail Returned to Sender', 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"', '', '--b', 'Content-Type: text/plain', '',
    `<lee@example.net>: host ${host}[192.0.2.7] said: ${line}${at ? ` (in reply to ${at} command)` : ''}`, '',
    '--b', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.org', '',
    'Final-Recipient: rfc822; lee@example.net', `Action: ${delayed ? 'delayed' : 'failed'}`, `Status: ${status}`,
    `Remote-MTA: dns; ${host}`, `Diagnostic-Code: smtp; ${line}`, '', '--b--', '',
  ].join('\r\n');
};

describe('hard bounce', () => {
  it('is the reason\'s (Sisimai 5), never a delay\'s', async () => {
    await fc.assert(fc.asyncProperty(code, words, stage, remote, fc.boolean(), async (c, said, at, host, delayed) => {
      const { findings } = await analyze(report(c, said, at, host, delayed));
      for (const f of findings) {
        // (filtered may be hard only as a final 5xx whose words are an unknown-address wording: see classify.ts.)
        if (f.hard) expect(HARD.has(f.reason) || (f.reason === 'filtered' && f.status?.startsWith('5') === true && said !== '')).toBe(true);
        if (f.action === 'delayed') expect(f.hard).toBe(false);
        // A final report of an address or a domain that is wrong is a hard bounce.
        if (f.action === 'failed' && f.status?.startsWith('5') && ['userunknown', 'hostunknown', 'hasmoved'].includes(f.reason)) expect(f.hard).toBe(true);
        if (f.reason === 'notaccept' && f.status?.startsWith('4')) expect(f.hard).toBe(false);
      }
    }), { numRuns: 150 });
  });
});
