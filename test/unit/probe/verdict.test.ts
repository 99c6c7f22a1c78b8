// The verdict from stage results alone: which bucket each finding settles.
import { describe, expect, it } from 'vitest';
import { buildVerdict, type VerdictContext } from '../../../src/probe/verdict.ts';
import { failed, noted, passed } from '../../../src/probe/stage-result.ts';
import type { StageResult } from '../../../src/probe/index.ts';
import type { SessionTarget } from '../../../src/probe/smtp-stages.ts';

const session: SessionTarget = { host: 'mail.example.com', servername: 'mail.example.com', address: '192.0.2.1', port: 587, security: 'starttls' };
const ctx = (extra: Partial<VerdictContext> = {}): VerdictContext => ({ target: null, session, tries: [], vantage: 'server', ...extra });
const t0 = performance.now();
const cert = { subject: 'mail.example.com', altNames: ['DNS:mail.example.com'], issuer: 'CA', validFrom: '', validTo: '', fingerprint256: '', trusted: true, trustError: null, nameMatches: true, inValidity: true, verified: true };
const healthy: StageResult[] = [
  passed('dns', t0, ['192.0.2.1']), passed('tcp', t0, []), passed('greeting', t0, ['220 hi']), passed('ehlo', t0, ['250 ok']),
  passed('starttls', t0, ['220 go'], [], { certificate: cert }), passed('ehlo-after-tls', t0, ['250 ok']), passed('auth-offered', t0, []),
  noted('relay', t0, ['530 auth'], 'auth-required'), passed('quit', t0, ['221 bye']),
];

describe('buildVerdict', () => {
  it('a healthy STARTTLS server: settings and port/encryption ruled out, recommended as probed', () => {
    const v = buildVerdict(healthy, ctx());
    expect(v.causes).toMatchObject({ 'settings': 'inconclusive', 'port-encryption': 'ruled-out', 'remote-transient': 'ruled-out', 'credentials': 'inconclusive', 'network-block': 'inconclusive' });
    expect(v.recommended).toEqual({ host: 'mail.example.com', port: 587, security: 'starttls' });
  });

  it('from the user’s machine a working TCP connection rules out a network block', () => {
    expect(buildVerdict(healthy, ctx({ vantage: 'client' })).causes['network-block']).toBe('ruled-out');
  });

  it('a confirmation outranks a ruled-out for the same bucket', () => {
    const withBadLogin = [...healthy, failed('auth', t0, ['535 no'], 'auth-failed')];
    expect(buildVerdict(withBadLogin, ctx()).causes.credentials).toBe('confirmed');
  });

  it.each([
    ['nxdomain', 'settings', 'confirmed'], ['tls-on-plain-port', 'port-encryption', 'confirmed'],
    ['auth-needs-encryption', 'port-encryption', 'confirmed'], ['filtered', 'network-block', 'inconclusive'],
    ['null-mx', 'recipient', 'confirmed'], ['size-exceeded', 'content', 'confirmed'],
  ] as const)('%s → %s %s', (failure, bucket, state) => {
    const v = buildVerdict([failed('dns', t0, [], failure)], ctx());
    expect(v.causes[bucket]).toBe(state);
    expect(v.recommended).toBeNull();
  });

  it('a 4xx greeting is a confirmed transient problem, a 5xx one is not', () => {
    expect(buildVerdict([failed('greeting', t0, ['421 later'], 'greeting-rejected')], ctx()).causes['remote-transient']).toBe('confirmed');
    expect(buildVerdict([failed('greeting', t0, ['554 go away'], 'greeting-rejected')], ctx()).causes['policy-reputation']).toBe('inconclusive');
  });

  it('no recommendation when TLS did not verify', () => {
    const unverified = healthy.map((s) => (s.stage === 'starttls' ? { ...s, certificate: { ...cert, trusted: false, verified: false } } : s));
    expect(buildVerdict(unverified, ctx()).recommended).toBeNull();
  });
});

describe('buildVerdict with discovery tries', () => {
  it('when no try worked, their failures point at buckets without settling them', () => {
    const target = { ...session, port: 2525 };
    const refusedTry = { target, works: false, verified: false, authOffered: false, failure: 'tls-on-plain-port' as const, failedStage: null, stages: [], ms: 5 };
    const v = buildVerdict([], ctx({ session: null, tries: [refusedTry] }));
    expect(v.causes['port-encryption']).toBe('inconclusive');
    expect(v.recommended).toBeNull();
    expect(v.summary).toEqual([{ key: 'p_v_nothing_found' }]);
  });
});
