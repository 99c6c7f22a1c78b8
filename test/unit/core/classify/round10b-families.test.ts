// Round 10b: reason families of lead set 9 and reason-families-r10b, written here in other layouts (not the
// labelled-set files): a recipient's own block or reject list (English and Korean), a sending rate over the
// receiver's limit in servers' own words, a recipient domain "not found", and TMDA's expired dated address.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

// A Postfix-style DSN with the remote's reply as the diagnostic.
const dsn = (rcpt: string, status: string, diagnostic: string, command = 'RCPT TO'): string => [
  'From: MAILER-DAEMON@mx.sender.example (Mail Delivery System)', 'To: writer@sender.example',
  'Subject: Undelivered Mail Returned to Sender', 'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"', '',
  '--b1', 'Content-Type: text/plain; charset=us-ascii', '', 'This is the mail system at host mx.sender.example.', '',
  `<${rcpt}>: host mx.dest.example[192.0.2.9] said: ${diagnostic} (in reply to ${command} command)`, '',
  '--b1', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.sender.example', '',
  `Final-Recipient: rfc822; ${rcpt}`, 'Action: failed', `Status: ${status}`, `Diagnostic-Code: smtp; ${diagnostic}`, '',
  '--b1--', '',
].join('\n');

// A plain-text notice that names the recipient on one line and the cause on another.
const notice = (rcpt: string, cause: string): string => [
  'From: MAILER-DAEMON@mail.dest.example', 'To: writer@sender.example', 'Subject: Mail delivery failed',
  'MIME-Version: 1.0', 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: 8bit', '',
  'This message was created automatically by mail delivery software.', '',
  'The following address(es) failed:', '', `  ${rcpt}`, `    ${cause}`, '',
].join('\n');

const first = async (raw: string) => (await analyze(raw)).findings[0];

describe("the recipient's own refusal of this sender", () => {
  it("a reject list the address's owner keeps is filtered and final", async () => {
    const f = await first(dsn('jun@dest.example', '5.7.1', "550 5.7.1 Mail refused by recipient's reject list"));
    expect([f?.reason, f?.hard]).toEqual(['filtered', true]);
  });

  it('Korean "receipt refused" (수신거부) is filtered and final', async () => {
    const f = await first(notice('mina@dest.example', '받는 사람이 수신거부 설정을 하여 메일이 전달되지 않았습니다.'));
    expect([f?.recipient, f?.reason, f?.hard]).toEqual(['mina@dest.example', 'filtered', true]);
  });

  it('"refused by the recipient." names the person, final', async () => {
    const f = await first(notice('otto@dest.example', 'Delivery refused by the recipient.'));
    expect([f?.reason, f?.hard]).toEqual(['filtered', true]);
  });

  it("a recipient's server that refused the message is not the recipient's own block", async () => {
    const f = await first(dsn('ivo@dest.example', '5.7.1', '550 5.7.1 Message rejected by recipient server policy', 'end of DATA'));
    expect(f?.hard).toBe(false);
  });
});

describe("a sending rate over the receiver's limit", () => {
  it('"too many messages from <IP>" at MAIL FROM is the rate (ratelimited, speeding under its older name), not final', async () => {
    const f = await first(dsn('ann@dest.example', '4.7.0', '450 4.7.0 Too many messages from 192.0.2.7, try again later', 'MAIL FROM'));
    expect([f?.reason, f?.hard]).toEqual(['speeding', false]);
  });

  it('a 550 "Rate limited" at RCPT is not a missing address', async () => {
    const f = await first(dsn('bo@dest.example', '5.0.0', '550 Rate limited'));
    expect([f?.reason, f?.hard]).toEqual(['speeding', false]);
  });

  it('4.3.1 with words about the sender\'s rate is the rate, not a full mail system', async () => {
    const f = await first(dsn('cy@dest.example', '4.3.1', '421 4.3.1 You send too many messages'));
    expect(f?.reason).toBe('speeding');
  });

  it('4.3.1 without such words stays a full mail system', async () => {
    const f = await first(dsn('di@dest.example', '4.3.1', '452 4.3.1 Insufficient system storage'));
    expect(f?.reason).toBe('systemfull');
  });

  it('a connection limit keeps its own reason', async () => {
    const f = await first(dsn('ed@dest.example', '4.7.0', '421 4.7.0 Connection rate limit exceeded', 'CONNECT'));
    expect(f?.reason).toBe('toomanyconn');
  });
});

describe('addresses that are gone', () => {
  it('"Domain not found" is the recipient domain, final', async () => {
    const f = await first(notice('x@nowhere.example', 'Domain not found: nowhere.example'));
    expect([f?.reason, f?.hard]).toEqual(['hostunknown', true]);
  });

  it("a sender's domain not found stays the sender's refusal", async () => {
    const f = await first(dsn('fay@dest.example', '4.1.8', '450 4.1.8 <writer@sender.example>: Sender address rejected: Domain not found', 'MAIL FROM'));
    expect(f?.reason).not.toBe('hostunknown');
  });

  it("TMDA's expired dated address is an address that no longer takes mail", async () => {
    const f = await first(notice('gus-dated-1700000000.abcd@dest.example', 'You have sent email to an expired dated address.'));
    expect([f?.reason, f?.hard]).toEqual(['userunknown', true]);
  });
});
