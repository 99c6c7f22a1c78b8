// A report whose human-readable part is about another recipient (a cover note about an earlier
// failure above the records) lends its words to none of the delivery-status records: each record's
// cause is read from its own diagnostic.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const report = (humanAbout: string): string => `From: MAILER-DAEMON@mx.example.org
To: sender@example.net
Subject: Undeliverable
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="R"

--R
Content-Type: text/plain

The following message to <${humanAbout}> was undeliverable.
The reason for the problem:
550 5.1.1 Recipient address rejected: User unknown

--R
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; ana@example.org
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Message refused: this message is blocked by content policy

--R--
`;

describe('a human part about other recipients', () => {
  it('names someone else: the record keeps to its own diagnostic', async () => {
    const [f] = (await analyze(report('someone.else@example.com'))).findings;
    expect(f?.recipient).toBe('ana@example.org');
    expect(['userunknown', 'filtered']).not.toContain(f?.reason);
  });

  it('names the record\'s recipient: its words still count', async () => {
    const [f] = (await analyze(report('ana@example.org'))).findings;
    expect(f?.recipient).toBe('ana@example.org');
    // "User unknown" under a 5.7.1 with no RCPT stage: a filter's refusal (Sisimai's Filtered).
    expect(f?.reason).toBe('filtered');
  });
});
