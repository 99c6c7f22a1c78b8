// qmail-ldap's own failure strings, in qmail's failure-notice layout: the account's LDAP entry or the
// lookup names the cause (Sisimai's qmail-ldap table).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const notice = (said: string): string => `From: MAILER-DAEMON@mx.example.org
To: sender@example.net
Subject: failure notice

Hi. This is the qmail-send program at mx.example.org.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ana@example.org>:
${said}

--- Below this line is a copy of the message.
`;

describe('qmail-ldap', () => {
  const CASES: [string, string][] = [
    ['Mailaddress is administrativley disabled. (#5.2.1)', 'suspend'],
    ['Mailaddress is administratively disabled. (#5.2.1)', 'suspend'],
    ['The message exeeded the maximum size the user accepts. (#5.2.3)', 'exceedlimit'],
    ['Timeout while performing search on LDAP server. (#4.4.3)', 'systemerror'],
    ['Too many results returned but needs to be unique. (#5.3.5)', 'systemerror'],
    ['Permanent error while executing qmail-forward. (#5.4.4)', 'systemerror'],
    ['Temporary failure in LDAP lookup. (#4.4.3)', 'systemerror'],
  ];
  for (const [said, reason] of CASES) {
    it(`${said} → ${reason}`, async () => {
      const [f] = (await analyze(notice(said))).findings;
      expect(f?.recipient).toBe('ana@example.org');
      expect(f?.reason).toBe(reason);
      expect(f?.temporary).toBe(false);
    });
  }
});
