// Round 10: notices that applications, list servers and forums write in their own words about mail they
// could not pass on. Properties over generated notices in those families' layouts: an application's notice
// names exactly the recipients it lists under its statement (in any of its languages, one per line or inline),
// never the person it is sent to, the addresses of its advice text or an MTA report's quoted postmaster; a list
// server's "postponed because the list is held" is a delay for the list; a forum's post-by-email refusal names
// the address that took the post, never the poster; a quarantine digest to its recipient names nobody; the one
// standing-refusal reading is final unless the words name the size; the readers never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';
import { failedRecipientsNotice } from '../../../../src/core/parse/failed-recipients-notice.ts';
import { stoppedRecipients } from '../../../../src/core/parse/stopped-recipients.ts';
import { refusalIsFinal, standingRefusal } from '../../../../src/core/text/owner-refusal.ts';

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
const domain = fc.constantFrom('example.org', 'example.net', 'files.example.edu');
const address = fc.tuple(label, label, domain).map(([a, b, d]) => `${a}.${b}@${d}`);
const RUNS = { numRuns: 60 };

// The statement in the languages the family writes it in, each with its list's item words.
const STATEMENTS: readonly { statement: string; item: string; guest: string; on: string }[] = [
  { statement: 'One or more of your recipients failed to receive your message(s) :', item: 'Transfer #12 recipient', guest: 'Guest', on: 'on' },
  { statement: 'ein oder mehrere Ihrer Empfänger haben Ihre Nachricht(en) nicht erhalten:', item: 'Dateiübertragung Nr. 12 an Empfänger', guest: 'Gast', on: 'am' },
  { statement: "Certains de vos destinataires n'ont pas pu recevoir votre message :", item: 'Dépôt #12 : destinataire', guest: 'Invité', on: 'le' },
  { statement: "Certains de vos destinataires n'ont pas pû reçevoir votre message :", item: 'Dépôt #12 : destinataire', guest: 'Invité', on: 'le' },
  { statement: 'Uno o más de sus destinatarios no recibieron su(s) mensaje(s) :', item: 'Transferencia #12 destinatario', guest: 'Invitado', on: 'el' },
  { statement: 'Het is niet gelukt uw bericht(en) af te leveren bij een of meer van uw ontvangers :', item: 'Transfer #12 ontvanger', guest: 'Gastgebruiker', on: 'op' },
];

const appNotice = (lang: number, rcpts: readonly string[], owner: string, helper: string, blankBetween: boolean): string => {
  const s = STATEMENTS[lang] ?? STATEMENTS[0]!;
  const items = rcpts.map((r, i) => `  - ${i % 2 ? s.guest : s.item} ${r} ${s.on} 07/12/2026 09:14`);
  return [
    'From: FileSender <noreply@files.example.edu>',
    `To: ${owner}`,
    'Subject: Message delivery failure',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Dear Sir or Madam,',
    '',
    s.statement,
    '',
    items.join(blankBetween ? '\n\n' : '\n'),
    '',
    '',
    `Questions? Write to ${helper} or see https://files.example.edu`,
    '',
    'Best regards,',
    'FileSender',
    '',
  ].join('\n');
};

const inlineNotice = (rcpts: readonly string[], owner: string, layout: number): string => {
  const sentence = layout === 0
    ? `has responses that were unable to be delivered to the\n  following recipients: ${rcpts.join(', ')}.`
    : `Responses to the following recipient(s) could not be delivered: ${rcpts.join(', ')}. This was likely due to their mailbox being full.`;
  return [
    'From: FormSG <donotreply@form.example.gov>',
    `To: ${owner}`,
    'Subject: Responses could not be delivered',
    '',
    'Dear form admin(s),',
    '',
    `We are contacting you urgently because your form ${sentence}`,
    '',
    `Please also check with ${owner} that the form is still active.`,
    '',
  ].join('\n');
};

describe("an application's notice of recipients its mail did not reach", () => {
  it('names exactly the listed recipients, in every language and list layout, never the owner or the advice text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: STATEMENTS.length - 1 }), fc.uniqueArray(address, { minLength: 1, maxLength: 4 }), address, address, fc.boolean(), async (lang, rcpts, owner, helper, blank) => {
        fc.pre(!rcpts.includes(owner) && !rcpts.includes(helper));
        const a = await analyze(appNotice(lang, rcpts, owner, helper, blank));
        expect(a.kind).toBe('bounce');
        expect(a.findings.map((f) => f.recipient).sort()).toEqual([...rcpts].sort());
        for (const f of a.findings) expect(f.action).toBe('failed');
      }),
      RUNS,
    );
  });

  it('reads an inline list up to the end of its sentence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(address, { minLength: 1, maxLength: 4 }), address, fc.constantFrom(0, 1), async (rcpts, owner, layout) => {
        fc.pre(!rcpts.includes(owner));
        const a = await analyze(inlineNotice(rcpts, owner, layout));
        expect(a.findings.map((f) => f.recipient)).toEqual(rcpts);
      }),
      RUNS,
    );
  });

  it('is no such notice without its statement, or when the text quotes a server\'s codes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(address, { minLength: 1, maxLength: 3 }), address, address, (rcpts, owner, helper) => {
        const withoutStatement = appNotice(0, rcpts, owner, helper, false).replace(/failed to receive/, 'were sent');
        expect(failedRecipientsNotice(withoutStatement, 0, withoutStatement.length)).toBeNull();
        const withCodes = appNotice(0, rcpts, owner, helper, false).replace('Dear Sir or Madam,', 'Remote server said: 550 5.1.1 unknown user');
        expect(failedRecipientsNotice(withCodes, 0, withCodes.length)).toBeNull();
      }),
      RUNS,
    );
  });

  it('keeps to the list in an MTA report of the same words: the postmaster of its help line is no recipient', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(address, { minLength: 1, maxLength: 3 }), label, async (rcpts, host) => {
        const body = rcpts.map((r) => `The following recipients did not receive your message:\n\n     <${r}>`).join('\n');
        const text = `From: Mail Administrator <Postmaster@${host}.example.com>\nSubject: Mail System Error - Returned Mail\n\nThis Message was undeliverable due to the following reason:\n\nHost ${host}.example.com is not responding.\n\n${body}\n\nPlease reply to Postmaster@${host}.example.com\nif you feel this message to be in error.\n`;
        const a = await analyze(text);
        expect(a.findings.map((f) => f.recipient).sort()).toEqual([...rcpts].sort());
      }),
      RUNS,
    );
  });
});

describe('a list server that postpones a post while the list is held', () => {
  it('reports a delay for the list, never the poster', async () => {
    await fc.assert(
      fc.asyncProperty(label, domain, address, async (list, listDomain, poster) => {
        const LIST = `${list.toUpperCase()}-L`;
        const text = `From: "L-Soft list server" <LISTSERV@${listDomain.toUpperCase()}>\nTo: ${poster}\nSubject: ${LIST}: distribution of your message postponed\n\nThe distribution of your message dated Mon, 7 Dec 2026 09:58:40 -0500 with\nsubject "Hello from ${poster}" has been postponed because the ${LIST} list is held. No action\nis required from you; your message will be reprocessed automatically once\nthe list owner releases the list.\n`;
        const a = await analyze(text);
        expect(a.kind).toBe('delay');
        expect(a.findings.map((f) => [f.recipient, f.action, f.hard])).toEqual([[`${list}-l@${listDomain}`, 'delayed', false]]);
      }),
      RUNS,
    );
  });
});

describe("a forum's post-by-email refusal", () => {
  const forumNotice = (forum: string, poster: string, refused: boolean): string =>
    `From: "Example Forum" <${forum}>\nTo: ${poster}\nSubject: Your email could not be posted\n\nHi. This is the post-by-email program at Example\n\n` +
    (refused
      ? "I'm afraid I wasn't able to deliver and/or post your message with the title of: Hello.\n\nThe error I received while trying was: This topic is locked.\n\nThis is a permanent error; I've given up.\n"
      : 'There was a problem with your email with the title of: Hello. It generated an error which caused delays in its posting.\n');

  it('names the address that took the post, final, never the poster', async () => {
    await fc.assert(
      fc.asyncProperty(label, domain, address, async (local, forumDomain, poster) => {
        const forum = `${local}post@${forumDomain}`;
        fc.pre(forum !== poster);
        const a = await analyze(forumNotice(forum, poster, true));
        expect(a.findings.map((f) => [f.recipient, f.action, f.hard])).toEqual([[forum, 'failed', true]]);
      }),
      RUNS,
    );
  });

  it('names nobody when the post only went out late, or when the notice comes from a no-reply address', async () => {
    await fc.assert(
      fc.asyncProperty(label, domain, address, async (local, forumDomain, poster) => {
        const late = await analyze(forumNotice(`${local}@${forumDomain}`, poster, false));
        expect(late.findings.filter((f) => f.recipient !== null)).toEqual([]);
        const noReply = await analyze(forumNotice(`noreply@${forumDomain}`, poster, true));
        for (const f of noReply.findings) expect(f.recipient).not.toBe(`noreply@${forumDomain}`);
      }),
      RUNS,
    );
  });
});

describe("mlmmj's post denial", () => {
  it('names the list of its greeting, never the poster or the release address', async () => {
    await fc.assert(
      fc.asyncProperty(label, domain, address, fc.constantFrom('because you are not a list subscriber.', 'because of an access rule set up by the list administrator.'), async (list, listDomain, poster, why) => {
        const text = `From: ${list}+owner@${listDomain}\nTo: ${poster}\nSubject: Post to ${list}@${listDomain} denied: Hello\n\nHi, this is the Mlmmj program managing the <${list}@${listDomain}>\nmailing list.\n\nThe message from ${poster} with subject "Hello" was unable\nto be delivered to the list\n  ${why}\n\n  You can subscribe and release your post by writing to ${list}+subrelease-1a2b@${listDomain}.\n`;
        const a = await analyze(text);
        expect(a.findings.map((f) => [f.recipient, f.hard])).toEqual([[`${list}@${listDomain}`, true]]);
      }),
      RUNS,
    );
  });
});

describe('a list server that names the list only in its subject', () => {
  it('names the subject\'s list when its robot or the list\'s own address refuses, never the poster', async () => {
    await fc.assert(
      fc.asyncProperty(label, domain, address, fc.constantFrom(0, 1, 2), async (list, listDomain, poster, layout) => {
        const LIST = `${list.toUpperCase()}-L@${listDomain.toUpperCase()}`;
        const from = layout === 0 ? `LISTSERV@${listDomain.toUpperCase()}` : `${list}-l-owner@${listDomain}`;
        const subject = layout === 2 ? `Post to ${LIST} denied: Hello` : `Rejected posting to ${LIST}`;
        const a = await analyze(`From: ${from}\nTo: ${poster}\nSubject: ${subject}\n\nYour message from ${poster} was rejected.\n`);
        expect(a.findings.map((f) => [f.recipient, f.hard])).toEqual([[`${list}-l@${listDomain}`, true]]);
      }),
      RUNS,
    );
  });

  it('names nobody when someone else writes such a subject, and is not final when the notice asks for the post again', async () => {
    await fc.assert(
      fc.asyncProperty(label, domain, address, async (list, listDomain, poster) => {
        const other = await analyze(`From: ${poster}\nTo: ${list}@${listDomain}\nSubject: Rejected posting to ${list}@${listDomain}\n\nMy post was rejected, why?\n`);
        for (const f of other.findings) expect(f.recipient).not.toBe(`${list}@${listDomain}`);
        const asked = await analyze(`From: ${list}-owner@${listDomain}\nTo: ${poster}\nSubject: Rejected posting to ${list}@${listDomain}\n\nYour message posting was rejected because of its trigger text.\n\nPlease resubmit your email message without it.\n`);
        expect(asked.findings.map((f) => [f.recipient, f.hard])).toEqual([[`${list}@${listDomain}`, false]]);
      }),
      RUNS,
    );
  });
});

describe('a quarantine notice', () => {
  it('names nobody when it is a digest to the recipient, and the listed recipients when it is about the sender\'s message', () => {
    fc.assert(
      fc.property(fc.uniqueArray(address, { minLength: 1, maxLength: 3 }), (rcpts) => {
        const digest = `The following messages were quarantined for you.\n\nRecipient: ${rcpts.join(', ')}\nSubject: Weekly offers\n`;
        expect(stoppedRecipients(digest, 0, digest.length)).toBeNull();
        const own = `Your message was quarantined by the mail gateway.\n\nRecipients: ${rcpts.join(', ')}\nSubject: Weekly offers\n`;
        expect(stoppedRecipients(own, 0, own.length)?.recipients.map((r) => r.value)).toEqual(rcpts);
      }),
      RUNS,
    );
  });
});

describe('the one standing-refusal reading', () => {
  it('is final for a refusal of the sender and not when the words name the size or the pattern a full mailbox', () => {
    const said = fc.constantFrom('not allowed to post', 'was automatically rejected', "refused by recipient's mail filtering program", 'rejected for the following reason');
    fc.assert(
      fc.property(said, fc.constantFrom('rejected', 'filtered', 'policyviolation', 'undefined') as fc.Arbitrary<'rejected'>, (words, reason) => {
        expect(standingRefusal(null, words)).toBe(true);
        expect(refusalIsFinal(reason, words)).toBe(true);
        expect(refusalIsFinal(reason, `${words}: messages larger than 5 MB`)).toBe(false);
        expect(refusalIsFinal(reason, words, 'mailboxfull')).toBe(false);
        expect(refusalIsFinal('mailboxfull', words)).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('the application-notice reader', () => {
  it('never throws and lists only addresses the text states, whatever follows its statement', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: STATEMENTS.length - 1 }), fc.string({ maxLength: 400 }), fc.string({ maxLength: 200 }), (lang, list, before) => {
        const text = `${before}\n${STATEMENTS[lang]?.statement ?? ''}\n${list}`;
        const notice = failedRecipientsNotice(text, 0, text.length);
        for (const r of notice?.recipients ?? []) expect(text.toLowerCase()).toContain(r.value);
        if (notice) expect(notice.statement.end).toBeLessThanOrEqual(notice.listEnd);
      }),
      { numRuns: 300 },
    );
  });
});
