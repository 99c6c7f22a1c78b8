// Pure parts of the bounce checks: blocklist answers, zones a refusal names, facts from hostile
// callers, IPs in refusal texts, check planning, DNS server syntax.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answerKind, codeMeaning, knownBlocklist, lookupName, parseBlocklistSpec, zonesNamed } from '../../../../src/probe/checks/blocklists.ts';
import { checkFacts, ipsInText } from '../../../../src/probe/checks/facts.ts';
import { planChecks } from '../../../../src/probe/checks/plan.ts';
import { parseDnsServer } from '../../../../src/probe/checks/dns-client.ts';
import { selectorsNamed } from '../../../../src/probe/checks/auth.ts';
import { looksGeneric, reverseName } from '../../../../src/probe/checks/ptr.ts';

const zen = knownBlocklist('zen.spamhaus.org')!;

describe('blocklist answers', () => {
  it('127.0.0.x is a listing, 127.255.255.x a refusal, anything else junk', () => {
    expect(answerKind('127.0.0.2')).toBe('listed');
    expect(answerKind('127.255.255.254')).toBe('refused');
    expect(answerKind('10.0.0.1')).toBe('unexpected');
    expect(codeMeaning('127.0.0.10', zen)).toBe('pc_code_pbl');
    expect(codeMeaning('127.0.0.4', zen)).toBe('pc_code_xbl');
    expect(codeMeaning('127.255.255.254', zen)).toBe('pc_code_public_resolver');
    expect(codeMeaning('127.255.255.255', zen)).toBe('pc_code_rate_limited');
    expect(codeMeaning('127.0.0.2', knownBlocklist('bl.spamcop.net')!)).toBe('pc_code_listed');
  });
  it('lookup names: reversed IPv4 octets, IPv6 nibbles, domains as they are', () => {
    expect(lookupName('81.2.69.142', zen)).toBe('142.69.2.81.zen.spamhaus.org');
    expect(lookupName('2001:db8::1', zen)).toBe(`1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.spamhaus.org`);
    expect(lookupName('example.com', knownBlocklist('dbl.spamhaus.org')!)).toBe('example.com.dbl.spamhaus.org');
    expect(lookupName('not an ip', zen)).toBeNull();
  });
  it('zones a refusal names: known lists anywhere, others only after "blocked using"/"listed in"', () => {
    expect(zonesNamed('550 5.7.1 Client host [1.2.3.4] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/1.2.3.4')).toEqual(['zen.spamhaus.org']);
    expect(zonesNamed('Your IP is listed in bl.example.net, see bl.spamcop.net')).toEqual(['bl.spamcop.net', 'bl.example.net']);
    expect(zonesNamed('Mail from example.com rejected')).toEqual([]);
  });
  it('configured list specs', () => {
    expect(parseBlocklistSpec('bl.test')).toMatchObject({ zone: 'bl.test', kind: 'ip' });
    expect(parseBlocklistSpec('dbl.test=domain')).toMatchObject({ kind: 'domain' });
    expect(parseBlocklistSpec('zen.spamhaus.org')).toMatchObject({ name: 'Spamhaus ZEN', delistUrl: 'https://check.spamhaus.org/' });
    expect(parseBlocklistSpec('x=ip=http://insecure')).toBeNull();
    expect(parseBlocklistSpec('bad zone')).toBeNull();
  });
});

describe('facts', () => {
  it('IPs quoted by refusals', () => {
    expect(ipsInText('554 5.7.1 Service unavailable; Client host [81.2.69.142] blocked')).toEqual(['81.2.69.142']);
    expect(ipsInText('Client host 81.2.69.142 blocked')).toEqual(['81.2.69.142']);
    expect(ipsInText('[IPv6:2001:db8::25] is not allowed')).toEqual(['2001:db8::25']);
    expect(ipsInText('version 1.2.3.4.5 and [999.1.1.1]')).toEqual([]);
  });
  it('checkFacts refuses what is not a fact and caps the rest', () => {
    expect(checkFacts({ refusal: 'x', bucket: 'nope' })).toMatchObject({ ok: false, error: { field: 'bucket' } });
    expect(checkFacts({ refusal: 'x', bucket: 'unknown', sendingIps: ['0x7f.1'] })).toMatchObject({ ok: false, error: { field: 'sendingIps' } });
    expect(checkFacts({ refusal: 'x', bucket: 'unknown', senderDomain: '-bad-.com' })).toMatchObject({ ok: false, error: { field: 'senderDomain' } });
    const r = checkFacts({ refusal: 'y'.repeat(5000), bucket: 'unknown', sendingIps: ['1.1.1.1', '1.1.1.1', '2.2.2.2', '3.3.3.3', '4.4.4.4', '5.5.5.5'] });
    expect(r.ok && r.value.refusal.length).toBe(2000);
    expect(r.ok && r.value.sendingIps).toEqual(['1.1.1.1', '2.2.2.2', '3.3.3.3']);
  });
  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 3000 }), fc.array(fc.string()), fc.string(), (refusal, ips, d) => {
      const r = checkFacts({ refusal, bucket: 'policy-reputation', sendingIps: ips, senderDomain: d });
      expect(typeof r.ok).toBe('boolean');
      zonesNamed(refusal);
      ipsInText(refusal);
      selectorsNamed(refusal);
    }));
  });
});

describe('planning', () => {
  const plan = (refusal: string, bucket = 'policy-reputation', reason?: string) =>
    planChecks({ refusal, bucket: bucket as never, sendingIps: [], ...(reason ? { reason: reason as never } : {}) }).sort();
  it('picks the checks the refusal is about', () => {
    expect(plan('blocked using zen.spamhaus.org', 'policy-reputation', 'blocked')).toEqual(['dnsbl', 'ptr']);
    expect(plan("5.7.26 Unauthenticated email … DMARC policy", 'policy-reputation', 'authfailure')).toEqual(['dmarc', 'spf']);
    expect(plan('5.7.25 The IP address sending this message does not have a PTR record', 'policy-reputation', 'requireptr')).toEqual(['ptr']);
    expect(plan('450 4.7.1 TLS required for RCPT domain example.com', 'policy-reputation')).toContain('mta-sts');
    expect(plan('Host or domain name not found', 'recipient', 'hostunknown')).toEqual(['recipient-domain']);
    expect(plan('550 5.1.1 User unknown', 'recipient', 'userunknown')).toEqual([]);
    expect(plan('550 5.7.1 Message rejected', 'policy-reputation')).toEqual(['dmarc', 'dnsbl', 'ptr', 'spf']);
  });
});

describe('small parsers', () => {
  it('DNS servers', () => {
    expect(parseDnsServer('127.0.0.1:53531')).toEqual({ host: '127.0.0.1', port: 53531 });
    expect(parseDnsServer('[::1]:5353')).toEqual({ host: '::1', port: 5353 });
    expect(parseDnsServer('9.9.9.9')).toEqual({ host: '9.9.9.9', port: 53 });
    expect(parseDnsServer('dns.example')).toBeNull();
    expect(parseDnsServer('127.0.0.1:70000')).toBeNull();
  });
  it('selectors, reverse names, generic PTRs', () => {
    expect(selectorsNamed('dkim=fail (s=sel1) header.d=x; selector: google')).toEqual(['sel1', 'google']);
    expect(reverseName('192.0.2.10')).toBe('10.2.0.192.in-addr.arpa');
    expect(looksGeneric('dsl-192-0-2-10.pool.example.net', '192.0.2.10')).toBe(true);
    expect(looksGeneric('mail.example.net', '192.0.2.10')).toBe(false);
  });
});
