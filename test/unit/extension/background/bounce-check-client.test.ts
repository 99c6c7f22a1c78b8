// The bounce-check client keeps only the allowed facts, reads a real server's SSE stream (the
// real Fastify app with a real dnsmasq behind it) and ends with one verdict or one error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { checkBodyFrom, runBounceCheck, toCheckMessage } from '../../../../src/extension/background/bounce-check-client.ts';
import { factsFromFinding, checkableFinding } from '../../../../src/extension/shared/bounce-check.ts';
import { analyzeText } from '../../../../src/core/analyze.ts';
import { testApp, TEST_TOKEN } from '../../../helpers/smtp/app.ts';
import { startDnsmasq, type RunningDnsmasq } from '../../../helpers/dns/dnsmasq.ts';
import { IPS, ZONE_CONF } from '../../../helpers/dns/zones.ts';
import { DEFAULT_CHECKS_CONFIG } from '../../../../src/server/checks-config.ts';
import { parseBlocklistSpec } from '../../../../src/probe/checks/index.ts';

describe('facts sent', () => {
  it('only the allowed fields, checked', () => {
    const body = checkBodyFrom({ refusal: 'r', bucket: 'policy-reputation', message: 'the whole mail', senderDomain: 'ok.example', recipientDomain: 'bad domain', sendingIps: ['1.2.3.4', '<script>'] });
    expect(body).toEqual({ refusal: 'r', bucket: 'policy-reputation', senderDomain: 'ok.example', sendingIps: ['1.2.3.4'] });
    expect(checkBodyFrom({ refusal: 'r', bucket: 'nonsense' })).toBeNull();
  });
  it('facts of a finding; only checkable causes', () => {
    const blocked = analyzeText(`554 5.7.1 Service unavailable; Client host [${IPS.listed}] blocked using zen.spamhaus.org`);
    const f = checkableFinding(blocked.findings);
    expect(f).toBeDefined();
    expect(factsFromFinding(f!)).toMatchObject({ bucket: 'policy-reputation', sendingIps: [IPS.listed] });
    expect(checkableFinding(analyzeText('550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown').findings)).toBeUndefined();
  });
  it('an https removal page only', () => {
    expect(toCheckMessage('check', JSON.stringify({ check: 'dnsbl', result: 'listed', delistUrl: 'javascript:alert(1)' }))).toMatchObject({ kind: 'check', row: { check: 'dnsbl' } });
    const m = toCheckMessage('check', JSON.stringify({ check: 'dnsbl', result: 'listed', delistUrl: 'javascript:alert(1)' }));
    expect(m?.kind === 'check' && m.row.delistUrl).toBeFalsy();
  });
});

describe('against the real server', () => {
  let dns: RunningDnsmasq;
  let app: FastifyInstance;
  let url: string;
  beforeAll(async () => {
    dns = await startDnsmasq(ZONE_CONF);
    app = await testApp({ checks: { ...DEFAULT_CHECKS_CONFIG, public: true, dnsServers: [{ host: dns.host, port: dns.port }], blocklists: [parseBlocklistSpec('bl.test')!] } });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await dns.stop();
  });
  const facts = { refusal: `blocked using bl.test [${IPS.listed}]`, bucket: 'policy-reputation', sendingIps: [IPS.listed] };
  const collect = async (config: { probeUrl: string; probeToken: string }) => {
    const out = [];
    for await (const m of runBounceCheck(config, facts)) out.push(m);
    return out;
  };
  it('streams rows, then the verdict; public mode needs no token', async () => {
    for (const token of ['', TEST_TOKEN]) {
      const messages = await collect({ probeUrl: url, probeToken: token });
      expect(messages.at(-1)?.kind).toBe('verdict');
      expect(messages.filter((m) => m.kind === 'check').length).toBeGreaterThan(0);
    }
  });
  it('a wrong token is the token error; nothing configured says so', async () => {
    expect((await collect({ probeUrl: url, probeToken: 'wrong-token-0123456789' })).at(-1)).toMatchObject({ kind: 'error', error: 'ui_errProbeToken' });
    expect((await collect({ probeUrl: '', probeToken: '' })).at(-1)).toMatchObject({ kind: 'error', error: 'ui_errProbeNotConfigured' });
  });
});
