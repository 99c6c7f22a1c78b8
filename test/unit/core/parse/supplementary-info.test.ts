// Exchange's and Hotmail's delivery-status parts give the remote's reply in X-Supplementary-Info
// ("< #5.5.0 smtp;550 Requested action not taken: mailbox unavailable>") instead of a Diagnostic-Code.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const hotmail = (fields: string): string => `From: postmaster@outlook.example.com
To: sender@example.net
Subject: Delivery Status Notification (Failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="HM"

--HM
Content-Type: text/plain

Delivery to the following recipients failed.

       ana@example.org

--HM
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.outlook.example.com

Final-recipient: RFC822; ana@example.org
Action: failed
${fields}

--HM--
`;

describe('X-Supplementary-Info', () => {
  it('its reply is the diagnostic: reply code and words', async () => {
    const [f] = (await analyze(hotmail('Status: 5.5.0\nX-Supplementary-Info: < #5.5.0 smtp;550 Requested action not taken: mailbox\n unavailable (495782920:4198:-2147467259)>'))).findings;
    expect(f?.replyCode).toBe(550);
    expect(f?.diagnostic).toContain('mailbox unavailable');
    expect(f?.reason).toBe('userunknown');
  });

  it('a Diagnostic-Code, when there is one, stays the diagnostic', async () => {
    const [f] = (await analyze(hotmail('Status: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\nX-Supplementary-Info: < #5.5.0 smtp;550 Requested action not taken: mailbox unavailable>'))).findings;
    expect(f?.replyCode).toBe(552);
    expect(f?.reason).toBe('mailboxfull');
  });
});
