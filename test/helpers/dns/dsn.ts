// A delivery status notification in Postfix's layout, for tests that need a whole bounce with a
// chosen refusal. Constructed, not captured: the real-bounce tests use the loopback mail stack.
export function postfixDsn(o: { from: string; rcpt: string; status: string; diagnostic: string; reportingMta?: string }): string {
  const mta = o.reportingMta ?? 'mail.good.test';
  const b = 'B0UNDARY.123/mail';
  return [
    'Return-Path: <>', `From: Mail Delivery System <MAILER-DAEMON@${mta}>`, 'Subject: Undelivered Mail Returned to Sender',
    `To: ${o.from}`, 'Auto-Submitted: auto-replied', 'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`, '',
    `--${b}`, 'Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii', '',
    `This is the mail system at host ${mta}.`, '', "I'm sorry to have to inform you that your message could not",
    'be delivered to one or more recipients.', '', `<${o.rcpt}>: host mx.remote.test[127.0.0.2] said: ${o.diagnostic}`, '',
    `--${b}`, 'Content-Description: Delivery report', 'Content-Type: message/delivery-status', '',
    `Reporting-MTA: dns; ${mta}`, '', `Final-Recipient: rfc822; ${o.rcpt}`, 'Action: failed', `Status: ${o.status}`,
    `Diagnostic-Code: smtp; ${o.diagnostic}`, '',
    `--${b}`, 'Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers', '',
    `From: Sender <${o.from}>`, `To: <${o.rcpt}>`, 'Subject: test', '', `--${b}--`, '',
  ].join('\n');
}
