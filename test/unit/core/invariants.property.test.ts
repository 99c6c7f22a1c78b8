// Property tests for what a failed recipient and a status may come from: generated bounces in the
// formats of the common MTAs, with random addresses, random returned originals (their headers, a
// digest's list addresses, a delivery report nested inside) and random header fields carrying
// numbers. And bad input of every kind never makes the engine throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeText } from '../../../src/core/index.ts';

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
const address = fc.tuple(label, label, fc.constantFrom('example.org', 'example.net', 'mail.example.com', 'example.jp')).map(([a, b, d]) => `${a}.${b}@${d}`);
const status = fc.constantFrom('5.1.1', '5.2.2', '5.7.1', '5.4.4', '4.4.1', '5.3.4', '4.2.2');
const replyOf = (s: string): string => (s.startsWith('4') ? '450' : s === '5.2.2' || s === '5.3.4' ? '552' : '550');

interface Report {
  /** The report up to where the returned original starts. */
  report: string;
  /** Headers of the message itself. */
  headers: string;
  boundary: string | null;
  /** The recipients it names, when the format reports fewer than it was given (one bounce each). */
  named?: string[];
  /** Its own words say the MTA gave up (final whatever the code's class). */
  gaveUp?: boolean;
}

// Each builder writes a report naming `rcpts` as failed, in one MTA's own wording.
const BUILDERS: ((rcpts: string[], s: string, sender: string) => Report)[] = [
  // Postfix: text part + delivery-status part (one record per recipient), MIME.
  (rcpts, s, sender) => ({
    headers: `From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\nTo: ${sender}\nSubject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; report-type=delivery-status; boundary="BND"\n`,
    boundary: 'BND',
    report: `--BND\nContent-Type: text/plain\n\nThis is the mail system at host mx.example.org.\n\n${rcpts.map((r) => `<${r}>: host mx.example.net[192.0.2.1] said: ${replyOf(s)} ${s} rejected (in reply to RCPT TO command)\n`).join('\n')}\n--BND\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n${rcpts.map((r) => `Final-Recipient: rfc822; ${r}\nAction: ${s.startsWith('4') ? 'delayed' : 'failed'}\nStatus: ${s}\nDiagnostic-Code: smtp; ${replyOf(s)} ${s} rejected\n`).join('\n')}\n--BND\nContent-Type: message/rfc822\n\n`,
  }),
  // Exim, sent on behalf of a list (the sender named in the text).
  (rcpts, s, sender) => ({
    headers: `From: Mail Delivery System <Mailer-Daemon@mx.example.org>\nTo: ${sender}\nSubject: Mail delivery failed: returning message to sender\n`,
    boundary: null,
    gaveUp: true,
    report: `This message was created automatically by mail delivery software.\n\nA message sent by\n\n  <${sender}>\n\ncould not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:\n\n${rcpts.map((r) => `  ${r}\n    SMTP error from remote mail server after RCPT TO:<${r}>:\n    host mx.example.net [192.0.2.1]: ${replyOf(s)} ${s} rejected\n`).join('')}\nIf you have questions, please send mail to postmaster@mx.example.org.\n\n------ This is a copy of the message, including all the headers. ------\n\n`,
  }),
  // qmail.
  (rcpts, s, sender) => ({
    headers: `From: MAILER-DAEMON@mx.example.org\nTo: ${sender}\nSubject: failure notice\n`,
    boundary: null,
    gaveUp: true,
    report: `Hi. This is the qmail-send program at mx.example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n${rcpts.map((r) => `<${r}>:\nRemote host said: ${replyOf(s)} ${s} rejected\n\n`).join('')}--- Below this line is a copy of the message.\n\n`,
  }),
  // DragonFly Mail Agent: one bounce per recipient, the original's headers appended as plain text.
  (rcpts, s, sender) => ({
    headers: `From: MAILER-DAEMON <>\nTo: ${sender}\nSubject: Mail delivery failed\n`,
    boundary: null,
    named: rcpts.slice(0, 1),
    report: `This is the DragonFly Mail Agent v0.13 at mx.example.org.\n\nThere was an error delivering your mail to <${rcpts[0]}>.\n\nmx.example.net [192.0.2.1] did not like our RCPT TO:\n${replyOf(s)} ${s} rejected\n\nMessage headers follow.\n\n`,
  }),
];

// A returned original: its own headers, body lines with addresses, a digest's list addresses and,
// sometimes, a delivery report of its own.
const original = fc.tuple(address, fc.array(address, { minLength: 1, maxLength: 3 }), address, fc.boolean()).map(
  ([from, to, other, nested]) =>
    `Return-Path: <${from}>\nFrom: ${from}\nTo: ${to.join(', ')}\nCc: <${other}>\nSubject: digest\nX-Mailman-Version: 2.1.5\n\n` +
    `Send list submissions to\n\tlist@lists.example.org\nor, via email, send a message to\n\tlist-request@lists.example.org\n\n` +
    `<${other}>:\nSorry, no mailbox here by that name.\n` +
    (nested ? `\nFinal-Recipient: rfc822; ${other}\nAction: failed\nStatus: 5.1.1\n` : ''),
);

const bounce = fc.tuple(fc.constantFrom(...BUILDERS.keys()), fc.uniqueArray(address, { minLength: 1, maxLength: 3 }), status, address, original).map(
  ([b, rcpts, s, sender, orig]) => {
    const r = (BUILDERS[b] as (typeof BUILDERS)[number])(rcpts, s, sender);
    const tail = r.boundary ? `${orig}\n--${r.boundary}--\n` : orig;
    return { rcpts: r.named ?? rcpts, status: s, sender, gaveUp: r.gaveUp === true, reportText: r.report, text: `${r.headers}\n${r.report}${tail}` };
  },
);

describe('a failed recipient comes only from the report', () => {
  it('every finding names an address the report (not the returned original) says failed', async () => {
    await fc.assert(fc.asyncProperty(bounce, async ({ rcpts, sender, reportText, text }) => {
      const a = await analyze(text);
      const found = a.findings.map((f) => f.recipient);
      for (const r of found) {
        expect(r).not.toBeNull();
        expect(reportText.toLowerCase()).toContain(String(r));
        expect(r).not.toBe(sender);
      }
      expect(new Set(found)).toEqual(new Set(rcpts));
    }), { numRuns: 150 });
  });

  it('an address in the report\'s notices, help text or copies is never a failed recipient', async () => {
    const notices = [
      (x: string) => `Reply to ${x} for more information.`,
      (x: string) => `A copy of this report was sent to ${x} for your records.`,
      (x: string) => `If you believe this is an error, forward this message to ${x} for review.`,
      (x: string) => `This notice was sent to ${x} because you sent the message.`,
      (x: string) => `Your address ${x} is on our suppression list.`,
      (x: string) => `For assistance, please contact ${x}.`,
      (x: string) => `A message sent by <${x}> could not be delivered.`,
      (x: string) => `The original message has been returned to ${x}.`,
      (x: string) => `Your message was returned to ${x} because it could not be delivered.`,
      (x: string) => `This report was sent to ${x}.`,
    ];
    const withNotice = fc.tuple(bounce, fc.constantFrom(...notices), address).map(([b, notice, x]) => {
      const at = b.text.indexOf(b.reportText);
      const line = notice(x);
      return { ...b, extra: x, text: `${b.text.slice(0, at)}${line}\n\n${b.text.slice(at)}` };
    });
    await fc.assert(fc.asyncProperty(withNotice, async ({ rcpts, extra, text }) => {
      const found = (await analyze(text)).findings.map((f) => f.recipient);
      if (!rcpts.includes(extra)) expect(found).not.toContain(extra);
      expect(new Set(found)).toEqual(new Set(rcpts));
    }), { numRuns: 150 });
  });

  it('the rendered text path keeps to the same rule', () => {
    fc.assert(fc.property(bounce, ({ rcpts, text }) => {
      for (const f of analyzeText(text).findings) expect(rcpts).toContain(f.recipient);
    }), { numRuns: 100 });
  });
});

describe('statuses come from the report, not from header values', () => {
  // Numbers in header fields that look like statuses (versions, ids) never become one.
  const HEADER_STATUS = ['2.1.5', '5.5.5', '4.1.9', '2.0.12', '5.6.6'];
  const headerLine = fc.constantFrom(
    ...HEADER_STATUS.flatMap((v) => [`X-Mailman-Version: ${v}`, `X-Mailer: Mailman ${v}`, `Received: from a (Exim ${v}) by b`, `X-Spam-Score: ${v}`]),
  );
  it('the status of a finding is the report\'s or none', async () => {
    // The fields sit in the message's header, or in its body above the report (a forwarded or
    // pasted bounce, a digest's header lines).
    await fc.assert(fc.asyncProperty(fc.array(headerLine, { minLength: 1, maxLength: 4 }), address, fc.option(status, { nil: null }), fc.boolean(), async (extra, rcpt, s, inBody) => {
      const codes = s ? `550 ${s} ` : '';
      const fields = extra.join('\n');
      const text = inBody
        ? `From: MAILER-DAEMON@mx.example.org\nSubject: Mail delivery failed\n\n${fields}\n\n<${rcpt}>: host mx.example.net said: ${codes}rejected\n`
        : `From: MAILER-DAEMON@mx.example.org\nSubject: Mail delivery failed\n${fields}\n\n<${rcpt}>: host mx.example.net said: ${codes}rejected\n`;
      const a = await analyze(text);
      for (const f of a.findings) {
        if (s) expect(f.status).toBe(s);
        else expect(f.status === null || !HEADER_STATUS.includes(f.status)).toBe(true);
      }
    }), { numRuns: 150 });
  });
});

describe('one finding per recipient', () => {
  it('a delivery-status block repeated for each attempt still gives one finding per recipient', async () => {
    await fc.assert(fc.asyncProperty(fc.uniqueArray(address, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 4 }), status, async (rcpts, copies, s) => {
      const block = rcpts.map((r) => `Final-Recipient: rfc822; ${r}\nAction: failed\nStatus: ${s}\n`).join('\n');
      const text = `From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n${Array.from({ length: copies }, () => block).join('\n')}\n--b--\n`;
      const a = await analyze(text);
      expect(a.findings.map((f) => f.recipient).sort()).toEqual([...rcpts].sort());
    }), { numRuns: 100 });
  });
});

describe('the report\'s own class beside the hard bounce', () => {
  // Finding.temporary says what the report's code says (4xx / 4.x.x or still trying = temporary,
  // 5xx / 5.x.x = final), whatever the reason, unless the report says it gave up ("This is a
  // permanent error; I've given up"): then a 4.x.x is the last attempt's error and the failure is
  // final. A hard bounce is never a temporary one.
  it('temporary follows the status class unless the report says it gave up, and hard implies not temporary', async () => {
    await fc.assert(fc.asyncProperty(bounce, async ({ rcpts, status: s, gaveUp, text }) => {
      const { findings } = await analyze(text);
      expect(findings).toHaveLength(rcpts.length);
      for (const f of findings) {
        expect(f.temporary).toBe(f.action === 'delayed' || (s.startsWith('4') && !gaveUp));
        if (f.hard) expect(f.temporary).toBe(false);
      }
    }), { numRuns: 150 });
  });

  it('without an enhanced status, the reply code\'s class decides', async () => {
    const reply = fc.constantFrom(421, 450, 451, 452, 550, 551, 552, 553, 554);
    await fc.assert(fc.asyncProperty(address, reply, fc.boolean(), async (rcpt, code, rendered) => {
      const text = `From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<${rcpt}>: host mx.example.net[192.0.2.1] said: ${code} mailbox rejected (in reply to RCPT TO command)\n`;
      const a = rendered ? analyzeText(text) : await analyze(text);
      expect(a.findings.map((f) => f.recipient)).toEqual([rcpt]);
      for (const f of a.findings) {
        expect(f.temporary).toBe(code < 500 || f.action === 'delayed');
        if (f.hard) expect(f.temporary).toBe(false);
      }
    }), { numRuns: 100 });
  });
});

describe('bad input never throws', () => {
  const nested = fc.integer({ min: 1, max: 40 }).map((depth) => {
    let body = 'Final-Recipient: rfc822; a@example.org\nStatus: 5.1.1\n';
    for (let i = depth; i > 0; i--) body = `Content-Type: multipart/mixed; boundary="n${i}"\n\n--n${i}\n${body}\n--n${i}--\n`;
    return `From: MAILER-DAEMON@x.example\nSubject: Undelivered\n${body}`;
  });
  const brokenEncoding = fc.tuple(fc.constantFrom('base64', 'quoted-printable', 'x-unknown'), fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom('utf-8', 'iso-2022-jp', 'no-such-charset')).map(
    ([cte, body, charset]) =>
      `From: MAILER-DAEMON@x.example\nSubject: Undelivered\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: text/plain; charset=${charset}\nContent-Transfer-Encoding: ${cte}\n\n${body}=\n=ZZ\n--b\nContent-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n${body}\n--b`,
  );

  it('nested MIME and broken encodings', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(nested, brokenEncoding), async (text) => {
      const a = await analyze(text);
      expect(a.findings).toBeInstanceOf(Array);
      expect(analyzeText(text).findings).toBeInstanceOf(Array);
    }), { numRuns: 120 });
  });

  it('empty input, and 50 MB of one', async () => {
    expect((await analyze('')).kind).toBe('not-bounce');
    expect(analyzeText('').kind).toBe('not-bounce');
    expect((await analyze(new Uint8Array(0))).kind).toBe('not-bounce');
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    expect((await analyze(big)).findings).toBeInstanceOf(Array);
  });
});
