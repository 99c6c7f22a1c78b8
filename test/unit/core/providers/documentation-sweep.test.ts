// Round 6's provider entries (the documentation sweep, rows-knowledge8a.py), each tried on wordings
// of the same documented families that are in no labelled set (other codes of a numbered family,
// other hosts, other addresses), so an entry that only fits one fixture sentence fails here.
import { describe, expect, it } from 'vitest';
import { verdict } from '../knowledge/verdict.ts';
import { findProviderEntry } from '../../../../src/core/knowledge/providers.ts';

describe('vendors that number their refusals: the number decides', () => {
  it.each([
    ['550 5.7.1 Message rejected because a domain, an IP address, or an email address is in the user block list. XGEMAIL_0009', 'sophos_block_list'],
    ['550 5.7.1 Message didn\'t contain a valid DKIM signature. XGEMAIL_0001', 'sophos_authentication'],
    ['550 5.7.1 Message rejected because your license has expired. XGEMAIL_0007', 'sophos_recipient_setup'],
    ['452 4.2.1 Message rejected because it exceeded the recipient\'s total inbound rate limit from all senders. XGEMAIL_0015', 'sophos_inbound_rate'],
    ['host smtp.laposte.net said: 550 5.5.0 Le compte du destinataire est bloque. The recipient account isblocked. LPN007_426', 'orange_recipient_closed'],
    ['550 5.5.0 Les emails envoyes vers la messagerie Laposte.net ont ete bloques par nos services. LPNAAA_101', 'orange_blocked'],
    ['Emetteur invalide. Invalid Sender. OFR_415', 'orange_invalid_sender'],
    ['554 Connection refused. This IP is listed on the Exploits Block List (XBL). IB105', 'godaddy_ip_blocked'],
    ['550 This IP has sent too many to too many recipients this hour. IB607', 'godaddy_ip_rate'],
    ['550 holly@coolexample.com IP addresses are not allowed as a From: Address. Please provide a valid From. IB502', 'godaddy_bad_from'],
    ['421 Server temporarily unavailable. Try again later. IB101', 'godaddy_transient'],
    ['554 cmsmtp rejected. AUP#IPBL1011', 'cox_blocked'],
    ['554 cmsmtp Message rejected. AUP#URLBL011', 'cox_url_blocklist'],
    ['550 DY-002 (BAY0-MC3-F15) Mail rejected by Outlook.com for policy reasons. The likely cause is a compromised or virus infected server/personal computer.', 'outlook_dynamic_ip'],
  ])('%s', (text, id) => {
    expect(findProviderEntry(text)?.id).toBe(id);
  });
});

describe('fixed wordings of one gateway or provider, in their other forms', () => {
  it.each([
    ['554 5.6.2 Spam Link rejected', 'policy-reputation', 'sender'],
    ['554 5.6.1 Spam Header rejected', 'policy-reputation', 'sender'],
    ['550 Domain frequency limited. http://service.mail.qq.com/detail/122/172', 'policy-reputation', 'sender-provider'],
    ['550 Connection frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&no=1000728', 'policy-reputation', 'sender-provider'],
    ['550 Sender frequency limited', 'sender-account', 'sender'],
    ['550 5.7.1 Policy rejection on the target address <x@yandex.ru>', 'policy-reputation', 'recipient-provider'],
    ['554 Your access to this mail system has been rejected due to the sending MTAs poor reputation.', 'policy-reputation', 'sender-provider'],
    ['550 5.7.0 Mail Sending denied. The sending account is disabled.', 'sender-account', 'sender'],
  ])('%s', async (text, bucket, actor) => {
    expect((await verdict(text)).slice(0, 2)).toEqual([bucket, actor]);
  });

  it('a Mimecast 452 for too many recipients is its batching, retried by itself; another server\'s is the sender\'s', async () => {
    expect(await verdict('452 Too many recipients - https://community.mimecast.com/docs/DOC-1369#452')).toEqual(['remote-transient', 'none', true]);
    expect((await verdict('452 4.5.3 Too many recipients'))[1]).toBe('sender');
  });

  it('a HELO name on the Spamhaus domain list is the sending server\'s; a sender address there is the sender\'s', async () => {
    expect((await verdict('554 5.7.1 Service unavailable; Helo command [mx.example.net] blocked using dbl.spamhaus.org'))[1]).toBe('sender-provider');
    expect((await verdict('554 5.7.1 <a@example.com>: Sender address rejected: blocked using dbl.spamhaus.org'))[1]).toBe('sender');
  });

  it('an IP said to be listed is the sending server\'s, whatever the lead words', async () => {
    expect((await verdict('550 Sender rejected: client IP 192.0.2.7 is listed on a DNS blacklist')).slice(0, 2)).toEqual(['policy-reputation', 'sender-provider']);
  });

  it('Office files with macros are the attachment\'s, not a full mailbox (552)', async () => {
    expect((await verdict('552 Word document containing macros was refused')).slice(0, 2)).toEqual(['content', 'sender']);
  });
});

describe('a multi-line reply is read without its repeated codes', () => {
  it('Gmail\'s receiving-rate reply wrapped over four lines is the recipient\'s rate, temporary', async () => {
    const text = '450-4.2.1 The user you are trying to contact is receiving mail at a rate that\n450-4.2.1 prevents additional messages from being delivered. Please resend your\n450-4.2.1 message at a later time.\n450 4.2.1 - gsmtp';
    expect(await verdict(text)).toEqual(['remote-transient', 'none', true]);
  });
});
