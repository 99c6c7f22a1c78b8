// Round 9b: notices that are not delivery reports but name failed recipients their own way — a list
// manager's refusal (the list), a content filter's notice (the recipients it kept the message from), a
// person's Sieve reject — and the permanence their words decide. Properties over generated notices in
// those families' layouts: the failed recipient is only what the notice states (never the poster, the
// list owner in the help text, or an address of the returned post), a notice that holds a post or only
// modified a message names nobody as failed, a deliberate refusal is final unless it names the size,
// and the readers never throw on arbitrary input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';
import { listRefusal } from '../../../../src/core/parse/list-refusal.ts';
import { parseHeaderBlock } from '../../../../src/core/parse/message.ts';
import { stoppedRecipients } from '../../../../src/core/parse/stopped-recipients.ts';

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
const domain = fc.constantFrom('example.org', 'example.net', 'lists.example.com');
const address = fc.tuple(label, label, domain).map(([a, b, d]) => `${a}.${b}@${d}`);
const RUNS = { numRuns: 60 };

const listNotice = (list: string, listDomain: string, poster: string, other: string, layout: number, refused: boolean): string => {
  const verb = refused ? 'has been rejected by the list moderator' : 'is being held until the list moderator can review it for approval';
  const body = [
    `Your request to the ${layout === 0 ? list : `${list}@${listDomain}`} mailing list`,
    '',
    `    Posting of your message titled "Hello from ${poster}"`,
    '',
    `${verb}.  The moderator gave the`,
    'following reason:',
    '',
    '"Non-members are not allowed to post messages to this list."',
    '',
    'Any questions or comments should be directed to the list administrator',
    'at:',
    '',
    `    ${list}-owner@${listDomain}`,
  ].join('\n');
  return [
    `From: ${list}-bounces@${listDomain}`,
    `To: ${poster}`,
    `Subject: Request to mailing list ${list} rejected`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain',
    '',
    body,
    '',
    '--b1',
    'Content-Type: message/rfc822',
    '',
    `From: ${poster}`,
    `To: ${list}@${listDomain}`,
    `Cc: ${other}`,
    'Subject: Hello',
    '',
    'Hi all.',
    '',
    '--b1--',
    '',
  ].join('\n');
};

const filterNotice = (rcpts: string[], sender: string, stopped: boolean): string =>
  [
    'From: "MIMEDefang" <postmaster@gw.example.org>',
    `To: <${sender}>`,
    'Subject: MIMEDefang Notification',
    'Auto-Submitted: auto-generated',
    '',
    `An e-mail you sent with message-id <m1@${sender.split('@')[1]}>`,
    'was modified by our mail scanning software.',
    '',
    `The recipients were: ${rcpts.map((r) => `<${r}>`).join(' ')}`,
    '',
    'Here are the details of the modification:',
    '',
    stopped ? 'It was classified as spam, quarantined, and not delivered to the recipients.' : 'An attachment named invoice.exe was removed from this document.',
    '',
  ].join('\n');

const sieveReject = (rcpt: string, sender: string, reason: string): string =>
  [
    'From: Mail Delivery Subsystem <postmaster@example.net>',
    `To: <${sender}>`,
    'Subject: Automatically rejected mail',
    'Auto-Submitted: auto-replied (rejected)',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=disposition-notification; boundary="s1"',
    '',
    '--s1',
    'Content-Type: text/plain',
    '',
    `Your message to <${rcpt}> was automatically rejected:`,
    reason,
    '--s1',
    'Content-Type: message/disposition-notification',
    '',
    `Final-Recipient: rfc822; ${rcpt}`,
    'Disposition: automatic-action/MDN-sent-automatically; deleted',
    '',
    '--s1--',
    '',
  ].join('\n');

describe('a list manager refusing a post', () => {
  it('names the list as the one failed recipient, never the poster, the owner or the post\'s Cc', async () => {
    await fc.assert(
      fc.asyncProperty(label, domain, address, address, fc.constantFrom(0, 1), async (list, listDomain, poster, other, layout) => {
        const a = await analyze(listNotice(list, listDomain, poster, other, layout, true));
        expect(a.findings.map((f) => f.recipient)).toEqual([`${list}@${listDomain}`]);
        expect(a.findings[0]?.action).toBe('failed');
        // The list refused this sender: resending will not help.
        expect(a.findings[0]?.hard).toBe(true);
      }),
      RUNS,
    );
  });

  it('names the list in Sympa\'s and LISTSERV\'s layouts, never the moderator, the poster or the -request address', async () => {
    await fc.assert(
      fc.asyncProperty(label, domain, address, address, fc.constantFrom(0, 1), async (list, listDomain, poster, moderator, layout) => {
        const text = layout === 0
          ? `From: ${list}@${listDomain}\nTo: ${poster}\nSubject: Your message has been rejected\n\nYour message for list ${list}@${listDomain} has been rejected by the moderator (${moderator}).\n\n(Subject of your mail: Hello)\n`
          : `From: LISTSERV@${listDomain.toUpperCase()}\nTo: ${poster}\nSubject: Rejected posting\n\nYou are not authorized to send mail to the ${list.toUpperCase()} list from your\n${poster} account. Please contact the list owners: ${list.toUpperCase()}-request@${listDomain.toUpperCase()}.\n`;
        const a = await analyze(text);
        expect(a.findings.map((f) => f.recipient)).toEqual([`${list}@${listDomain}`]);
      }),
      RUNS,
    );
  });

  it('takes no word of the sentence for the list\'s name', async () => {
    await fc.assert(
      fc.asyncProperty(domain, address, fc.constantFrom('was', 'has been', 'could not be', 'is'), fc.constantFrom('mailman', 'sympa', 'listserv'), async (listDomain, poster, verb, robot) => {
        const a = await analyze(`From: ${robot}@${listDomain}\nTo: ${poster}\nSubject: Rejected\n\nYour message to the list ${verb} rejected because you are not a member.\n`);
        for (const f of a.findings) expect(f.recipient === null || !f.recipient.endsWith(`@${listDomain}`)).toBe(true);
      }),
      RUNS,
    );
  });

  it('names nobody as failed when the post is only held for approval', async () => {
    await fc.assert(
      fc.asyncProperty(label, domain, address, address, async (list, listDomain, poster, other) => {
        const text = listNotice(list, listDomain, poster, other, 0, false);
        const { end } = parseHeaderBlock(text, 0);
        expect(listRefusal(text, parseHeaderBlock(text, 0).fields, end, text.length)).toBeNull();
        const a = await analyze(text);
        for (const f of a.findings) expect([poster, other, `${list}-owner@${listDomain}`]).not.toContain(f.recipient);
      }),
      RUNS,
    );
  });
});

describe('a content filter\'s notice', () => {
  it('lists exactly the recipients it kept the message from, never its sender', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(address, { minLength: 1, maxLength: 4 }), address, async (rcpts, sender) => {
        fc.pre(!rcpts.includes(sender));
        const a = await analyze(filterNotice(rcpts, sender, true));
        expect(a.findings.map((f) => f.recipient)).toEqual(rcpts);
      }),
      RUNS,
    );
  });

  it('reads every address of a quarantine summary\'s Recipients field, never the Sender field', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(address, { minLength: 1, maxLength: 4 }), address, fc.constantFrom(', ', '; ', ' '), async (rcpts, sender, sep) => {
        fc.pre(!rcpts.includes(sender));
        const text = `From: Gateway <notify@gw.example.net>\nTo: ${sender}\nSubject: Outbound message blocked\n\nYour outbound email has been blocked for delivery and is held in quarantine.\n\nSender: ${sender}\nRecipient${rcpts.length > 1 ? 's' : ''}: ${rcpts.join(sep)}\nSubject: Hello\n`;
        const a = await analyze(text);
        expect(a.findings.map((f) => f.recipient).sort()).toEqual([...rcpts].sort());
      }),
      RUNS,
    );
  });

  it('names none of them when it only says it modified the message', () => {
    fc.assert(
      fc.property(fc.uniqueArray(address, { minLength: 1, maxLength: 4 }), address, (rcpts, sender) => {
        const text = filterNotice(rcpts, sender, false);
        expect(stoppedRecipients(text, 0, text.length)).toBeNull();
      }),
      RUNS,
    );
  });
});

describe('a person\'s Sieve reject', () => {
  it('is final when it refuses the sender and not when it names the message\'s size', async () => {
    const refusals = fc.constantFrom('I do not accept mail from you.', 'This address is no longer read.', 'Please stop writing to me.');
    const sizes = fc.constantFrom('Messages larger than 5 MB are refused.', 'Your message is too big for this mailbox.');
    await fc.assert(
      fc.asyncProperty(address, address, refusals, sizes, async (rcpt, sender, refusal, size) => {
        const final = await analyze(sieveReject(rcpt, sender, refusal));
        expect(final.findings.map((f) => [f.recipient, f.hard])).toEqual([[rcpt, true]]);
        const sized = await analyze(sieveReject(rcpt, sender, size));
        expect(sized.findings.map((f) => [f.recipient, f.hard])).toEqual([[rcpt, false]]);
      }),
      RUNS,
    );
  });
});

describe('the refusal readers', () => {
  it('never throw and only report addresses the text states', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), fc.string({ maxLength: 60 }), (body, from) => {
        const text = `From: ${from}\n\n${body}`;
        const { fields, end } = parseHeaderBlock(text, 0);
        const refusal = listRefusal(text, fields, end, text.length);
        if (refusal) expect(refusal.list.value).toContain('@');
        for (const r of stoppedRecipients(text, 0, text.length)?.recipients ?? []) expect(text.toLowerCase()).toContain(r.value);
      }),
      { numRuns: 300 },
    );
  });
});
