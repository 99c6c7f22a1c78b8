// Plain-text notices: a failure sentence wrapped at the MTA's line width still names its address, and
// a heading that sorts recipients by fate ("will be retried" / "failed permanently") decides each one's action.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';
import { isFateHeading, sectionAction } from '../../../../src/core/parse/section-heading.ts';

const notice = (body: string[]): string => [
  'Return-Path: <>',
  'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
  'To: Alice <alice@example.com>',
  'Subject: Undelivered Mail Returned to Sender',
  '',
  ...body,
  '',
  '--- header of your message ---',
  'From: Alice <alice@example.com>',
  'To: bob@example.org, carol@example.org',
  'Subject: Hello',
  '',
].join('\n');

describe('a failure sentence wrapped onto the next line', () => {
  it('names the address that ends the first line, not the help text\'s', async () => {
    const a = await analyze(notice([
      'I am sorry to inform you that your message, addressed to bob@example.org,',
      'could not be delivered due to the following error.',
      '',
      'If you think this message is incorrect please contact postmaster@example.net.',
    ]));
    expect(a.findings.map((f) => f.recipient)).toEqual(['bob@example.org']);
  });

  it('does not take an address whose next line says nothing failed', async () => {
    const a = await analyze(notice([
      'This notice about your message, which was addressed to bob@example.org,',
      'is sent for your records only.',
    ]));
    expect(a.findings.map((f) => f.recipient)).not.toContain('bob@example.org');
  });
});

describe('headings that sort recipients by fate', () => {
  const body = [
    'The mail system was unable to deliver your mail to some of the recipients.',
    '',
    'Recipients that will be retried:',
    '\tBob <bob@example.org>',
    '',
    'Recipients that failed permanently:',
    '\tCarol <carol@example.org>',
  ];

  it('gives each recipient the action of its heading, and the report is a bounce', async () => {
    const a = await analyze(notice(body));
    expect(a.kind).toBe('bounce');
    expect(a.findings.map((f) => [f.recipient, f.action, f.temporary])).toEqual([
      ['bob@example.org', 'delayed', true],
      ['carol@example.org', 'failed', false],
    ]);
  });

  it('reads headings only: a sentence above the address decides nothing', () => {
    const text = 'Your message could not be delivered for the following reason\n  bob@example.org\n';
    expect(sectionAction(text, 0, text.indexOf('bob'))).toBeNull();
    expect(isFateHeading('The following address(es) failed:')).toBe(true);
    expect(isFateHeading('Reason: 550 5.1.1 <x@example.org>: failed:')).toBe(false);
    expect(isFateHeading('----- Transcript of session follows -----')).toBe(false);
  });
});
