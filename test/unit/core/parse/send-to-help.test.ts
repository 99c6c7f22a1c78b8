// A list server's refusal written as "You have sent an email to <list@x> but your mail has been refused", with its
// help text telling the reader where to send commands ("For help … send a\nmessage to :\n\n robot@x"): the failed
// recipient is the address the sentence says was refused, never the robot the help text points to (written from
// the shape of DoList-style notices; own wording, example domains).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const notice = (intro: string, help: string) => `From: robot@lists.example.net
To: poster@example.com
Subject: You cannot post to 'GARDEN'

${intro}

- You are not a subscriber to the garden list, or
- You are not allowed to post.

${help}

        robot@lists.example.net

with command :

        help garden

Thank you.
`;

const recipients = async (raw: string) => (await analyze(raw)).findings.map((f) => f.recipient);

describe('a sentence that names the refused address, and help text that names the robot', () => {
  it('takes the address the sentence says was refused, not the one to send commands to', async () => {
    const raw = notice('You have sent an email to <garden@lists.example.net>\nbut your mail has been refused for one\nof the following reasons :', 'For help with list commands, send a\nmessage to :');
    expect(await recipients(raw)).toEqual(['garden@lists.example.net']);
  });

  it('"but the message was rejected" after the address says the same', async () => {
    const raw = notice('We received your post to garden@lists.example.net, but the message was rejected for one of these reasons:', 'To get help, send the word HELP\nin a message to :');
    expect(await recipients(raw)).toEqual(['garden@lists.example.net']);
  });

  it('a wrapped sentence that says sending failed still introduces a failed address', async () => {
    const raw = `From: MAILER-DAEMON@mx.example.net
To: poster@example.com
Subject: Undelivered mail

This is the mail system at mx.example.net. We were unable to send your
message to :

        ana@example.org

Reason: 550 5.1.1 mailbox unknown
`;
    expect(await recipients(raw)).toEqual(['ana@example.org']);
  });
});
