// Round 8b's who-acts rule table (actor-rules-r8.ts, knowledge16), one family per block, each tried on
// wordings of our own that are in no labelled set, plus the texts each family must leave alone.
import { describe, expect, it } from 'vitest';
import { verdict } from './verdict.ts';
import { explain } from '../../../../src/core/knowledge/index.ts';
import { ACTOR_RULES_R8, actorRuleFor } from '../../../../src/core/knowledge/actor-rules-r8.ts';

describe('the rule table', () => {
  it('has one rule per family, each with its own id', () => {
    const ids = ACTOR_RULES_R8.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives a program\'s own encryption or login refusal to its user, never to the network', () => {
    const v = { reason: 'failedstarttls', bucket: 'port-encryption', actor: 'network' } as const;
    expect(actorRuleFor({ verdict: v, situation: 'client', temporary: false, said: 'STARTTLS failed', whole: 'STARTTLS failed' })?.actor).toBe('sender');
    expect(actorRuleFor({ verdict: { ...v, bucket: 'network-block' }, situation: 'client', temporary: false, said: 'no route', whole: 'no route' })).toBeNull();
  });

  it('leaves a verdict no rule speaks to as it was', () => {
    const v = { reason: 'userunknown', bucket: 'recipient', actor: 'sender' } as const;
    expect(actorRuleFor({ verdict: v, situation: 'bounce', temporary: false, said: '550 5.1.1 No such user here', whole: '550 5.1.1 No such user here' })).toBeNull();
  });
});

describe('a server fault met while typing the SMTP conversation by hand: that server\'s admin', () => {
  it('an internal error after RCPT TO', async () => {
    const text = 'EHLO test.example.org\n250 mx.example.net\nMAIL FROM:<a@example.org>\n250 2.1.0 Ok\nRCPT TO:<b@example.net>\n451 4.3.0 Internal error, please try later\nQUIT';
    expect(await verdict(text)).toEqual(['remote-transient', 'recipient-provider', true]);
  });

  it('the same fault pasted alone is nobody\'s move yet', async () => {
    expect((await verdict('451 4.3.0 Internal error, please try later'))[1]).toBe('none');
  });
});

describe('a mail program timed out by its own server: the path between them', () => {
  it('a library quoting its server\'s 421 4.4.2 timeout', async () => {
    const [bucket, actor, temporary] = await verdict('SMTP error\nError: Message failed: 421 4.4.2 smtp.example.org Error: timeout exceeded');
    expect(['remote-transient', 'network-block']).toContain(bucket);
    expect(actor).toBe('network');
    expect(temporary).toBe(true);
  });

  it('the same reply pasted alone is nobody\'s move yet', async () => {
    expect((await verdict('421 4.4.2 smtp.example.org Error: timeout exceeded'))[1]).toBe('none');
  });
});

describe('temporary: nobody acts yet', () => {
  it('Exim\'s notice that calls itself temporary, whatever limit it quotes', async () => {
    const text = 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a temporary error. The following address(es) deferred:\n\n  b@example.net\n    Domain example.org has exceeded the max emails per hour (301/300 (100%)) allowed.  Message will be reattempted later';
    const [, actor, temporary] = await verdict(text);
    expect([actor, temporary]).toEqual(['none', true]);
  });

  it.each([
    '421 4.7.0 Too many concurrent SMTP connections; try again in a few minutes',
    '452 Too many simultaneous connections, please retry later',
    '450 4.2.1 Der Empfänger erhält zu schnell E-Mails. Bitte später erneut senden.',
  ])('a receiver taking too much at once: %s', async (text) => {
    expect(await verdict(text)).toEqual(['remote-transient', 'none', true]);
  });

  it('says so in its own words, with no block or spam in them', async () => {
    const e = (await explain('421 4.7.0 Too many concurrent SMTP connections; try again in a few minutes')).items[0]?.explanation;
    expect(e?.summary.key).toBe('k_r8b_busy_s');
    expect(e?.steps.map((s) => s.key)).toContain('k_s_wait_retry');
  });

  it('but not when the words say it is a block', async () => {
    expect((await verdict('421 Too many connections from a blocklisted address, try later'))[1]).not.toBe('none');
  });
});

describe('a sending server\'s own log of a refusal for its authentication or reputation: whoever runs it', () => {
  it('Postfix\'s delivery log quoting a DMARC refusal', async () => {
    const text = 'mail postfix/smtp[4711]: 0ABC123: to=<b@example.net>, relay=mx.example.net[203.0.113.9]:25, delay=1, dsn=5.7.1, status=bounced (host mx.example.net[203.0.113.9] said: 550 5.7.1 Message rejected by the DMARC policy of example.org (in reply to end of DATA command))';
    expect((await verdict(text)).slice(0, 2)).toEqual(['policy-reputation', 'sender-provider']);
  });

  it('the same refusal pasted as a bare reply keeps its verdict', async () => {
    expect((await verdict('550 5.7.1 Message rejected by the DMARC policy of example.org'))[1]).not.toBe('recipient-provider');
  });
});

describe('a refusal that says only that it was refused', () => {
  it.each([
    'Error 554 Mail was rejected',
    "smtplib.SMTPDataError: (554, b'9f3a-77 Message rejected')",
    '550 the mail server rejected the message',
  ])('%s: the sender, who saw it', async (text) => {
    expect((await verdict(text))[1]).toBe('sender');
  });

  it('a cause in the words keeps its own verdict', async () => {
    expect((await verdict('550 Message rejected: sending IP listed on a blocklist'))[1]).toBe('sender-provider');
  });
});

describe('a group that may not exist or needs joining: the sender', () => {
  it('Google Groups\' notice', async () => {
    const text = "Hello a@example.org,\n\nWe're writing to let you know that the group you tried to contact (staff-list) may not exist, or you may not have permission to post messages to the group.";
    expect((await verdict(text))[1]).toBe('sender');
  });
});

describe('families whose words name another cause than the code read', () => {
  it.each([
    ['421 4.7.0 Too many authentication failures from your address, try again later', 'credentials', 'sender'],
    ['450 Maximum number of e-mails sent per hour exceeded: limit is 250', 'sender-account', 'sender'],
    ['550 You are not allowed to send from this address', 'sender-account', 'sender'],
    ['You tried to send to a recipient that has been marked as inactive. Found inactive addresses: b@example.net.', 'recipient', 'sender'],
    ["550 5.7.1 Refused as spam by the user's reject list", 'policy-reputation', 'recipient'],
    ["550 Your message was blocked (by recipient's block list)", 'policy-reputation', 'recipient'],
    ['421 4.3.2 Your IP(198.51.100.3) is filtered; please register your IP with our postmaster', 'policy-reputation', 'sender-provider'],
  ])('%s', async (text, bucket, actor) => {
    expect((await verdict(text)).slice(0, 2)).toEqual([bucket, actor]);
  });

  it('a changed cause speaks with its own words, not the code\'s', async () => {
    const e = (await explain('421 4.7.0 Too many authentication failures from your address, try again later')).items[0]?.explanation;
    expect(e?.steps.map((s) => s.key)).not.toContain('k_s_wait_retry');
    expect(e?.title.key).not.toBe('k_r_systemerror_t');
  });
});

describe('unknown input gets no who-acts line, whatever the table says', () => {
  it.each(['asdf qwer', 'Too many authentication failures', 'Mail was rejected'])('%s', async (text) => {
    const r = await explain(text);
    for (const { explanation } of r.items) if (explanation.bucket === 'unknown') expect(explanation.actor).toBeNull();
  });
});

describe('a forward Postfix reports without angle brackets: whoever runs the forward', () => {
  it('the rewritten address on the next line', async () => {
    const text = 'a@example.com (expanded from\n    a@example.org): host mx.example.com[192.0.2.8] said:\n    550 5.1.1 Unknown recipient (in reply to RCPT TO command)';
    expect((await verdict(text)).slice(0, 2)).toEqual(['recipient', 'recipient-provider']);
  });

  it('a full mailbox at its end is still its owner\'s', async () => {
    const text = 'a@example.com (expanded from\n    a@example.org): host mx.example.com[192.0.2.8] said:\n    552 5.2.2 Mailbox full (in reply to RCPT TO command)';
    expect((await verdict(text))[1]).toBe('recipient');
  });
});

describe('a delay notice\'s subject line pasted alone: nobody acts yet', () => {
  it.each(['Delivery has been delayed', 'Subject: Message delivery is delayed', 'Delayed mail notice'])('%s', async (text) => {
    const r = await explain(text);
    for (const { explanation } of r.items) expect([explanation.bucket, explanation.actor, explanation.temporary]).toEqual(['not-an-error', 'none', true]);
  });

  it('but a sentence about a delay inside a failure report is not one', async () => {
    const [bucket] = await verdict('550 5.1.1 User unknown. Delivery has been delayed for other recipients.');
    expect(bucket).not.toBe('not-an-error');
  });
});
