// The bounce checks against a real dnsmasq on loopback serving test zones (test/helpers/dns/zones.ts):
// a listed and an unlisted IP, "query refused" answers, a domain list, PTR/FCrDNS, SPF pass/fail/
// softfail/permerror/none, DMARC reject/quarantine/absent, DKIM keys, null MX, NXDOMAIN, no mail
// server, an MX that does not answer, MTA-STS and DANE, the TTL cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import { startDnsmasq, type RunningDnsmasq } from '../../helpers/dns/dnsmasq.ts';
import { IPS, ZONE_CONF } from '../../helpers/dns/zones.ts';
import { defaultEngineOptions } from '../../../src/probe/index.ts';
import {
  createCheckResolver, defaultCheckOptions, parseBlocklistSpec, runBounceChecks, checkFacts,
  type BounceFacts, type CheckResult, type CheckVerdict, type CheckResolver,
} from '../../../src/probe/checks/index.ts';

let dns: RunningDnsmasq;
beforeAll(async () => {
  dns = await startDnsmasq(ZONE_CONF);
});
afterAll(async () => {
  await dns.stop();
});

const lists = ['bl.test', 'dbl.test=domain'].map((s) => parseBlocklistSpec(s)!);
const resolver = (): CheckResolver => createCheckResolver({ servers: [{ host: dns.host, port: dns.port }] });

async function run(input: Parameters<typeof checkFacts>[0], r = resolver(), mxPort?: number): Promise<{ rows: CheckResult[]; verdict: CheckVerdict }> {
  const facts = checkFacts(input);
  if (!facts.ok) throw new Error(`bad facts: ${facts.error.field}`);
  const engine = defaultEngineOptions({ policy: { ports: [25, mxPort ?? 25], allowPrivate: true, allowedNetworks: [] }, mxPort: mxPort ?? 25, stageTimeoutMs: 1500, tryTimeoutMs: 1500 });
  const gen = runBounceChecks(facts.value as BounceFacts, r, defaultCheckOptions({ blocklists: lists, mxConnect: mxPort !== undefined }), engine);
  const rows: CheckResult[] = [];
  for (;;) {
    const n = await gen.next();
    if (n.done) return { rows, verdict: n.value };
    rows.push(n.value);
  }
}
const row = (rows: CheckResult[], check: string, target?: string) => rows.find((r) => r.check === check && (target === undefined || r.target === target || r.list === target));

describe('blocklists', () => {
  it('a listed IP is "listed" with the list, its code and TXT; the cause is confirmed', async () => {
    const { rows, verdict } = await run({ refusal: `554 5.7.1 Client host [${IPS.listed}] blocked using bl.test`, bucket: 'policy-reputation', reason: 'blocked', sendingIps: [IPS.listed] });
    const r = row(rows, 'dnsbl', 'bl.test');
    expect(r).toMatchObject({ result: 'listed', ok: false, list: 'bl.test', codes: ['127.0.0.2'], records: ['Listed by bl.test for testing'], fixer: 'sender-provider' });
    expect(verdict.causes['policy-reputation']).toBe('confirmed');
  });
  it('an unlisted IP is "not-listed" and a clean PTR: the blocklist cause is ruled out', async () => {
    const { rows, verdict } = await run({ refusal: `554 5.7.1 Client host [${IPS.clean}] blocked using bl.test`, bucket: 'policy-reputation', reason: 'blocked', sendingIps: [IPS.clean] });
    expect(row(rows, 'dnsbl', 'bl.test')).toMatchObject({ result: 'not-listed', ok: true });
    expect(row(rows, 'ptr')).toMatchObject({ result: 'pass', records: ['mail.good.test'] });
    expect(verdict.causes['policy-reputation']).toBe('ruled-out');
  });
  it('127.255.255.254 is the list refusing the question, not a listing: error, inconclusive', async () => {
    const { rows, verdict } = await run({ refusal: `blocked using bl.test [${IPS.refusedQuery}]`, bucket: 'policy-reputation', sendingIps: [IPS.refusedQuery] });
    const r = row(rows, 'dnsbl', 'bl.test');
    expect(r).toMatchObject({ result: 'error', codes: ['127.255.255.254'], confirms: null });
    expect(r?.meaning.key).toBe('pc_code_public_resolver');
    expect(verdict.causes['policy-reputation']).not.toBe('ruled-out');
  });
  it('a known list named in the text is asked; its answer (REFUSED here) is an error with the delisting page', async () => {
    const { rows } = await run({ refusal: `550 5.7.1 Service unavailable; Client host [${IPS.listed}] blocked using zen.spamhaus.org`, bucket: 'policy-reputation', sendingIps: [IPS.listed] });
    expect(row(rows, 'dnsbl', 'zen.spamhaus.org')).toMatchObject({ result: 'error', delistUrl: 'https://check.spamhaus.org/' });
  });
  it('an unknown list named by a (possibly forged) bounce is reported, never queried', async () => {
    const { rows } = await run({ refusal: `blocked using evil-zone.example [${IPS.clean}]`, bucket: 'policy-reputation', sendingIps: [IPS.clean] });
    expect(row(rows, 'dnsbl', 'evil-zone.example')).toMatchObject({ result: 'error', confirms: null });
    expect(dns.queries().some((q) => q.endsWith('evil-zone.example'))).toBe(false);
  });
  it('domain lists (DBL) look up the sender domain and domains the refusal names', async () => {
    const { rows } = await run({ refusal: '554 5.7.1 domain listed: spammy.test (dbl.test)', bucket: 'policy-reputation', reason: 'blocked', senderDomain: 'good.test', sendingIps: [IPS.clean] });
    expect(row(rows, 'dnsbl', 'spammy.test')).toMatchObject({ result: 'listed', list: 'dbl.test', codes: ['127.0.1.2'], fixer: 'sender' });
    expect(row(rows, 'dnsbl', 'good.test')).toMatchObject({ result: 'not-listed' });
  });
  it('without an IP in the text, the Reporting-MTA is resolved', async () => {
    const { rows } = await run({ refusal: '554 5.7.1 blocked using bl.test', bucket: 'policy-reputation', reportingMta: 'mail.good.test' });
    expect(row(rows, 'dnsbl', 'bl.test')).toMatchObject({ target: IPS.clean, result: 'not-listed' });
  });
});

describe('PTR', () => {
  it('no PTR confirms a PTR refusal; a PTR that does not point back is a mismatch', async () => {
    const none = await run({ refusal: `550 5.7.25 [${IPS.listed}] The IP address sending this message does not have a PTR record setup`, bucket: 'policy-reputation', reason: 'requireptr', sendingIps: [IPS.listed] });
    expect(row(none.rows, 'ptr')).toMatchObject({ result: 'none', ok: false, fixer: 'sender-provider' });
    expect(none.verdict.causes['policy-reputation']).toBe('confirmed');
    const mismatch = await run({ refusal: 'no PTR', bucket: 'policy-reputation', reason: 'requireptr', sendingIps: [IPS.mismatch] });
    expect(row(mismatch.rows, 'ptr')).toMatchObject({ result: 'mismatch', records: ['other.good.test'] });
  });
});

describe('SPF, DMARC, DKIM', () => {
  const auth = (senderDomain: string, ip: string, extra = '') => run({ refusal: `550 5.7.26 Unauthenticated email from ${senderDomain} is not accepted due to domain's DMARC policy ${extra}`, bucket: 'policy-reputation', reason: 'authfailure', senderDomain, sendingIps: [ip] });
  it('pass with DMARC reject: SPF aligns, both green, ruled out', async () => {
    const { rows, verdict } = await auth('good.test', IPS.clean);
    expect(row(rows, 'spf')).toMatchObject({ result: 'pass', ok: true, records: ['v=spf1 ip4:192.0.2.10 -all'] });
    expect(row(rows, 'dmarc')).toMatchObject({ result: 'pass', policy: 'reject', alignment: { spf: 'aligned' } });
    expect(verdict.causes['policy-reputation']).toBe('ruled-out');
  });
  it('fail with DMARC reject: both red, confirmed', async () => {
    const { rows, verdict } = await auth('bad.test', IPS.clean);
    expect(row(rows, 'spf')).toMatchObject({ result: 'fail', ok: false, fixer: 'sender' });
    expect(row(rows, 'dmarc')).toMatchObject({ result: 'fail', policy: 'reject', alignment: { spf: 'not-aligned' } });
    expect(verdict.causes['policy-reputation']).toBe('confirmed');
  });
  it('softfail, permerror (two SPF records), none; DMARC quarantine and absent', async () => {
    expect(row((await auth('softfail.test', IPS.clean)).rows, 'spf')?.result).toBe('softfail');
    expect(row((await auth('broken.test', IPS.clean)).rows, 'spf')?.result).toBe('permerror');
    const none = await auth('nomail.test', IPS.clean);
    expect(row(none.rows, 'spf')?.result).toBe('none');
    expect(row(none.rows, 'dmarc')).toMatchObject({ result: 'none', policy: 'absent' });
    expect(row((await auth('quarantine.test', IPS.clean)).rows, 'dmarc')).toMatchObject({ policy: 'quarantine', result: 'fail' });
  });
  it('a DKIM selector the refusal names: present, revoked (empty p=), missing', async () => {
    const { rows } = await auth('good.test', IPS.clean, 'dkim=fail (s=sel1) dkim=fail (s=old) dkim=fail (s=gone)');
    expect(row(rows, 'dkim', 'sel1._domainkey.good.test')?.result).toBe('present');
    expect(row(rows, 'dkim', 'old._domainkey.good.test')?.result).toBe('revoked');
    expect(row(rows, 'dkim', 'gone._domainkey.good.test')?.result).toBe('none');
  });
});

describe('recipient domain, MTA-STS/DANE', () => {
  const rcpt = (recipientDomain: string, mxPort?: number) => run({ refusal: '550 5.1.2 Host or domain name not found', bucket: 'recipient', reason: 'hostunknown', recipientDomain }, resolver(), mxPort);
  it('NXDOMAIN, null MX, no mail server', async () => {
    expect(row((await rcpt('nope.test')).rows, 'recipient-domain')?.result).toBe('nxdomain');
    expect(row((await rcpt('nullmx.test')).rows, 'recipient-domain')?.result).toBe('null-mx');
    const nomail = await rcpt('nomail.test');
    expect(row(nomail.rows, 'recipient-domain')?.result).toBe('no-mail-server');
    expect(nomail.verdict.causes.recipient).toBe('confirmed');
  });
  it('an MX that does not answer (nothing listens on its port) vs a domain with MX records only', async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    expect(row((await rcpt('silent.test', port)).rows, 'recipient-domain')?.result).toBe('mx-not-answering');
    expect(row((await rcpt('good.test')).rows, 'recipient-domain')).toMatchObject({ result: 'ok', records: ['10 mx.good.test'] });
  });
  it('"TLS required": MTA-STS and DANE published are found; absent elsewhere', async () => {
    const tls = (d: string) => run({ refusal: `450 4.7.1 TLS required for RCPT domain ${d}`, bucket: 'policy-reputation', recipientDomain: d });
    expect(row((await tls('good.test')).rows, 'mta-sts')).toMatchObject({ result: 'mta-sts+dane' });
    expect(row((await tls('bad.test')).rows, 'mta-sts')).toMatchObject({ result: 'absent', ok: true });
  });
});

describe('resolver', () => {
  it('answers are cached by TTL: the same checks again ask the DNS server nothing', async () => {
    const r = resolver();
    const input = { refusal: `blocked using bl.test [${IPS.listed}]`, bucket: 'policy-reputation', sendingIps: [IPS.listed], senderDomain: 'good.test' };
    await run(input, r);
    const before = dns.queries().length;
    const again = await run(input, r);
    expect(row(again.rows, 'dnsbl', 'bl.test')?.result).toBe('listed');
    expect(dns.queries().length).toBe(before);
  });
  it('a dead DNS server gives errors, not a crash or a false "not-listed"', async () => {
    const dead = createCheckResolver({ servers: [{ host: '127.0.0.1', port: 9 }], timeoutMs: 200 });
    const { rows, verdict } = await run({ refusal: `blocked using bl.test [${IPS.listed}]`, bucket: 'policy-reputation', sendingIps: [IPS.listed] }, dead);
    expect(row(rows, 'dnsbl', 'bl.test')?.result).toBe('error');
    expect(verdict.causes['policy-reputation']).toBe('inconclusive');
  });
});
