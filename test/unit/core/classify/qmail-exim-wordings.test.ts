// qmail-remote's own words for the step that failed, Exim's router verdict on a local address and
// vpopmail's delivery agent failing to write (messages written here in each family's layout).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const qmail = (lines: string): string => [
  'From: MAILER-DAEMON@mail.example.org', 'To: sam@example.com', 'Subject: failure notice', '',
  'Hi. This is the qmail-send program at mail.example.org.',
  "I'm afraid I wasn't able to deliver your message to the following addresses.",
  "This is a permanent error; I've given up. Sorry it didn't work out.", '',
  '<kim@example.net>:', lines, '', '--- Below this line is a copy of the message.', '', 'From: sam@example.com', 'To: kim@example.net', '', 'hi', '',
].join('\n');

describe('qmail-remote names the step a reply answered', () => {
  it.each([
    ['192.0.2.7 does not like recipient.\nRemote host said: 550 <kim@example.net>: Recipient address rejected: User unknown\nGiving up on 192.0.2.7.', 'RCPT', 'userunknown'],
    ['Connected to 192.0.2.7 but sender was rejected.\nRemote host said: 553 sorry, your envelope sender is not allowed\nGiving up on 192.0.2.7.', 'MAIL', 'rejected'],
  ])('%s → %s', async (lines, command, reason) => {
    const [f] = (await analyze(qmail(lines))).findings;
    expect([f?.recipient, f?.command, f?.reason]).toEqual(['kim@example.net', command, reason]);
  });

  it('a "user unknown" after the message was sent stays a filter\'s refusal', async () => {
    const [f] = (await analyze(qmail('192.0.2.7 failed after I sent the message.\nRemote host said: 554 user unknown'))).findings;
    expect([f?.command, f?.reason]).toEqual(['DATA', 'filtered']);
  });

  it('vpopmail that cannot write the message is a system error', async () => {
    const [f] = (await analyze(qmail('can not open new email file errno=13 file=/home/vpopmail/domains/example.net/0/kim/Maildir/tmp/1.2.mx,S=1'))).findings;
    expect(f?.reason).toBe('systemerror');
  });
});

describe("Exim's router verdict on a local part", () => {
  it('unknown local-part in its own domain is a missing address', async () => {
    const text = [
      'From: Mail Delivery System <Mailer-Daemon@mx.example.net>', 'To: sam@example.com', 'Subject: Mail delivery failed: returning message to sender', '',
      'This message was created automatically by mail delivery software.', '',
      'A message that you sent could not be delivered to one or more of its', 'recipients. This is a permanent error. The following address(es) failed:', '',
      '  kim@example.net', '    unknown local-part "kim" in domain "example.net"', '',
      '------ This is a copy of the message, including all the headers. ------', '', 'From: sam@example.com', '', 'hi', '',
    ].join('\n');
    const [f] = (await analyze(text)).findings;
    expect([f?.recipient, f?.reason, f?.hard]).toEqual(['kim@example.net', 'userunknown', true]);
  });
});
