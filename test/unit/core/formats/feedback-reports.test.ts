// Complaint reports (ARF, RFC 5965: Yahoo, Outlook's JMRP, Amazon SES by mail) are never bounces,
// even when the message they return is itself a delivery report or their report part is encoded.
import { describe, expect, it } from 'vitest';
import { analyze, analyzeText } from '../../../../src/core/index.ts';

const FIELDS = 'Feedback-Type: abuse\nUser-Agent: ExampleFBL/1.0\nVersion: 1\nOriginal-Mail-From: <bounces@example.net>\nOriginal-Rcpt-To: <reader@example.com>\nArrival-Date: Mon, 7 Dec 2026 05:00:00 +0000\nSource-IP: 192.0.2.1\n';
// The complained-about message is a bounce of its own (a list forwarding one).
const RETURNED = 'From: MAILER-DAEMON@example.net\nTo: list@example.net\nSubject: Undelivered Mail Returned to Sender\n\nFinal-Recipient: rfc822; other@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n';

function complaint(base64: boolean): string {
  const part = base64 ? Buffer.from(FIELDS).toString('base64') : FIELDS;
  return `From: complaints@email-abuse.example.net\nTo: listowner@example.net\nSubject: Complaint about your message\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=feedback-report; boundary="B"\n\n--B\nContent-Type: text/plain\n\nThis is an email abuse report for an email message received from 192.0.2.1.\n\n--B\nContent-Type: message/feedback-report\n${base64 ? 'Content-Transfer-Encoding: base64\n' : ''}\n${part}\n--B\nContent-Type: message/rfc822\n\n${RETURNED}\n--B--\n`;
}

describe('feedback reports are left alone as bounces', () => {
  for (const base64 of [false, true]) {
    it(`ARF${base64 ? ' with a base64 report part' : ''} around a returned delivery report`, async () => {
      const a = await analyze(complaint(base64));
      expect(a.kind).toBe('feedback');
      expect(a.findings.every((f) => f.reason === 'feedback' && f.action === null && f.status === null)).toBe(true);
      expect(a.findings.map((f) => f.recipient)).not.toContain('other@example.org');
    });
  }

  it('the rendered text of a complaint is feedback too', () => {
    const a = analyzeText(complaint(false));
    expect(a.kind).toBe('feedback');
    expect(a.findings.some((f) => f.action === 'failed')).toBe(false);
  });
});
