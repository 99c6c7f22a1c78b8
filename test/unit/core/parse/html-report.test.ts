// Reports written only as HTML (no text/plain part) are read as the text they show: the failed address
// from the notice's own sentence, codes from the quoted reply; a report with a text part is left as it is.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';
import { htmlOnlyReport, htmlToText } from '../../../../src/core/parse/html-report.ts';
import { splitMessage } from '../../../../src/core/parse/message.ts';

const b64 = (s: string): string => (Buffer.from(s, 'utf8').toString('base64').match(/.{1,76}/g) ?? []).join('\n');

const page = (recipient: string, error: string): string =>
  `<html><head><title>退信</title><style>td{color:red}</style></head><body><p>很抱歉您发送的邮件被退回：</p>` +
  `<table><tr><td>被退回邮件</td><td>主 题：Lunch<br/>时 间：today</td></tr></table>` +
  `<table><tr><td colspan="2">无法发送到 ${recipient}</td></tr><tr><td>退信原因</td><td> ${error} </td></tr>` +
  `<tr><td>解决方案</td><td>请联系您的收件人（${recipient}）或联系 postmaster@example.com</td></tr></table></body></html>`;

const multipart = (html: string, encoding: 'base64' | '8bit'): string => [
  'From: <postmaster@mail.example.com>',
  'To: <sender@example.com>',
  'Subject: 系统退信',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="m-1"',
  '',
  '--m-1',
  'Content-Type: text/html; charset="utf-8"',
  `Content-Transfer-Encoding: ${encoding}`,
  '',
  encoding === 'base64' ? b64(html) : html,
  '--m-1--',
  '',
].join('\n');

describe('HTML-only reports', () => {
  it('turns markup into lines: blocks break lines, cells share one, entities are decoded', () => {
    const text = htmlToText('<p>A&amp;B</p><table><tr><td>Reason</td><td>550 &lt;x@example.org&gt;</td></tr></table><script>var a="<p>";</script>');
    expect(text.split('\n')).toEqual(['A&B', '', 'Reason 550 <x@example.org>']);
  });

  it.each(['base64', '8bit'] as const)('reads the failed recipient and the quoted reply of a %s HTML report', async (encoding) => {
    const a = await analyze(multipart(page('lin@example.net', '550 5.1.1 &lt;lin@example.net&gt;: Recipient address rejected: User unknown'), encoding));
    expect(a.kind).toBe('bounce');
    expect(a.findings.map((f) => [f.recipient, f.status, f.replyCode])).toEqual([['lin@example.net', '5.1.1', 550]]);
  });

  it('takes the address from "无法发送到 x@y" when the error names none, never the help text\'s', async () => {
    const a = await analyze(multipart(page('li@example.invalid', 'lookup example.invalid: no such host'), 'base64'));
    expect(a.findings.map((f) => f.recipient)).toEqual(['li@example.invalid']);
  });

  it('leaves a report that has a text/plain part to the text parsers', () => {
    const text = multipart('<p>x</p>', '8bit').replace('--m-1--', '--m-1\nContent-Type: text/plain\n\nplain words\n--m-1--');
    const r = splitMessage(text);
    expect(htmlOnlyReport(text, r.bodyStart, r.originalStart)).toBeNull();
  });

  it('never throws on broken HTML or base64', async () => {
    for (const body of ['<table><tr><td', '&#xFFFFFFF; &#0; <<<>>>', '%%%not base64%%%', '<a'.repeat(200_000), '<script>'.repeat(50_000), '<br/'.repeat(100_000)]) {
      await expect(analyze(multipart(body, 'base64'))).resolves.toBeDefined();
      await expect(analyze(multipart(body, '8bit'))).resolves.toBeDefined();
    }
  });
});
