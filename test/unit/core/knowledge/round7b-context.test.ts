// Round 7b's context rules (knowledge13), written after classifying lead set 10's misses by mechanism;
// each is tried here on wordings of our own that are in no labelled set, so a rule that only fits one
// fixture sentence fails.
import { describe, expect, it } from 'vitest';
import { verdict } from './verdict.ts';
import { explain } from '../../../../src/core/knowledge/index.ts';

describe('delay notices by their general shape: nobody acts yet', () => {
  it.each([
    'Subject: Delivery Status Notification (Delay)\nThis is an automatically generated notice.\nDelivery to the following recipient has been delayed.\n\n   b@example.net',
    'THIS IS A WARNING MESSAGE ONLY.\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nb@example.net',
    'Subject: Warning: message 1aBcDe-0001xY-Zz delayed 4 hours\n\nThe mail system has had trouble reaching b@example.net.',
    'Your mail to b@example.net is waiting in our queue. Our server will continue trying to deliver it for 3 more days.',
    'Subject: delayed delivery notification\n\nYour message to b@example.net is still queued.',
    'Objet : Remise différée\nVotre message pour b@example.net est en attente.',
  ])('%s', async (text) => {
    expect(await verdict(text)).toEqual(['not-an-error', 'none', true]);
  });

  it('a server reply that opens the text and promises to retry is that reply, not a delay notice', async () => {
    const [bucket, actor, temporary] = await verdict('451 4.3.0 Local problem at the server. I will continue trying to deliver later.');
    expect(bucket).not.toBe('not-an-error');
    expect([actor, temporary]).toEqual(['none', true]);
  });
});

describe('a notice that calls itself temporary is temporary, whatever cause it names', () => {
  it('Exim\'s "This is a temporary error … deferred"', async () => {
    const text = 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a temporary error. The following address(es) deferred:\n\n  b@example.net\n    Domain example.org has exceeded the max defers and failures per hour (6/5 (120%)) allowed.  Message discarded.';
    expect((await verdict(text))[2]).toBe(true);
  });
});

describe('a login demanded at MAIL FROM in a bounce is the sending side\'s relay, not the recipient\'s', () => {
  it.each([
    '<b@example.net>: host smtp.relay.example.com[192.0.2.5] said: 530 5.7.0 Authentication required (in reply to MAIL FROM command)',
    'This is the mail system at host mail.example.org.\n\n<b@example.net>: host outbound.example.com[198.51.100.2] said: 550\n    5.7.1 SMTP authentication is required (in reply to MAIL FROM command)',
  ])('%s', async (text) => {
    const [bucket, actor] = await verdict(text);
    expect(['settings', 'credentials']).toContain(bucket);
    expect(['sender', 'sender-provider']).toContain(actor);
  });

  it('the same demand after RCPT TO from the recipient\'s MX stays the recipient side\'s set-up', async () => {
    const text = 'This is the mail system at host mail.example.org.\n\n<b@example.net>: host mx.example.net[203.0.113.7] said: 530 Authentication required (in reply to RCPT TO command)';
    expect((await verdict(text))[1]).toBe('recipient-provider');
  });
});

describe('forwarding: "(expanded from <…>)" names who runs the forward', () => {
  it('a forwarding address on the recipient\'s side: its admin', async () => {
    const text = 'This is the mail system at host relay.example.org.\n\n<c@example.com> (expanded from <b@example.net>): host mx.example.com[192.0.2.9] said: 550 5.7.1 Message rejected due to SPF policy (in reply to end of DATA command)';
    const r = await explain(text);
    const e = r.items[0]?.explanation;
    expect(e?.actor).toBe('recipient-provider');
    expect(e?.title.key).toBe('k_ctx_forwarded_t');
  });

  it('a local name of the person\'s own server: whoever runs that server', async () => {
    const text = 'This is the mail system at host box.example.org.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It\'s attached below.\n\n<postmaster@box.example.org> (expanded from <postmaster>): unable to look up host box.example.org: Name or service not known';
    expect((await verdict(text))[1]).toBe('sender-provider');
  });

  it('a full mailbox at the end of a forward is still its owner\'s', async () => {
    const text = 'This is the mail system at host relay.example.org.\n\n<c@example.com> (expanded from <b@example.net>): host mx.example.com[192.0.2.9] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)';
    expect((await verdict(text))[1]).toBe('recipient');
  });
});

describe('the sender\'s own domain refused by a remote server in a bounce', () => {
  it('is fixed in that domain\'s DNS, by the sender\'s provider', async () => {
    const text = 'This is the mail system at host out.example.org.\n\n<b@example.net>: host mx.example.net[203.0.113.4] said: 553 5.1.8 <a@example.org>... Domain of sender address a@example.org does not exist (in reply to MAIL FROM command)';
    expect((await verdict(text)).slice(0, 2)).toEqual(['sender-account', 'sender-provider']);
  });
});

describe('a reply a mail program got, reported by the program itself', () => {
  it('Outlook\'s own report of a 4xx with no cause: temporary, nobody acts yet', async () => {
    const text = "Your message did not reach some or all of the intended recipients.\n\n   Subject: Offer\n\nThe following recipient(s) cannot be reached:\n\n   'B' on 01/02/2024 10:00\n      Server error: '451 Requested action aborted: local error in processing'";
    expect(await verdict(text)).toEqual(['remote-transient', 'none', true]);
  });

  it('Windows Mail\'s "Server Response: \'4xx …\'" is the server\'s "not now", not the program\'s settings', async () => {
    const text = "The message could not be sent. Subject 'Hi', Account: 'mail.example.org', Server: 'mail.example.org', Protocol: SMTP, Server Response: '451 Local processing problem', Port: 587, Secure(SSL): No, Server Error: 451, Error Number: 0x800CCC79";
    const [bucket, actor, temporary] = await verdict(text);
    expect(bucket).toBe('remote-transient');
    expect(actor).toBe('none');
    expect(temporary).toBe(true);
  });

  it('Nodemailer\'s "all recipients were rejected" around a relay refusal is the program\'s own sending set-up', async () => {
    const text = "Error: Can't send mail - all recipients were rejected: 550 5.7.1 <b@example.net>... Relaying denied";
    expect((await verdict(text)).slice(0, 2)).toEqual(['settings', 'sender']);
  });
});

describe('who runs the server: store faults and port-25 paths', () => {
  it('Exchange\'s store refusing delivery is the recipient server\'s admin\'s', async () => {
    const text = "Delivery has failed to these recipients or groups:\nb@example.net\nThere's a problem with the recipient's mailbox. Please try resending the message.\nRemote Server returned '554 5.2.0 STOREDRV.Deliver.Exception:ObjectNotFoundException; Failed to process message due to a permanent exception'";
    expect((await verdict(text))[1]).toBe('recipient-provider');
  });

  it('a bounce that gave up on connecting to port 25 is the sending server\'s path out', async () => {
    const text = 'Final-Recipient: rfc822; b@example.net\nAction: failed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mx.example.net[203.0.113.8]:25:\n    Connection timed out';
    expect(await verdict(text)).toEqual(['network-block', 'sender-provider', false]);
  });
});

describe('wordings named anywhere', () => {
  it.each([
    ['Attachment type not allowed', 'content'],
    ['552 Message refused: prohibited file extension in attachment', 'content'],
    ['Delivery has failed to these recipients or groups:\nb@example.net\nLa boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment.', 'recipient'],
    ['Diese Nachricht konnte nicht gesendet werden. Sie haben nicht die Berechtigung, diese Nachricht im Auftrag des angegebenen Benutzers zu senden.', 'sender-account'],
  ])('%s', async (text, bucket) => {
    expect((await verdict(text))[0]).toBe(bucket);
  });

  it('a queue that ran out of tries gave up: final, the receiving side\'s', async () => {
    const text = 'A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.\n\n  b@example.net\n    all delivery attempts failed';
    const [bucket, actor, temporary] = await verdict(text);
    expect(bucket).toBe('remote-transient');
    expect(actor).toBe('recipient-provider');
    expect(temporary).toBe(false);
  });
});
