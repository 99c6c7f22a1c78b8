// "User unknown" under a security/policy status (5.7.1) and no RCPT stage is a filter's verdict
// (Sisimai's Filtered), as it is under a generic 5.0.0: Oracle Communications Messaging Server's
// layout, where the remote's words quote a user-unknown reply after a 5.7.1.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const messagingServer = (diagnostic: string): string => `From: Internet Mail Delivery <postmaster@mx.example.org>
To: sender@example.net
Subject: Delivery Notification: Delivery has failed
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="MS"

--MS
Content-Type: text/plain; charset=us-ascii

This report relates to a message you sent with the following header fields:

  Subject: Hello

Your message cannot be delivered to the following recipients:

  Recipient address: ana@example.org
  Reason: Remote SMTP server has rejected address
  Diagnostic code: smtp; ${diagnostic}

--MS
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Action: failed
Status: 5.0.0 (Remote SMTP server has rejected address)
Final-recipient: rfc822;ana@example.org
Diagnostic-code: smtp; ${diagnostic}

--MS--
`;

describe('user unknown under a policy status', () => {
  it('5.7.1 "User Unknown" without a RCPT stage is filtered', async () => {
    const [f] = (await analyze(messagingServer('550 5.7.1 550 User Unknown: ana@example.org'))).findings;
    expect(f?.status).toBe('5.7.1');
    expect(f?.reason).toBe('filtered');
  });

  it('5.1.1 "User Unknown" stays a missing mailbox', async () => {
    const [f] = (await analyze(messagingServer('550 5.1.1 User Unknown: ana@example.org'))).findings;
    expect(f?.reason).toBe('userunknown');
  });
});
