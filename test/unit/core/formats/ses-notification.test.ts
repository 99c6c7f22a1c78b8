// Amazon SES notifications delivered as mail through SNS: JSON in, the report it carries out.
// The messages are written here in the layout AWS documents (notification-contents), not fixtures.
import { describe, expect, it } from 'vitest';
import { analyze, analyzeText } from '../../../../src/core/index.ts';

const HEADERS = [
  'From: AWS Notifications <no-reply@sns.amazonaws.com>',
  'To: ops@example.net',
  'Subject: AWS Notification Message',
  'x-amz-sns-message-id: 7d1d4b1e-0000-4000-8000-000000000001',
  'Content-Type: text/plain; charset=UTF-8',
].join('\n');

function sns(event: object, fold = false): string {
  let envelope = JSON.stringify({ Type: 'Notification', MessageId: '7d1d4b1e', Message: JSON.stringify(event), Timestamp: '2026-12-07T05:00:00.000Z' }, null, 2);
  // Some relays fold a long line with "!" and a leading space on the next one.
  if (fold) envelope = envelope.replace(/("Message": ".{60})/, '$1!\n ');
  if (fold && !envelope.includes('!\n ')) throw new Error('not folded');
  return `${HEADERS}\n\n${envelope}\n\n--\nIf you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:\nhttps://sns.example.com/?Action=Unsubscribe\n`;
}

const bounce = (type: string, subtype: string, recipients: object[]): object => ({
  notificationType: 'Bounce',
  bounce: { bounceType: type, bounceSubType: subtype, bouncedRecipients: recipients, reportingMTA: 'dsn; b.smtp-out.example.com', timestamp: '2026-12-07T05:00:00.000Z' },
  mail: { source: 'sender@example.net', destination: ['x@example.org'], headers: [{ name: 'To', value: 'someone-else@example.org' }] },
});

describe('Amazon SES notifications', () => {
  it('reads each bounced recipient with its action, status and diagnostic (folded lines joined)', async () => {
    const a = await analyze(
      sns(
        bounce('Permanent', 'General', [
          { emailAddress: 'gone@example.org', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' },
          { emailAddress: 'full@example.org', action: 'failed', status: '5.2.2', diagnosticCode: 'smtp; 552 5.2.2 Mailbox full' },
        ]),
        true,
      ),
    );
    expect(a.kind).toBe('bounce');
    expect(a.findings.map((f) => [f.recipient, f.status, f.replyCode, f.reason, f.hard])).toEqual([
      ['gone@example.org', '5.1.1', 550, 'userunknown', true],
      ['full@example.org', '5.2.2', 552, 'mailboxfull', false],
    ]);
    // Never the sender or the original's headers listed in "mail".
    expect(a.findings.map((f) => f.recipient)).not.toContain('someone-else@example.org');
  });

  it('a recipient without a diagnostic takes the cause its sub-type names', async () => {
    const a = await analyze(sns(bounce('Transient', 'MailboxFull', [{ emailAddress: 'full@example.org' }])));
    expect(a.findings).toHaveLength(1);
    expect(a.findings[0]).toMatchObject({ recipient: 'full@example.org', reason: 'mailboxfull', action: 'failed' });
  });

  it('a complaint is feedback; a delivery is a success notice', async () => {
    const complaint = await analyze(sns({ notificationType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: 'reader@example.org' }], complaintFeedbackType: 'abuse' } }));
    expect(complaint.kind).toBe('feedback');
    expect(complaint.findings[0]).toMatchObject({ recipient: 'reader@example.org', reason: 'feedback' });
    const delivery = await analyze(sns({ notificationType: 'Delivery', delivery: { recipients: ['ok@example.org'], smtpResponse: '250 2.6.0 Message received', reportingMTA: 'a.smtp-out.example.com' } }));
    expect(delivery.kind).toBe('delivery');
    expect(delivery.findings[0]).toMatchObject({ recipient: 'ok@example.org', reason: 'delivered' });
  });

  it('an SNS "email" subscription carries the event itself', async () => {
    const event = JSON.stringify(bounce('Permanent', 'General', [{ emailAddress: 'gone@example.org', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }]));
    const a = await analyze(`${HEADERS}\n\n${event}\n\n--\nIf you wish to stop receiving notifications from this topic, please visit the link below.\n`);
    expect(a.findings[0]).toMatchObject({ recipient: 'gone@example.org', status: '5.1.1', reason: 'userunknown' });
  });

  it('the event pasted alone as text is read the same way', () => {
    const a = analyzeText(JSON.stringify(bounce('Permanent', 'General', [{ emailAddress: 'gone@example.org', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }])));
    expect(a.findings[0]).toMatchObject({ recipient: 'gone@example.org', reason: 'userunknown' });
  });

  it('broken or foreign JSON, and addresses that are not addresses, are no report', async () => {
    expect((await analyze(`${HEADERS}\n\n{"notificationType": "Bounce", "bounce": {`)).kind).toBe('not-bounce');
    expect((await analyze(`${HEADERS}\n\n{"eventType": "Click", "click": {"link": "https://example.org"}}`)).kind).toBe('not-bounce');
    const forged = await analyze(sns(bounce('Permanent', 'General', [{ emailAddress: 'a@b>\nFinal-Recipient: rfc822; victim@example.org' }])));
    expect(forged.findings.map((f) => f.recipient)).not.toContain('victim@example.org');
  });
});
