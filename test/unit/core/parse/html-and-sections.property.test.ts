// Properties of two round-8b readings: a report written only as HTML names the same failed recipients
// and codes as the same report in plain text (the markup, its encoding and its help text add none), and
// recipients listed under headings that state their fate get the action their heading states.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
const address = fc.tuple(label, label, fc.constantFrom('example.org', 'example.net', 'mail.example.com')).map(([a, b, d]) => `${a}.${b}@${d}`);
const status = fc.constantFrom('5.1.1', '5.2.2', '5.7.1', '4.2.2', '5.4.4');
const replyOf = (s: string): string => (s.startsWith('4') ? '452' : s === '5.2.2' ? '552' : '550');
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The report's lines: a summary, one "<x>: … said: <reply>" line per recipient, help text naming another address. */
const reportLines = (rcpts: string[], s: string, helper: string): string[] => [
  'Your message could not be delivered to one or more recipients.',
  '',
  ...rcpts.map((r) => `<${r}>: host mx.example.net[192.0.2.1] said: ${replyOf(s)} ${s} rejected (in reply to RCPT TO command)`),
  '',
  `For assistance, please contact ${helper}.`,
];

const headers = (type: string, cte: string | null): string =>
  `From: MAILER-DAEMON@mx.example.org\nTo: sender@example.com\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n${type}${cte ? `\nContent-Transfer-Encoding: ${cte}` : ''}\n\n`;

const asHtml = (lines: string[], layout: 'table' | 'br'): string =>
  layout === 'table'
    ? `<html><head><style>p{}</style></head><body><table>${lines.map((l) => `<tr><td>${escape(l)}</td></tr>`).join('')}</table></body></html>`
    : `<html><body><div>${lines.map(escape).join('<br>\n')}</div></body></html>`;

const b64 = (s: string): string => (Buffer.from(s, 'utf8').toString('base64').match(/.{1,76}/g) ?? []).join('\n');

describe('a report written only as HTML', () => {
  it('names the same recipients, statuses and reply codes as its plain-text twin', async () => {
    const shape = fc.record({
      rcpts: fc.uniqueArray(address, { minLength: 1, maxLength: 3 }),
      s: status,
      helper: address,
      layout: fc.constantFrom('table' as const, 'br' as const),
      encoding: fc.constantFrom('base64', '8bit', 'quoted-printable'),
      multipart: fc.boolean(),
    });
    await fc.assert(fc.asyncProperty(shape, async ({ rcpts, s, helper, layout, encoding, multipart }) => {
      fc.pre(!rcpts.includes(helper));
      const lines = reportLines(rcpts, s, helper);
      const plain = `${headers('Content-Type: text/plain', null)}${lines.join('\n')}\n`;
      const html = asHtml(lines, layout);
      // (Quoted-printable: the page is ASCII, so only "=" needs escaping.)
      const body = encoding === 'base64' ? b64(html) : encoding === 'quoted-printable' ? html.replace(/=/g, '=3D') : html;
      const message = multipart
        ? `${headers('Content-Type: multipart/mixed; boundary="h1"', null)}--h1\nContent-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: ${encoding}\n\n${body}\n--h1--\n`
        : `${headers('Content-Type: text/html; charset=utf-8', encoding)}${body}\n`;
      const want = (await analyze(plain)).findings.map((f) => [f.recipient, f.status, f.replyCode]);
      const got = (await analyze(message)).findings.map((f) => [f.recipient, f.status, f.replyCode]);
      expect(want.map((w) => w[0]).sort()).toEqual([...rcpts].sort());
      expect(got).toEqual(want);
    }), { numRuns: 120 });
  });
});

describe('recipients under headings that state their fate', () => {
  const RETRIED = ['Recipients that will be retried:', 'The following address(es) have not yet been delivered:', 'Delivery to these recipients has been delayed:'];
  const FAILED = ['Recipients that failed permanently:', 'The following address(es) failed:', '----- The following addresses had permanent fatal errors -----'];
  it('each recipient takes its heading\'s action; the report is a delay only when none failed', async () => {
    const shape = fc.record({
      retried: fc.uniqueArray(address, { minLength: 0, maxLength: 3 }),
      failed: fc.uniqueArray(address, { minLength: 0, maxLength: 3 }),
      retriedHeading: fc.constantFrom(...RETRIED),
      failedHeading: fc.constantFrom(...FAILED),
      failedFirst: fc.boolean(),
      indent: fc.constantFrom('\t', '  ', ''),
    });
    await fc.assert(fc.asyncProperty(shape, async ({ retried, failed, retriedHeading, failedHeading, failedFirst, indent }) => {
      fc.pre(retried.length + failed.length > 0 && !retried.some((r) => failed.includes(r)));
      const section = (heading: string, list: string[]): string[] => (list.length ? [heading, ...list.map((r) => `${indent}Name <${r}>`), ''] : []);
      const sections = failedFirst
        ? [...section(failedHeading, failed), ...section(retriedHeading, retried)]
        : [...section(retriedHeading, retried), ...section(failedHeading, failed)];
      const text = `${headers('Content-Type: text/plain', null)}The mail system was unable to deliver your mail to some of the recipients.\n\n${sections.join('\n')}\n`;
      const a = await analyze(text);
      const actions = Object.fromEntries(a.findings.map((f) => [f.recipient, f.action]));
      expect(actions).toEqual(Object.fromEntries([...retried.map((r) => [r, 'delayed']), ...failed.map((r) => [r, 'failed'])]));
      expect(a.kind).toBe(failed.length ? 'bounce' : 'delay');
    }), { numRuns: 120 });
  });
});
