// What the engine takes from a bounce: the recipient only from the report's own statement about it,
// codes only from the report, words over a code's generic meaning, a warning told from a failure.
// Each case is one format family's way of writing it (see test/fixtures/engine/sets for whole messages).
import { describe, expect, it } from 'vitest';
import { analyze, analyzeText } from '../../../src/core/index.ts';
import { findRecipientBlocks } from '../../../src/core/parse/recipient-blocks.ts';
import { RECIPIENT_FORMS } from '../../../src/core/parse/recipient-forms.ts';
import { findReplyCode, findStatus } from '../../../src/core/parse/codes.ts';

const MAILER = 'From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\nSubject: Mail delivery failed\n';
const recipients = (text: string): string[] => findRecipientBlocks(text, 0, text.length, RECIPIENT_FORMS).map((b) => b.recipient);

describe('recipients as the report states them', () => {
  it.each([
    ['Exim (generated from …)', '  gina@host.example.com\n    (generated from info@example.com)\n    Mailbox quota exceeded\n', 'gina@host.example.com', 'info@example.com'],
    ['Exim through several aliases (ultimately generated from …)', '  jo.b@example.net\n    (ultimately generated from jo@example.com)\n    all hosts have been failing\n', 'jo.b@example.net', 'jo@example.com'],
    ['an X.400 gateway', 'Recipient address: dda:SMTP=victor@notes.example.com\n', 'victor@notes.example.com', null],
    ['an Exchange IMS X.400 O/R address', 'did not reach the following recipient(s):\n\nc=US;a= ;p=ORG;o=Site2;dda:SMTP=hugo@example.com; on Fri, 4 Oct 2002\n17:12:28 -0400\n    The recipient name is not recognized\n', 'hugo@example.com', null],
    ['Exchange [SMTP:…]', 'Recipient: [SMTP:wendy@gw.example.com]\nReason: 550 5.2.1 disabled\n', 'wendy@gw.example.com', null],
    ['a dash list', '-- sabineko@example.net\n   550 5.1.1 unknown\n', 'sabineko@example.net', null],
    ['alone on a line', 'The following addresses had delivery problems:\n\npostmaster@mx.example.jp\n\nMailbox full\n', 'postmaster@mx.example.jp', null],
    ['Final then Original', 'Final recipient: a@example.net\nOriginal recipient: b@example.com\nReason: unknown\n', 'a@example.net', 'b@example.com'],
    ['Exim delivering to a file (generated from …)', '  save to /home/bob/mail/inbox\n    (generated from bob@example.com)\n    mailbox is full\n', 'bob@example.com', null],
    ['a quoted address in the failure sentence', "The message addressed to 'ann@example.net' failed: no such mailbox.\n", 'ann@example.net', null],
    ['a double-quoted address in a warning', 'Delivery of your message to "fay@example.net" has been postponed.\n', 'fay@example.net', null],
    ['the sentence going on after the address', 'Sorry, unable to deliver your message to bo@example.net for the following reason:\n552 Quota violation\n', 'bo@example.net', null],
    ['a quote-marked list', 'The following addresses did NOT receive a copy of your message:\n\n>    di@example.net\n', 'di@example.net', null],
    ['LSMTP Error-For', '--> Error description:\nError-For:  ed@example.net\nError-Code: 5.1.1\n', 'ed@example.net', null],
    ['Exchange IMS SMTP=…; on <date>', 'did not reach the following recipient(s):\n\nSMTP=gil@example.net; on Mon, 1 Jan 2024 10:00:00 -0500\n    The recipient name is not recognized\n', 'gil@example.net', null],
    ['Gmail in German', 'Ihre Nachricht wurde nicht an hal@example.net zugestellt, weil die Adresse nicht gefunden wurde.\n', 'hal@example.net', null],
    ['Gmail in French', "Votre message n'a pas été remis à ida@example.fr, car l'adresse est introuvable.\n", 'ida@example.fr', null],
    ['an address set off in commas whose clause says it failed', 'The address to\nwhich your message was addressed, lu@example.gov, did not exactly match an\naddress here.\n', 'lu@example.gov', null],
    ['a sentence that says the address does not exist', 'Sorry, user jo@example.net does not exist on this server.\n', 'jo@example.net', null],
    ['a bracketed address', 'Delivery to [kai@example.net] failed: 550 5.1.1 no such user\n', 'kai@example.net', null],
    ['an address in parentheses', 'Your message has encountered delivery problems\nto local user cy.\n(Originally addressed to cy@example.net)\n', 'cy@example.net', null],
    ['a gateway line alone', '      carol on 1/1/2024 10:01 AM\n            The e-mail account does not exist.\n            dda:SMTP=carol@corp.example.com\n', 'carol@corp.example.com', null],
  ])('%s', (_name, text, recipient, original) => {
    const blocks = findRecipientBlocks(text, 0, text.length, RECIPIENT_FORMS);
    expect(blocks.map((b) => b.recipient)).toEqual([recipient]);
    expect(blocks[0]?.originalRecipient ?? null).toBe(original);
  });

  it('Exchange\'s single-quoted address before the date is the failed recipient', () => {
    const text = 'The following recipient(s) could not be reached:\n\n      \'kim@example.net\' on 3/27/97 11:18 AM\n            The recipient name is not recognized\n';
    expect(recipients(text)).toEqual(['kim@example.net']);
    // An apostrophe inside a local part stays part of the address; a quoted word is no address.
    expect(recipients("      'o'neil@example.net' on 3/27/97 11:18 AM\n")).toEqual(["o'neil@example.net"]);
    expect(recipients("      'see the note' on 3/27/97\n")).toEqual([]);
  });

  it('the sentence that says an address failed names it, in rendered text too', () => {
    const text = 'Your message to oscar@example.com couldn\'t be delivered.\noscar wasn\'t found at example.com.\n';
    expect(findRecipientBlocks(text, 0, text.length).map((b) => b.recipient)).toEqual(['oscar@example.com']);
    expect(analyzeText(`${text}Status code: 550 5.1.10\n`).findings[0]?.recipient).toBe('oscar@example.com');
  });

  it('never the sender, help addresses or a list\'s role addresses', () => {
    expect(recipients('Reply to support@example.com for more information.\n')).toEqual([]);
    expect(recipients('A copy was sent to archive@example.org for your records.\n')).toEqual([]);
    expect(recipients('If you believe this is an error, forward this message to abuse@example.com for review.\n')).toEqual([]);
    expect(recipients('Your address me@example.org is on our suppression list.\n')).toEqual([]);
    expect(recipients('Mail sent to abuse@example.net is not read; use the web form.\n')).toEqual([]);
    expect(recipients('Your message was returned to me@example.org because it could not be delivered.\n')).toEqual([]);
    expect(recipients('This report was sent to me@example.org.\n')).toEqual([]);
    expect(recipients('A message sent by\n\n  <list-bounces+x=example.net@lists.example.org>\n\ncould not be delivered.\n')).toEqual([]);
    expect(recipients('If you have questions, please send mail to\npostmaster@mx.example.org and include this report.\n')).toEqual([]);
    expect(recipients('For help, contact postmaster@mx.example.org.\n')).toEqual([]);
    expect(recipients('Send devel mailing list submissions to\n\tdevel@lists.example.org\nor write to\n\tdevel-request@lists.example.org\n  devel-owner@lists.example.org\n')).toEqual([]);
    expect(recipients('SMTP error from remote mail server after MAIL FROM:<me@example.jp>:\n  550 5.7.0 <me@example.jp>... use your ISP\n')).toEqual([]);
  });

  it('reports the original recipient of a DSN when it differs', async () => {
    const text = `${MAILER}Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; erin@backend.example.com\nOriginal-Recipient: rfc822;sales@example.com\nAction: failed\nStatus: 5.2.2\n\n--b--\n`;
    const [f] = (await analyze(text)).findings;
    expect(f).toMatchObject({ recipient: 'erin@backend.example.com', originalRecipient: 'sales@example.com' });
  });
});

describe('codes only from the report', () => {
  it('skips versions, header values and success codes said in passing', () => {
    expect(findStatus('X-Mailman-Version: 2.1.5')).toBeNull();
    expect(findStatus('Mailman 2.0.12 is running')).toBeNull();
    expect(findStatus('release 2.1.12rc2')).toBeNull();
    expect(findStatus('250 2.0.0 Ok: queued')?.value).toBe('2.0.0');
    expect(findStatus('rejected (5.1.1).')?.value).toBe('5.1.1');
    expect(findStatus('see https://example.net/help/5.7.1.html')).toBeNull();
    expect(findStatus('see https://example.net/help?code=5.7.1')).toBeNull();
    expect(findReplyCode('message size 550 bytes exceeds the limit')).toBeNull();
  });

  it('takes the remote reply an MTA quotes after its own verdict', async () => {
    const text = `${MAILER}Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; out.example.org\n\nFinal-Recipient: rfc822;kim@example.jp\nAction: failed\nStatus: 5.0.0 (permanent failure)\nDiagnostic-Code: smtp; 5.1.0 - Unknown address error 550-'5.2.2 <kim@example.jp>... Mailbox Full' (delivery attempts: 0)\n\n--b--\n`;
    const [f] = (await analyze(text)).findings;
    expect(f).toMatchObject({ recipient: 'kim@example.jp', status: '5.2.2', replyCode: 550, reason: 'mailboxfull' });
  });

  it('keeps a reply code the report labels as one, wherever it ends', () => {
    expect(findReplyCode('<u@example.com>: mailbox unavailable. [SMTP Error Code 550]')?.value).toBe(550);
    expect(findReplyCode('Error code: 552.')?.value).toBe(552);
    expect(findReplyCode('code 5501 in the log')).toBeNull();
  });

  it('keeps a reply code written with a colon', () => {
    expect(findReplyCode('host mx: 550: 5.1.1 No such user')?.value).toBe(550);
    expect(findReplyCode('554: delivery error: dd This user doesn\'t have an account')?.value).toBe(554);
  });

  it('a generic Status gives way to the diagnostic\'s more specific one of the same class', async () => {
    const text = `${MAILER}\nFinal-Recipient: rfc822; a@example.net\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 5.1.1 <a@example.net>: Recipient address rejected\n`;
    expect((await analyze(text)).findings[0]).toMatchObject({ status: '5.1.1', replyCode: 550, reason: 'userunknown' });
  });
});

describe('words over codes', () => {
  it.each([
    ['<u@example.net>: host mx.example.net said: 552 5.1.1 max message size exceeded (in reply to end of DATA command)', ['mesgtoobig', 'emailtoolarge']],
    ['<v@example.net>: host mx.example.net said: 550 5.1.1 <v@example.net>: Recipient address rejected: User unknown in virtual mailbox table', ['userunknown']],
    ['<w@example.net>: host mx.example.net said: 550 5.9.8 Spam', ['spamdetected']],
    ['<x@example.com>: host mx.example.com said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', ['userunknown']],
    ['<y@example.de>: host mx.example.de said: 552 5.2.2 Postfach voll', ['mailboxfull']],
    ['<z@example.fr>: host mx.example.fr said: 550 5.1.1 Utilisateur inconnu (in reply to RCPT TO command)', ['userunknown']],
    ['<za@example.es>: host mx.example.es said: 550 Buzón lleno (in reply to RCPT TO command)', ['mailboxfull']],
  ])('%s', async (line, reasons) => {
    const a = await analyze(`${MAILER}\n${line}\n`);
    expect(a.findings).toHaveLength(1);
    expect(reasons).toContain(a.findings[0]?.reason);
  });

  it('a status echoed with its registry name does not outweigh the server\'s words', async () => {
    const dsn = 'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.org\n\n' +
      'Final-Recipient: rfc822; fb@example.net\nAction: failed\nStatus: 5.1.1 (bad destination mailbox address)\nDiagnostic-Code: smtp; 550 RCPT TO:<fb@example.net> max message size exceeded\n--b--\n';
    const [f] = (await analyze(`${MAILER}${dsn}`)).findings;
    expect(f).toMatchObject({ recipient: 'fb@example.net', status: '5.1.1', reason: 'mesgtoobig' });
    // With no other words, the echoed name agrees with the code.
    const bare = dsn.replace(/Diagnostic-Code:[^\n]*\n/, '');
    expect((await analyze(`${MAILER}${bare}`)).findings[0]?.reason).toBe('userunknown');
  });

  it('a mail agent\'s own wording names the cause the bare reply does not (DragonFly Mail Agent)', async () => {
    const dma = (said: string): string =>
      `From: MAILER-DAEMON <>\nSubject: Mail delivery failed\n\nThis is the DragonFly Mail Agent v0.13 at h.example.org.\n\n` +
      `There was an error delivering your mail to <d@example.net>.\n\n${said}\n\nMessage headers follow.\n\nTo: <d@example.net>\nFrom: <s@example.org>\n`;
    expect((await analyze(dma('DNS lookup failure: host example.net not found'))).findings[0]).toMatchObject({ recipient: 'd@example.net', reason: 'hostunknown', hard: true });
    expect((await analyze(dma('Could not deliver for the last 86400 seconds. Giving up.'))).findings[0]).toMatchObject({ recipient: 'd@example.net', reason: 'expired' });
    // The reply answered RCPT: a user unknown there is the address, not a filter's refusal.
    const rcpt = dma('mx.example.net [192.0.2.7] did not like our RCPT TO:\n550 5.2.1 <d@example.net>: Recipient address rejected: User unknown');
    expect((await analyze(rcpt)).findings[0]).toMatchObject({ recipient: 'd@example.net', status: '5.2.1', replyCode: 550, reason: 'userunknown' });
    // A delivery agent that says it failed is a mailer error.
    const mailer = dma('mx.example.net [192.0.2.7] did not like our final DATA:\n554 5.0.0 mailer error on delivery');
    expect((await analyze(mailer)).findings[0]).toMatchObject({ recipient: 'd@example.net', reason: 'mailererror' });
  });

  it('a refusal at RCPT in words no table knows: a guess of user unknown only when the status says more than x.0.0', async () => {
    const at = (status: string): string => `${MAILER}\n<q@example.net>: host mx.example.net said: 550 ${status} <q@example.net>: Recipient address rejected: held for review (in reply to RCPT TO command)\n`;
    expect((await analyze(at('5.0.0'))).findings[0]).toMatchObject({ recipient: 'q@example.net', reason: 'onhold', hard: false });
    expect((await analyze(`${MAILER}\n<q@example.net>: host mx.example.net said: 550 <q@example.net>: Recipient address rejected: held for review (in reply to RCPT TO command)\n`)).findings[0]?.reason).toBe('userunknown');
  });

  it('a list manager\'s refusal of a MIME type is about the content, whatever size status it gives', async () => {
    const text = `${MAILER}\n<list@lists.example.net>:\nezmlm-reject: fatal: Sorry, I don't accept messages of MIME Content-Type 'text/html' (#5.2.3)\n`;
    expect((await analyze(text)).findings[0]).toMatchObject({ recipient: 'list@lists.example.net', status: '5.2.3', reason: 'contenterror' });
    // The same status with words about size stays a size limit.
    const size = `${MAILER}\n<list@lists.example.net>:\nSorry, message length exceeds administrative limit (#5.2.3)\n`;
    expect((await analyze(size)).findings[0]?.reason).toBe('exceedlimit');
  });

  it('qmail\'s shortest texts ("unable to", "system error") name a system error only in qmail\'s own reports', async () => {
    const qmail = `From: MAILER-DAEMON@mx.example.org\nSubject: failure notice\n\nHi. This is the qmail-send program at mx.example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<k@example.net>:\nUnable to chdir to maildir. (#4.2.1)\n\n--- Below this line is a copy of the message.\n\n`;
    expect((await analyze(qmail)).findings[0]).toMatchObject({ recipient: 'k@example.net', reason: 'systemerror' });
    const other = `${MAILER}\n<k@example.net>:\n    Unable to forward the message to the next hop\n`;
    const [f] = (await analyze(other)).findings;
    expect(f?.recipient).toBe('k@example.net');
    expect(f?.reason).not.toBe('systemerror');
  });

  it('a user unknown in Postfix\'s table is a hard bounce', async () => {
    const [f] = (await analyze(`${MAILER}\n<v@example.net>: User unknown in virtual mailbox table\n`)).findings;
    expect(f).toMatchObject({ reason: 'userunknown', hard: true });
  });
});

describe('what the text says decides the kind', () => {
  it('"Delivery attempts will continue" is a delay whatever the last code', async () => {
    const a = await analyze(`${MAILER}\n<b@example.net>: host mx.example.net said: 550 mailbox unavailable\nDelivery attempts will continue to be made for 4 days.\n`);
    expect(a.kind).toBe('delay');
    expect(a.findings[0]).toMatchObject({ action: 'delayed', hard: false });
  });

  it('a bounce whose first line is blank is still a message', async () => {
    const a = await analyze(` \n${MAILER}Auto-Submitted: auto-replied\n\n<c@example.net>:\nThat's not a valid user here.\n`);
    expect(a.format).toBe('mime');
    expect(a.kind).toBe('bounce');
    expect(a.findings[0]).toMatchObject({ recipient: 'c@example.net', reason: 'userunknown' });
  });

  it('an auto-submitted message that names a failed recipient is a bounce, a vacation reply is not', async () => {
    const bounce = await analyze('From: Mail System <robot@example.org>\nSubject: Auto: not delivered\nAuto-Submitted: auto-replied\n\n<c@example.net>:\nThat\'s not a valid user here.\n');
    expect(bounce.kind).toBe('bounce');
    const vacation = await analyze('From: Bob <bob@example.net>\nSubject: Out of office\nAuto-Submitted: auto-replied\n\nI am away. For urgent matters contact carol@example.org.\n');
    expect(vacation.kind).toBe('auto-reply');
  });

  it('a report of failures leaves out the recipients it delivered to; a notice of success alone keeps them', async () => {
    const dsn = (fields: string): string => `${MAILER}Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n${fields}\n--b--\n`;
    const mixed = await analyze(dsn('Final-Recipient: rfc822;ok@example.net\nAction: delivered\nStatus: 2.0.0\n\nFinal-Recipient: rfc822;bad@example.net\nAction: failed\nStatus: 5.1.1\n'));
    expect(mixed.findings.map((f) => f.recipient)).toEqual(['bad@example.net']);
    const success = await analyze(dsn('Final-Recipient: rfc822;ok@example.net\nAction: delivered\nStatus: 2.0.0\n'));
    expect(success).toMatchObject({ kind: 'delivery', findings: [{ recipient: 'ok@example.net', action: 'delivered' }] });
  });

  it('a notification that says the message was relayed is no failure; one that also says something failed is', async () => {
    const relayed = await analyze(`${MAILER}\nYour message has been successfully relayed to the following recipients, but the requested delivery status notifications may not be generated by the destination.\n\n    r@example.net\n`);
    expect(relayed.kind).toBe('delivery');
    expect(relayed.findings[0]).toMatchObject({ recipient: 'r@example.net', action: 'relayed', hard: false });
    const mixed = await analyze(`${MAILER}\nYour message was delivered to the following recipients: s@example.net\nbut could not be delivered to:\n\n    t@example.net\n`);
    expect(mixed.findings.every((f) => f.action === 'failed')).toBe(true);
  });

  it('a person\'s mail that mentions a delivery and a code is not a bounce', async () => {
    const a = await analyze('From: Dan <dan@example.com>\nTo: alice@example.org\nSubject: Re: parcel\n\nThe parcel could not be delivered; the app says status 5.1.1.\n');
    expect(a.kind).toBe('not-bounce');
    expect(analyzeText('The parcel could not be delivered today.').findings.every((f) => f.recipient === null)).toBe(true);
  });
});
