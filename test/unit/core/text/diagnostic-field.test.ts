// A Diagnostic-Code field on its own, as a person selects it in a webmail and sends it to the
// context menu: the real Postfix bounces of the loopback mail stack (test/fixtures/mail-stack),
// read without the rest of their report. No stack needed: the files are its recorded output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeText } from '../../../../src/core/index.ts';
import { DIAGNOSTIC_ALONE, EXPECTED } from '../../../mail/expected-causes.ts';

const DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'mail-stack');
interface Indexed { file: string; caseId: string; action: string; status: string }
const index = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as Indexed[];
const keyOf = (e: Indexed): string => (e.action === 'failed' ? e.caseId : `${e.caseId}-${e.action}`);
const FIELD = /^Diagnostic-Code:.*(?:\r?\n[ \t].*)*/m;

// Exim's own bounces carry no Diagnostic-Code; every Postfix one does.
const fields = index.flatMap((e) => {
  const field = FIELD.exec(readFileSync(join(DIR, e.file), 'utf8'))?.[0];
  return field ? [{ key: keyOf(e), field: field.replace(/\r\n/g, '\n') }] : [];
});

describe('a Diagnostic-Code field alone', () => {
  it('is found in the Postfix bounces', () => {
    expect(fields.length).toBeGreaterThanOrEqual(9);
  });

  it.each(fields)('$key: $field', ({ key, field }) => {
    const want = DIAGNOSTIC_ALONE[key] ?? EXPECTED[key];
    const a = analyzeText(field);
    expect(a.kind).not.toBe('not-bounce');
    const [f] = a.findings;
    expect(want?.reasons).toContain(f?.reason);
    expect(f?.bucket).toBe(want?.bucket);
  });

  it.each(fields)('$key: the same with CRLF line ends and as one unwrapped line', ({ key, field }) => {
    const want = DIAGNOSTIC_ALONE[key] ?? EXPECTED[key];
    for (const text of [field.replace(/\n/g, '\r\n'), field.replace(/\n[ \t]+/g, ' ')]) {
      const [f] = analyzeText(text).findings;
      expect(want?.reasons).toContain(f?.reason);
    }
  });

  it('reads the codes and the reply of the field', () => {
    const [f] = analyzeText('Diagnostic-Code: smtp; 550 5.1.1 <nosuch@example.test> User doesn\'t exist: nosuch@example.test').findings;
    expect(f).toMatchObject({ status: '5.1.1', replyCode: 550, reason: 'userunknown', bucket: 'recipient' });
    expect(f?.diagnostic).toContain('User doesn\'t exist');
  });

  it.each([
    // The first line of a multi-line reply, as Sendmail and Gmail's bounces keep it.
    ['Diagnostic-Code: smtp; 552-5.2.2 The recipient\'s inbox is out of storage space.', 'mailboxfull', 'recipient'],
    ['Diagnostic-Code: smtp;550 5.7.1 Relay access denied', 'norelaying', 'settings'],
    ['Diagnostic-Code: SMTP; 553 5.7.1 <alice@example.test>: Sender address rejected: not logged in', 'securityerror', 'settings'],
  ])('other servers\' fields: %s', (text, reason, bucket) => {
    expect(analyzeText(text).findings[0]).toMatchObject({ reason, bucket });
  });

  it.each(['Diagnostic-Code:', 'Diagnostic-Code: smtp;', 'Diagnostic-Code: X-Postfix;   '])('an empty field %j is not a bounce', (text) => {
    expect(analyzeText(text).kind).toBe('not-bounce');
  });
});

describe('the whole recorded bounces', () => {
  it.each(index)('$file', async (e) => {
    const want = EXPECTED[keyOf(e)];
    const a = await analyze(readFileSync(join(DIR, e.file)));
    expect(a.kind).toBe(want?.kind);
    const [f] = a.findings;
    expect(f?.status).toBe(e.status);
    expect(want?.reasons).toContain(f?.reason);
    expect(f?.bucket).toBe(want?.bucket);
  });
});
