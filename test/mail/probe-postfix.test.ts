// The probe against the real mail stack (Postfix 587 STARTTLS + SASL via Dovecot, 465 implicit
// TLS, 25; Exim as the remote MX; dnsmasq for *.test), started by the mail test setup.
// Names resolve through the stack's dnsmasq; its self-signed certificate is trusted explicitly.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readStack, STACK_FILE, stackResolver, type Stack } from '../helpers/smtp/stack.ts';
import { collect, stage } from '../helpers/smtp/collect.ts';
import { AUTH, testApp } from '../helpers/smtp/app.ts';
import { defaultEngineOptions, discoverSettings, runProbe, type EngineOptions, type SecurityChoice } from '../../src/probe/index.ts';
import type { ProbeVerdict } from '../../src/extension/messages.ts';

const stack = readStack();

function engine(s: Stack, extra: Partial<EngineOptions> = {}): EngineOptions {
  return defaultEngineOptions({
    policy: { ports: [25, 465, 587, 2525], allowPrivate: true, allowedNetworks: [] },
    resolver: stackResolver(s), trustedCa: [readFileSync(s.caCertPath, 'utf8')],
    stageTimeoutMs: 3000, tryTimeoutMs: 3000, vantage: 'client', ...extra,
  });
}

describe.skipIf(!stack)(`probe against Postfix (needs ${STACK_FILE}: npm run test:mail starts the stack)`, () => {
  const s = stack as Stack;
  const probe = (port: number, security: SecurityChoice, extra: Partial<EngineOptions> = {}) =>
    collect(runProbe({ host: s.hostname, port, security }, engine(s, extra)));

  it('587 STARTTLS: verified, AUTH only after TLS, no relay without login; recommended as is', async () => {
    const { stages, verdict } = await probe(s.ports.submission, 'starttls');
    expect(stage(stages, 'starttls').certificate?.verified).toBe(true);
    expect(stage(stages, 'ehlo').extensions?.AUTH).toBeUndefined();
    expect(stage(stages, 'ehlo-after-tls').extensions?.AUTH).toMatch(/PLAIN/);
    expect(stage(stages, 'auth-offered').ok).toBe(true);
    expect(stage(stages, 'relay').ok).toBe(true);
    expect(['relay-denied', 'auth-required']).toContain(stage(stages, 'relay').failure);
    expect(verdict.causes['port-encryption']).toBe('ruled-out');
    expect(verdict.recommended).toEqual({ host: s.hostname, port: s.ports.submission, security: 'starttls' });
  });

  it('587 without encryption: login needs TLS first — port/encryption confirmed', async () => {
    const { stages, verdict } = await probe(s.ports.submission, 'none');
    expect(stage(stages, 'auth-offered').failure).toBe('auth-needs-encryption');
    expect(verdict.causes['port-encryption']).toBe('confirmed');
  });

  it('587 spoken to with SSL: wrong version number, STARTTLS recommended', async () => {
    const { stages, verdict } = await probe(s.ports.submission, 'ssl');
    expect(stage(stages, 'tls').failure).toBe('tls-on-plain-port');
    expect(verdict.recommended).toEqual({ host: s.hostname, port: s.ports.submission, security: 'starttls' });
  });

  it('465 implicit TLS works; STARTTLS on 465 is named and SSL recommended', async () => {
    const ok = await probe(s.ports.smtps, 'ssl');
    expect(stage(ok.stages, 'tls').certificate?.verified).toBe(true);
    expect(ok.verdict.recommended?.security).toBe('ssl');
    const wrong = await probe(s.ports.smtps, 'starttls', { stageTimeoutMs: 1500 });
    expect(stage(wrong.stages, 'greeting').failure).toBe('plain-on-tls-port');
    expect(wrong.verdict.causes['port-encryption']).toBe('confirmed');
    expect(wrong.verdict.recommended).toEqual({ host: s.hostname, port: s.ports.smtps, security: 'ssl' });
  });

  it('25: no login offered, relaying refused', async () => {
    const { stages } = await probe(s.ports.smtp, 'starttls');
    expect(stage(stages, 'auth-offered').failure).toBe('auth-not-offered');
    expect(stage(stages, 'relay').failure).toBe('relay-denied');
  });

  it('the right password (CLI path): login accepted, credentials ruled out; never DATA', async () => {
    const alice = s.users.alice;
    const { stages, verdict } = await probe(s.ports.submission, 'starttls', { stageTimeoutMs: 8000, credentials: { user: alice?.address ?? '', password: alice?.password ?? '' } });
    expect(stage(stages, 'auth').reply[0]).toMatch(/^235/);
    expect(verdict.causes.credentials).toBe('ruled-out');
    expect(stages.flatMap((x) => x.reply).some((l) => l.startsWith('354'))).toBe(false);
  });

  it('a wrong password: credentials confirmed', async () => {
    const { stages, verdict } = await probe(s.ports.submission, 'starttls', { stageTimeoutMs: 8000, credentials: { user: s.users.alice?.address ?? '', password: 'not-the-password' } });
    expect(stage(stages, 'auth').failure).toBe('auth-failed');
    expect(verdict.causes.credentials).toBe('confirmed');
  });

  it('discovery for the domain finds MX → the mail host, prefers verified 465, explains 2525', async () => {
    const { stages, verdict } = await collect(discoverSettings(s.domain, engine(s)));
    expect(verdict.recommended).toEqual({ host: s.hostname, port: s.ports.smtps, security: 'ssl' });
    const closed = stages.find((x) => x.detail.subs?.[1] === '2525');
    expect(closed?.failure).toBe('refused');
  });

  it('the recipient domain’s MX (Exim) answers', async () => {
    const { stages, verdict } = await collect(runProbe({ host: s.hostname, port: s.ports.submission, security: 'starttls', domain: s.remote.domain }, engine(s)));
    expect(stage(stages, 'recipient-mx').reply.join(' ')).toContain(s.remote.hostname);
    expect(stage(stages, 'recipient-mx-greeting').ok).toBe(true);
    expect(verdict.causes.recipient).toBe('ruled-out');
  });

  it('through the HTTP API (SSE) the popup gets the same verdict', async () => {
    const app = await testApp({ engine: engine(s) });
    try {
      const res = await app.inject({ method: 'POST', url: '/v1/probe', headers: { ...AUTH, accept: 'text/event-stream' }, payload: { host: s.hostname, port: s.ports.smtps, security: 'ssl' } });
      const verdictBlock = res.body.split('\n\n').find((b) => b.startsWith('event: verdict'));
      const verdict = JSON.parse(verdictBlock?.split('data: ')[1] ?? 'null') as ProbeVerdict;
      expect(verdict.recommended).toEqual({ host: s.hostname, port: s.ports.smtps, security: 'ssl' });
    } finally {
      await app.close();
    }
  });
});
