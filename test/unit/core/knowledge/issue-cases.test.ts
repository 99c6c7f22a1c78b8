// The texts issue 11 names, each with the verdict it asks for: the explanation's bucket, who acts,
// temporary or not, and what it must not say.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../../src/core/knowledge/index.ts';
import { formatExplanation } from '../../../../src/cli/format-explanation.ts';
import { catalogueTranslator } from '../../../../src/core/i18n.ts';
import { catalogue } from './fixtures.ts';

const en = catalogueTranslator(catalogue('en'));
const BOUNCE = (reply: string) => `This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  bob@example.org\n    host mx.example.org [192.0.2.7]\n    SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n    ${reply}\n`;

async function verdict(text: string) {
  const r = await explain(text);
  const e = r.items[0]?.explanation;
  return { e, text: formatExplanation(r, en) };
}

describe('issue 11 texts', () => {
  it.each([
    ['552 Error: message too large', 'content', 'sender', false],
    ['550 5.7.1 This message contains a virus (Eicar-Test-Signature).', 'content', 'sender', false],
    ['421 4.4.2 Connection dropped due to timeout', 'remote-transient', 'none', true],
    ['421 4.7.0 Try again later, closing connection.', 'remote-transient', 'none', true],
    ['451 4.7.1 Greylisted, please try again in 300 seconds', 'remote-transient', 'none', true],
    ['450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time.', 'remote-transient', 'none', true],
    ['432 4.3.2 STOREDRV.ClientSubmit; recipient thread limit exceeded', 'remote-transient', 'none', true],
    ['421 4.7.0 TLS required for RCPT domain, closing connection.', 'port-encryption', 'recipient-provider', true],
    ['541 5.4.1 Mail rejected by destination domain', 'policy-reputation', 'recipient-provider', false],
    ['421 Server zurzeit nicht erreichbar', 'remote-transient', 'none', true],
    ['The mail server could not deliver mail to bob@example.org. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.', 'recipient', 'sender', false],
    ['SMTP Error: Could not authenticate.', 'credentials', 'sender', false],
    ['SMTP Error: Could not connect to SMTP host.', 'network-block', 'network', false],
    ['Host or domain name not found. Name service error for name=exmaple.com type=MX: Host not found, try again', 'recipient', 'sender', true],
    ['The SMTP server does not support secure authentication.', 'settings', 'sender', false],
    ['554 IP=192.0.2.1 - Dialup/transient IP not allowed. (DIAL)', 'policy-reputation', 'sender-provider', false],
    ['Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.', 'sender-account', 'sender', false],
  ] as const)('%s', async (text, bucket, actor, temporary) => {
    const { e } = await verdict(text);
    expect(e).toMatchObject({ bucket, actor, temporary });
  });

  it('a 535 or "relay denied" inside a bounce is the remote side\'s set-up, not the mail program\'s settings', async () => {
    for (const reply of ['535 Incorrect authentication data', '550 5.7.1 Relaying denied', '554 5.7.1 <bob@example.org>: Relay access denied']) {
      const { e, text } = await verdict(BOUNCE(reply));
      expect(e?.actor, reply).toBe('recipient-provider');
      expect(e?.bucket, reply).not.toMatch(/settings|credentials/);
      expect(text, reply).not.toMatch(/SMTP settings|Connect Devices/);
    }
    // The same refusal as the mail program's own reply is its settings.
    const { e } = await verdict('Sending of the message failed.\nAn error occurred while sending mail. The mail server responded: 5.7.1 Relaying denied. Please check the message recipient bob@example.org and try again.');
    expect(e).toMatchObject({ bucket: 'settings', actor: 'sender' });
  });

  it('SpamCop\'s "sender was rejected" is a listing, not your sender address', async () => {
    const { e } = await verdict('SMTP error from remote mail server after MAIL FROM:<me@example.com>: 550 5.7.1 <me@example.com>... Sender was rejected: listed at bl.spamcop.net');
    expect(e).toMatchObject({ bucket: 'policy-reputation', actor: 'sender-provider' });
  });

  it('a Microsoft 365 NDR for an unknown recipient says "recipient not found", not "accepts no mail"', async () => {
    const ndr = "Delivery has failed to these recipients or groups:\n\nbob@contoso.com\nThe email address you entered couldn't be found.\n\nDiagnostic information for administrators:\n\nbob@contoso.com\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient bob@contoso.com not found by SMTP address lookup'";
    const { e, text } = await verdict(ndr);
    expect(e).toMatchObject({ bucket: 'recipient', actor: 'sender', reason: 'userunknown' });
    expect(e?.codes.find((c) => c.code === '5.1.10')?.meaning.key).toBe('k_code_ms_5_1_10');
    expect(text).not.toMatch(/null MX|accepts no mail|does not accept mail/i);
  });

  it('a delay warning is not an error, and says so first', async () => {
    const { e, text } = await verdict("Message not delivered\nThere was a temporary problem delivering your message to bob@example.org. Gmail will retry for 47 more hours. You'll be notified if the delivery fails permanently.");
    expect(e).toMatchObject({ bucket: 'not-an-error', actor: 'none', temporary: true });
    const lines = text.split('\n');
    expect(lines[lines.findIndex((l) => /^\d+\. /.test(l)) + 1]).toMatch(/^ {3}Temporary: /);
  });

  it('names a provider only when the text shows it', async () => {
    for (const said of ['421 4.7.0 Try again later, closing connection.', '535 Incorrect authentication data', '550 Administrative prohibition',
      '550 Requested action not taken: mailbox unavailable', '550 5.1.1 mailbox not found', '451 4.3.2 Temporary server error. Please try again later',
      '550 5.6.0 invalid characters in header', '554 mail loop detected', 'Server busy. Please try again later']) {
      const { text } = await verdict(said);
      expect(text.split('\n').filter((l) => !/^ {5}https?:/.test(l)).join('\n'), said).not.toMatch(/Google|Gmail|Microsoft|Outlook\.com|Yahoo|Mimecast|Barracuda|Proofpoint/);
    }
  });
});
