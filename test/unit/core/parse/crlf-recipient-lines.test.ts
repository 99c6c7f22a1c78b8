// A report sent with CRLF line endings names its recipients as the same report with LF does: a
// sentence that ends in the address and a period (DragonFly Mail Agent's "There was an error
// delivering your mail to <x@y>.") is read the same either way.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const dragonfly = `From: MAILER-DAEMON <>
To: sender@example.net
Subject: Mail delivery failed

This is the DragonFly Mail Agent v0.13 at mx.example.net.

There was an error delivering your mail to <ana@example.org>.

Could not deliver for the last 432000 seconds. Giving up.

Message headers follow.

To: <ana@example.org>
From: <sender@example.net>
`;

describe('CRLF reports', () => {
  for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
    it(`${name}: the recipient of a sentence ending in its address`, async () => {
      const a = await analyze(dragonfly.replace(/\n/g, eol));
      expect(a.findings.map((f) => f.recipient)).toEqual(['ana@example.org']);
      expect(a.findings[0]?.reason).toBe('expired');
      expect(a.findings[0]?.temporary).toBe(false);
    });
  }
});
