// Settings discovery against real servers on loopback, with DNS (SRV, MX) from a fixed zone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCertificates, type TestCertificates } from '../../helpers/smtp/certificates.ts';
import { startRaw, startSmtp, type RunningServer } from '../../helpers/smtp/servers.ts';
import { collect } from '../../helpers/smtp/collect.ts';
import { zoneResolver } from '../../helpers/smtp/resolver.ts';
import { defaultEngineOptions, discoverSettings, runProbe } from '../../../src/probe/index.ts';

let certs: TestCertificates;
let implicit: RunningServer;
let starttls: RunningServer;
let deadPort: number;

beforeAll(async () => {
  certs = makeCertificates();
  implicit = await startSmtp({ mode: 'implicit-tls', tls: certs.valid });
  starttls = await startSmtp({ mode: 'starttls', tls: certs.valid });
  const dead = await startRaw('listen-only');
  deadPort = dead.port;
  await dead.close();
});
afterAll(async () => {
  await implicit.close();
  await starttls.close();
  certs.cleanup();
});

function options(resolver: ReturnType<typeof zoneResolver>) {
  return defaultEngineOptions({
    policy: { ports: [implicit.port, starttls.port, deadPort], allowPrivate: true, allowedNetworks: [] },
    // Generous: under a loaded machine a slow try must not lose to a faster, worse one.
    stageTimeoutMs: 2000, tryTimeoutMs: 2000, trustedCa: [certs.ca], resolver,
  });
}

describe('discoverSettings', () => {
  it('uses SRV (_submissions and _submission), MX and the usual names; picks verified implicit TLS; says why the rest failed', async () => {
    const resolver = zoneResolver({
      srv: {
        '_submissions._tcp.example.test': [{ name: 'mail.example.test', port: implicit.port, priority: 0, weight: 1 }],
        '_submission._tcp.example.test': [{ name: 'mail.example.test', port: starttls.port, priority: 0, weight: 1 }],
      },
      mx: { 'example.test': [{ exchange: 'mx.example.test', priority: 10 }] },
      addresses: { 'mail.example.test': ['127.0.0.1'], 'mx.example.test': ['127.0.0.1'] },
    });
    const { stages, verdict } = await collect(discoverSettings('example.test', options(resolver)));
    expect(resolver.lookups).toEqual(expect.arrayContaining(['SRV _submissions._tcp.example.test', 'SRV _submission._tcp.example.test', 'MX example.test', 'A smtp.example.test', 'A mail.example.test', 'A example.test']));
    expect(stages.every((s) => s.stage === 'discover')).toBe(true);
    expect(verdict.recommended).toEqual({ host: 'mail.example.test', port: implicit.port, security: 'ssl' });
    const dead = stages.find((s) => !s.ok && s.detail.subs?.[1] === String(deadPort));
    expect(dead?.failure).toBe('refused');
    expect(dead?.because?.key).toBe('p_f_refused');
  });

  it('nothing found: no recommendation', async () => {
    const { verdict, stages } = await collect(discoverSettings('empty.test', options(zoneResolver({}))));
    expect(verdict.recommended).toBeNull();
    expect(stages.at(-1)?.detail.key).toBe('p_f_discover_none');
  });

  it('security "auto" on one host tries the allowed ports in parallel, then probes the best fully', async () => {
    const resolver = zoneResolver({ addresses: { 'mail.example.test': ['127.0.0.1'] } });
    const { stages, verdict } = await collect(runProbe({ host: 'mail.example.test', security: 'auto' }, options(resolver)));
    expect(stages.filter((s) => s.stage === 'discover')).toHaveLength(3);
    expect(stages.some((s) => s.stage === 'quit')).toBe(true);
    expect(verdict.recommended?.host).toBe('mail.example.test');
    expect([implicit.port, starttls.port]).toContain(verdict.recommended?.port);
  });
});
