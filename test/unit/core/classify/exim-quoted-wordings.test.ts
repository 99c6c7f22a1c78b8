// Exim's own failure strings that contain double quotes (deliver.c: 'Too many "Received" headers -
// suspected mail loop'; parser.c: 'expected word or "<"') are matched as Exim writes them.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const exim = (said: string): string => `From: Mail Delivery System <Mailer-Daemon@mx.example.org>
To: sender@example.net
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ana@example.org
    ${said}

------ This is a copy of the message, including all the headers. ------
`;

describe('Exim wordings with double quotes', () => {
  it('a mail loop: too many "Received" headers', async () => {
    const [f] = (await analyze(exim('Too many "Received" headers - suspected mail loop'))).findings;
    expect(f?.recipient).toBe('ana@example.org');
    expect(f?.reason).toBe('contenterror');
  });

  it('a malformed address: expected word or "<"', async () => {
    const [f] = (await analyze(exim('malformed address: ana@example.org (expected word or "<")'))).findings;
    expect(f?.reason).toBe('syntaxerror');
  });
});
