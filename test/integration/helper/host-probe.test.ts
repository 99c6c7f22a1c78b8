// The probe's stage engine run through the real helper host, with a password: it reaches the
// SMTP server only over TLS that verified, and never comes back in a reply.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type HostProcess } from './support/host-process.ts';
import { certFile, listenSmtp, makeCert, randomLoopback, type SmtpListener, type TestCert } from './support/smtp-fixture.ts';

const PASSWORD = 'correct horse battery staple';
const address = randomLoopback();
let cert: TestCert;
let smtp: SmtpListener;
const hosts: HostProcess[] = [];
const removals: (() => void)[] = [];

beforeAll(async () => {
  cert = makeCert('mail.test.invalid', address);
  smtp = await listenSmtp({ host: address, port: 2525, name: 'mail.test.invalid', cert });
});
afterAll(async () => {
  for (const h of hosts) h.child.kill('SIGKILL');
  await smtp.close();
  for (const r of removals) r();
});

async function probeWithPassword(host: HostProcess, id: string) {
  host.send({ type: 'probe', id, host: address, port: 2525, security: 'starttls', timeoutMs: 5_000, auth: { user: 'ana@test.invalid', password: PASSWORD } });
  return host.collect(id, 30_000);
}

describe('helper host: probe with the user password', () => {
  it('streams the stages and a verdict, and keeps the password when the certificate does not verify', async () => {
    const host = startHost();
    hosts.push(host);
    const replies = await probeWithPassword(host, 'p1');
    const stages = replies.flatMap((r) => (r.kind === 'stage' ? [r.event] : []));
    expect(stages.map((s) => s.stage)).toEqual(expect.arrayContaining(['tcp', 'greeting', 'starttls', 'auth']));
    expect(stages.find((s) => s.stage === 'auth')?.ok).toBe(false);
    expect(replies.filter((r) => r.kind === 'verdict')).toHaveLength(1);
    expect(replies.at(-1)).toEqual({ id: 'p1', kind: 'done' });
    expect(smtp.authAttempts).toEqual([]);
    expect(JSON.stringify(replies)).not.toContain(PASSWORD);
  });

  it('uses the password once the certificate verifies (the test CA trusted through NODE_EXTRA_CA_CERTS)', async () => {
    const ca = certFile(cert);
    removals.push(ca.remove);
    const host = startHost({ env: { NODE_EXTRA_CA_CERTS: ca.path } });
    hosts.push(host);
    const replies = await probeWithPassword(host, 'p2');
    // The test server refuses every login: what matters is that it saw this one, over TLS.
    expect(smtp.authAttempts).toEqual(['ana@test.invalid']);
    const auth = replies.flatMap((r) => (r.kind === 'stage' && r.event.stage === 'auth' ? [r.event] : []));
    expect(auth).toHaveLength(1);
    expect(auth[0]?.ok).toBe(false);
    expect(JSON.stringify(replies)).not.toContain(PASSWORD);
  });

  it('refuses a password with security "none" before anything connects', async () => {
    const before = smtp.authAttempts.length;
    const host = startHost();
    hosts.push(host);
    host.send({ type: 'probe', id: 'p3', host: address, port: 2525, security: 'none', auth: { user: 'ana@test.invalid', password: PASSWORD } });
    expect(await host.waitFor((r) => r.id === 'p3')).toMatchObject({ kind: 'error', error: 'auth-needs-tls' });
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.authAttempts).toHaveLength(before);
  });
});
