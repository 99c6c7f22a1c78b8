// Amazon SES / WorkMail write their own summary ("5.1.0 - Unknown address error") and quote the
// receiving server's reply after it, in single or double quotes. Beside a generic Status field
// (5.0.0) the quoted reply's status is the more specific one of the same class: it is reported,
// and it is what the cause is read from.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const sesReport = (diagnostic: string, status = '5.0.0 (permanent failure)'): string => `From: MAILER-DAEMON@email-bounces.amazonses.com
To: sender@example.net
Subject: Delivery Status Notification (Failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="SES"

--SES
Content-Type: text/plain; charset=UTF-8

An error occurred while trying to deliver the mail to the following recipients:
ana@example.com

--SES
Content-Type: message/delivery-status

Reporting-MTA: dns; a1-2.smtp-out.amazonses.com

Action: failed
Final-Recipient: rfc822; ana@example.com
Diagnostic-Code: smtp; ${diagnostic}
Status: ${status}
Remote-MTA: dns; [192.0.2.7]

--SES--
`;

describe('a reply quoted after an MTA\'s own summary', () => {
  it('double quotes: the quoted 5.1.1 refines Status 5.0.0', async () => {
    const [f] = (await analyze(sesReport('5.1.0 - Unknown address error 550-"5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address" (delivery attempts: 0)'))).findings;
    expect(f?.status).toBe('5.1.1');
    expect(f?.replyCode).toBe(550);
    expect(f?.reason).toBe('userunknown');
  });

  it('single quotes: the quoted 5.2.2 refines Status 5.0.0', async () => {
    const [f] = (await analyze(sesReport("5.1.0 - Unknown address error 552-'5.2.2 <ana@example.com>... Mailbox Full' (delivery attempts: 0)"))).findings;
    expect(f?.status).toBe('5.2.2');
    expect(f?.reason).toBe('mailboxfull');
  });

  it('a quoted reply cut before its closing quote is still read', async () => {
    const [f] = (await analyze(sesReport('5.1.0 - Unknown address error 550-"5.1.1 The email account that you tried to reach does not exist'))).findings;
    expect(f?.status).toBe('5.1.1');
  });

  it('a specific Status field is not replaced by a quoted status of another class', async () => {
    const [f] = (await analyze(sesReport("5.1.0 - Unknown address error 450-'4.2.1 Mailbox busy'", '5.1.0'))).findings;
    expect(f?.status?.[0]).toBe('5');
  });
});
