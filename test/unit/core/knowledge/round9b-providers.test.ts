// Round 9's provider meanings (knowledge/providers-r9.ts, from the providers' own code pages), each tried
// on wordings of our own that are in no labelled set, and the neighbours each entry must leave alone.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../../src/core/knowledge/index.ts';
import { loadTranslate } from '../../../../src/node/catalogue.ts';
import { render } from '../../../../src/core/i18n.ts';
import { verdict } from './verdict.ts';

const t = loadTranslate('en');
async function codeMeaning(text: string, code: string): Promise<string | undefined> {
  const e = (await explain(text)).items[0]?.explanation;
  const c = e?.codes.find((x) => x.code === code);
  return c ? render(c.meaning, t) : undefined;
}

describe('Microsoft\'s own meaning of its codes replaces the registry\'s where the text is Microsoft\'s', () => {
  it('5.7.504 is a recipient address that is not valid: the sender checks it', async () => {
    expect(await verdict('Remote Server returned \'550 5.7.504 alice@fabrikam.example: Recipient address rejected: Access denied\'')).toEqual(['recipient', 'sender', false]);
    expect(await codeMeaning('550 5.7.504 Recipient address rejected: Access denied', '5.7.504')).toMatch(/Microsoft/);
  });
  it.each([
    ['550 5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail. [AM0PR.eurprd.prod.outlook.com]', '5.7.321'],
    ['550 5.7.322 certificate-expired: Destination mail server\'s certificate is expired.', '5.7.322'],
    ['550 5.7.323 tlsa-invalid: The domain failed DANE validation [DB8EUR.prod.outlook.com]', '5.7.323'],
  ])('%s: the destination\'s TLS, its admin acts', async (text, code) => {
    expect(await verdict(text)).toEqual(['port-encryption', 'recipient-provider', false]);
    expect(await codeMeaning(text, code)).toMatch(/Microsoft/);
  });
  it('the same refusal quoted in an NDR ("Remote Server returned …") keeps who acts', async () => {
    expect((await verdict('Remote Server returned \'550 5.7.322 certificate-expired: Destination mail server\'s certificate is expired\''))[1]).toBe('recipient-provider');
  });
  it('5.0.350 "x-dg-ref header is too long" is the message\'s Rich Text format', async () => {
    expect(await verdict('Diagnostic-Code: smtp; 550 5.0.350 x-dg-ref header is too long')).toEqual(['content', 'sender', false]);
  });
  it('5.3.190 journaling with Journaling Archive off is the organisation\'s admin', async () => {
    expect((await verdict('554 5.3.190 Journaling on-premises messages to Microsoft 365 not supported when Journaling Archive is disabled'))[1]).toBe('sender-provider');
  });
  it('5.7.135 / 5.7.136 keep the delivery-restriction verdict with Microsoft\'s meaning', async () => {
    const text = '550 5.7.136 RESOLVER.RST.SenderNotAuthenticatedForMailUser; authentication required';
    expect((await verdict(text))[1]).toBe('recipient-provider');
    expect(await codeMeaning(text, '5.7.136')).toMatch(/mail user/);
  });
  it('a bare code does not show Microsoft: its registry meaning stays', async () => {
    expect(await codeMeaning('550 5.7.13', '5.7.13')).not.toMatch(/Microsoft/);
  });
});

describe('short provider marks pasted on their own', () => {
  it('Yahoo\'s [#4.16.1] is its servers being busy: retried, nobody acts', async () => {
    expect(await verdict('[#4.16.1]')).toEqual(['remote-transient', 'none', true]);
    expect(await verdict('451 Resources temporarily unavailable. Please try again later [#4.16.1]')).toEqual(['remote-transient', 'none', true]);
  });
  it('T-Online\'s "(DIAL)" alone is the sending server\'s dynamic address', async () => {
    expect(await verdict('  (DIAL)  ')).toEqual(['policy-reputation', 'sender-provider', false]);
  });
  it('iCloud\'s 4xx with its CS/HM mark is a deferral for the sending side\'s standing', async () => {
    expect(await verdict('421 4.7.1 [HM04] Messages temporarily deferred due to local policy')).toEqual(['policy-reputation', 'sender-provider', true]);
  });
  it('Barracuda\'s Intent Analysis is the links in the message', async () => {
    expect((await verdict('550 Message blocked by Barracuda: Intent Analysis (URL)'))[0]).toBe('content');
  });
});

describe('families any server writes', () => {
  it.each([
    '550 5.7.1 Rejected: the message contained a virus (Win.Trojan.Agent)',
    '554 Your e-mail was refused because it contained malware',
    '550 Virus was detected in the attachment',
  ])('a virus found in the message: %s', async (text) => {
    expect(await verdict(text)).toEqual(['content', 'sender', false]);
  });
  it.each([
    '552 Message refused due to size limits',
    '550 Message rejected because of size restrictions on this domain',
  ])('a size rule: %s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['content', 'sender']);
  });
  it('a receiver\'s own sender policy is the recipient side\'s', async () => {
    expect((await verdict('550 5.7.1 Mail from alice@example.com blocked by sender policy'))[1]).toBe('recipient-provider');
  });
  it('SPF ("Sender Policy Framework") is not a receiver\'s sender policy', async () => {
    expect((await verdict('550 5.7.23 The message was rejected because of Sender Policy Framework violation'))[1]).not.toBe('recipient-provider');
  });
  it.each([
    '550 This account has been suspended from sending mail after spam complaints',
    '554 Server flagged as spam source and suspended, contact support',
  ])('a sender suspended for spam is its provider\'s: %s', async (text) => {
    expect(await verdict(text)).toEqual(['sender-account', 'sender-provider', false]);
  });
  it('a recipient\'s suspended mailbox stays the recipient\'s', async () => {
    expect((await verdict('550 5.2.1 Mailbox suspended'))[0]).toBe('recipient');
  });
});

describe('families found by the second batch of documentation rows', () => {
  it('a generic "mailbox unavailable" followed by the full mailbox is the recipient\'s full mailbox', async () => {
    expect(await verdict('550 Requested action not taken: mailbox unavailable (storage quota exceeded)')).toEqual(['recipient', 'recipient', false]);
  });
  it('"mailbox unavailable" alone is not a full mailbox', async () => {
    expect((await verdict('550 Requested action not taken: mailbox unavailable'))[1]).not.toBe('recipient');
  });
  it('Exim\'s SMTP synchronization error is the sending program\'s set-up', async () => {
    expect(await verdict('554 SMTP synchronisation error')).toEqual(['settings', 'sender', false]);
  });
  it.each([
    '552 Attachment size exceeds the limit set by the administrator',
    '550 Rejected: the mail exceeds the maximum message size of this server',
  ])('a size over the limit: %s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['content', 'sender']);
  });
});
