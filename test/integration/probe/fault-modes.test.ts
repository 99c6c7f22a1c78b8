// Every fault mode of the issue against a real smtp-server (or a raw socket server) on
// loopback, with openssl-made certificates; short timeouts keep the slow modes quick.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { makeCertificates, type TestCertificates } from '../../helpers/smtp/certificates.ts';
import { startRaw, startSmtp, USER, PASSWORD, type RunningServer, type SmtpFixtureOptions } from '../../helpers/smtp/servers.ts';
import { collect, stage } from '../../helpers/smtp/collect.ts';
import { zoneResolver } from '../../helpers/smtp/resolver.ts';
import { defaultEngineOptions, runProbe, type EngineOptions, type SecurityChoice } from '../../../src/probe/index.ts';

let certs: TestCertificates;
beforeAll(() => {
  certs = makeCertificates();
});
afterAll(() => certs.cleanup());

function options(port: number, extra: Partial<EngineOptions> = {}): EngineOptions {
  return defaultEngineOptions({
    policy: { ports: [port], allowPrivate: true, allowedNetworks: [] },
    stageTimeoutMs: 1500, tryTimeoutMs: 1500, probeTimeoutMs: 10_000,
    trustedCa: [certs.ca],
    resolver: zoneResolver({ addresses: { 'localhost': ['127.0.0.1'] } }),
    ...extra,
  });
}

async function probeFixture(fixture: SmtpFixtureOptions | RunningServer, security: SecurityChoice, extra: Partial<EngineOptions> = {}) {
  const server = 'port' in fixture ? fixture : await startSmtp(fixture);
  try {
    const result = await collect(runProbe({ host: 'localhost', port: server.port, security }, options(server.port, extra)));
    return { ...result, server };
  } finally {
    await server.close();
  }
}

describe('a healthy server', () => {
  it('STARTTLS on a submission port: every stage passes, nothing is sent, the combination is recommended', async () => {
    const { stages, verdict } = await probeFixture({ mode: 'starttls', tls: certs.valid }, 'starttls');
    expect(stages.map((s) => s.stage)).toEqual(['dns', 'tcp', 'greeting', 'ehlo', 'starttls', 'ehlo-after-tls', 'auth-offered', 'relay', 'quit']);
    expect(stage(stages, 'starttls').certificate?.verified).toBe(true);
    expect(stage(stages, 'relay').failure).toBe('auth-required');
    expect(stage(stages, 'relay').reply[0]).toMatch(/^530 /);
    expect(stage(stages, 'quit').reply[0]).toMatch(/^221/);
    expect(verdict.causes['port-encryption']).toBe('ruled-out');
    expect(verdict.causes.settings).toBe('inconclusive');
    expect(verdict.recommended).toMatchObject({ host: 'localhost', security: 'starttls' });
  });

  it('implicit TLS: the tls stage carries the certificate', async () => {
    const { stages, verdict } = await probeFixture({ mode: 'implicit-tls', tls: certs.valid }, 'ssl');
    const tls = stage(stages, 'tls');
    expect(tls.ok).toBe(true);
    expect(tls.certificate).toMatchObject({ subject: 'localhost', issuer: 'Bounce Lens Test CA', verified: true });
    expect(verdict.recommended?.security).toBe('ssl');
  });
});

describe('port and encryption mix-ups', () => {
  it('SSL spoken to a STARTTLS port is named (wrong version number) and STARTTLS is recommended', async () => {
    const { stages, verdict } = await probeFixture({ mode: 'starttls', tls: certs.valid }, 'ssl');
    expect(stage(stages, 'tls').failure).toBe('tls-on-plain-port');
    expect(verdict.causes['port-encryption']).toBe('confirmed');
    expect(verdict.recommended?.security).toBe('starttls');
  });

  it('plain text spoken to an implicit-TLS port: no greeting, but TLS answers; SSL is recommended', async () => {
    const { stages, verdict } = await probeFixture({ mode: 'implicit-tls', tls: certs.valid }, 'starttls', { stageTimeoutMs: 600 });
    expect(stage(stages, 'greeting').failure).toBe('plain-on-tls-port');
    expect(verdict.causes['port-encryption']).toBe('confirmed');
    expect(verdict.recommended?.security).toBe('ssl');
  });

  it('no STARTTLS offered', async () => {
    const { stages, verdict } = await probeFixture({ mode: 'no-starttls', tls: certs.valid }, 'starttls');
    expect(stage(stages, 'starttls').failure).toBe('starttls-not-offered');
    expect(verdict.causes['port-encryption']).toBe('confirmed');
    expect(verdict.recommended).toBeNull();
  });

  it('AUTH before TLS gets 538, found without sending any credentials', async () => {
    const { stages, verdict, server } = await probeFixture({ mode: 'starttls', tls: certs.valid }, 'none');
    const auth = stage(stages, 'auth-offered');
    expect(auth.failure).toBe('auth-needs-encryption');
    expect(auth.reply[0]).toMatch(/^538 /);
    expect(verdict.causes['port-encryption']).toBe('confirmed');
    expect(server.authAttempts()).toBe(0);
  });
});

describe('what the server requires', () => {
  it('auth required: 530 on MAIL FROM is reported, as it should be', async () => {
    const { stages, verdict } = await probeFixture({ mode: 'starttls', tls: certs.valid }, 'starttls');
    expect(stage(stages, 'relay')).toMatchObject({ ok: true, failure: 'auth-required' });
    expect(verdict.summary.map((m) => m.key)).toContain('p_v_auth_required');
  });

  it('relay to an outside address refused (550 5.7.1): fine without login', async () => {
    const { stages, verdict } = await probeFixture({ mode: 'relay-refused', tls: certs.valid }, 'starttls');
    const relay = stage(stages, 'relay');
    expect(relay).toMatchObject({ ok: true, failure: 'relay-denied' });
    expect(relay.reply.join(' ')).toMatch(/550 5\.7\.1/);
    expect(verdict.summary.map((m) => m.key)).toContain('p_v_relay_denied_unauthenticated');
  });

  it('size limit: the advertised SIZE refuses a declared message that is too big', async () => {
    const { stages, verdict } = await probeFixture({ mode: 'size-limit', tls: certs.valid }, 'starttls', { messageBytes: 5000 });
    expect(stage(stages, 'ehlo-after-tls').extensions?.SIZE).toBe('1000');
    expect(stage(stages, 'relay').failure).toBe('size-exceeded');
    expect(verdict.causes.content).toBe('confirmed');
  });

  it('the same size within the limit passes MAIL FROM', async () => {
    const { stages } = await probeFixture({ mode: 'size-limit', tls: certs.valid }, 'starttls', { messageBytes: 500 });
    expect(stage(stages, 'relay').failure).not.toBe('size-exceeded');
  });
});

describe('certificates', () => {
  it('expired: reported with its dates, the probe goes on, no recommendation', async () => {
    const { stages, verdict } = await probeFixture({ mode: 'implicit-tls', tls: certs.expired }, 'ssl');
    const tls = stage(stages, 'tls');
    expect(tls.failure).toBe('cert-expired');
    expect(tls.certificate?.validTo).toMatch(/^2020-02-01/);
    expect(stage(stages, 'ehlo').ok).toBe(true);
    expect(verdict.recommended).toBeNull();
  });

  it('self-signed: untrusted', async () => {
    const { stages } = await probeFixture({ mode: 'starttls', tls: certs.selfSigned }, 'starttls');
    expect(stage(stages, 'starttls').failure).toBe('cert-untrusted');
    expect(stage(stages, 'starttls').certificate?.trusted).toBe(false);
  });

  it('wrong name: settings confirmed and the certificate’s name recommended', async () => {
    const { stages, verdict } = await probeFixture({ mode: 'implicit-tls', tls: certs.wrongName }, 'ssl');
    expect(stage(stages, 'tls').failure).toBe('cert-name-mismatch');
    expect(verdict.causes.settings).toBe('confirmed');
    expect(verdict.recommended?.host).toBe('mail.wrong-name.test');
  });
});

describe('credentials (CLI/helper only)', () => {
  it('the right password over verified TLS: login accepted, then relay allowed (never DATA)', async () => {
    const { stages, verdict } = await probeFixture({ mode: 'starttls', tls: certs.valid }, 'starttls', { credentials: { user: USER, password: PASSWORD } });
    expect(stage(stages, 'auth').reply[0]).toMatch(/^235/);
    expect(stage(stages, 'relay').ok).toBe(true);
    expect(verdict.causes.credentials).toBe('ruled-out');
  });

  it('a wrong password: credentials confirmed', async () => {
    const { stages, verdict } = await probeFixture({ mode: 'starttls', tls: certs.valid }, 'starttls', { credentials: { user: USER, password: 'wrong' } });
    expect(stage(stages, 'auth').failure).toBe('auth-failed');
    expect(verdict.causes.credentials).toBe('confirmed');
  });

  it('never sends credentials over TLS that did not verify', async () => {
    const { stages, server } = await probeFixture({ mode: 'starttls', tls: certs.selfSigned }, 'starttls', { credentials: { user: USER, password: PASSWORD } });
    expect(stage(stages, 'auth').failure).toBe('auth-skipped');
    expect(server.authAttempts()).toBe(0);
  });
});

describe('servers that misbehave', () => {
  it('slow greeting within the timeout still passes, and the wait is measured', async () => {
    const { stages } = await probeFixture({ mode: 'slow-greeting', delayMs: 400, tls: certs.valid }, 'starttls');
    expect(stage(stages, 'greeting').ok).toBe(true);
    expect(stage(stages, 'greeting').ms).toBeGreaterThanOrEqual(350);
  });

  it('tarpit (accepts, never answers): no greeting, within the stage timeout', async () => {
    const { stages, verdict } = await probeFixture({ mode: 'tarpit', tls: certs.valid }, 'starttls', { stageTimeoutMs: 400, tryTimeoutMs: 400 });
    expect(stage(stages, 'greeting').failure).toBe('no-greeting');
    expect(verdict.causes['remote-transient']).toBe('inconclusive');
  });

  it('the probe’s own deadline cuts a long stage timeout short, and says so', async () => {
    // With a 30 s stage timeout this test would exceed vitest's 20 s limit if the deadline did not hold.
    const { stages } = await probeFixture({ mode: 'tarpit' }, 'none', { stageTimeoutMs: 30_000, probeTimeoutMs: 400 });
    expect(stage(stages, 'greeting').failure).toBe('timeout');
  });

  it('drop after greeting: the connection closed', async () => {
    const { stages } = await probeFixture(await startRaw('drop'), 'none');
    expect(stage(stages, 'greeting').ok).toBe(true);
    expect(stage(stages, 'ehlo').failure).toBe('closed');
  });

  it('421 greeting: the server is refusing for now; confirmed transient', async () => {
    const { stages, verdict } = await probeFixture({ mode: 'greeting-421', tls: certs.valid }, 'starttls');
    const greeting = stage(stages, 'greeting');
    expect(greeting.failure).toBe('greeting-rejected');
    expect(greeting.reply[0]).toMatch(/^421 /);
    expect(verdict.causes['remote-transient']).toBe('confirmed');
  });

  it('an endless reply is cut at the byte cap', async () => {
    const { stages } = await probeFixture(await startRaw('endless'), 'none', { maxReplyBytes: 8 * 1024 });
    const ehlo = stage(stages, 'ehlo');
    expect(ehlo.failure).toBe('reply-too-long');
    expect(JSON.stringify(ehlo.reply).length).toBeLessThan(4096);
  });

  it('refused: nothing listens on the port', async () => {
    const server = await startRaw('listen-only');
    const port = server.port;
    await server.close();
    const { stages, verdict } = await collect(runProbe({ host: 'localhost', port, security: 'starttls' }, options(port)));
    expect(stage(stages, 'tcp').failure).toBe('refused');
    expect(verdict.causes['port-encryption']).toBe('inconclusive');
  });

  // A listening socket whose backlog is full drops SYNs: the kernel's own "filtered". Node
  // accepts every connection, so a tiny python3 listener (never accepting) plays that part.
  // Debian's python3-minimal (scripts/install-system-deps.sh).
  it.skipIf(!existsSync('/usr/bin/python3'))(
    'filtered: the connection attempt times out', async () => {
      const child: ChildProcess = spawn('/usr/bin/python3', ['-c', [
        'import socket,sys,time', "s=socket.socket(); s.bind(('127.0.0.1',0)); s.listen(0)",
        'p=s.getsockname()[1]', 'f=[]',
        "for i in range(2):\n c=socket.socket(); c.setblocking(False)\n try: c.connect(('127.0.0.1',p))\n except BlockingIOError: pass\n f.append(c)",
        'print(p, flush=True)', 'time.sleep(30)',
      ].join('\n')], { stdio: ['ignore', 'pipe', 'inherit'] });
      try {
        const port = Number(await new Promise<string>((resolve) => child.stdout?.once('data', (d: Buffer) => resolve(d.toString().trim()))));
        const { stages, verdict } = await collect(runProbe({ host: 'localhost', port, security: 'starttls' }, options(port, { stageTimeoutMs: 500 })));
        expect(stage(stages, 'tcp').failure).toBe('filtered');
        expect(verdict.causes['network-block']).toBe('inconclusive');
      } finally {
        child.kill();
      }
    });

  it('a name without addresses: wrong hostname confirmed, nothing contacted', async () => {
    const { stages, verdict } = await collect(runProbe({ host: 'smtp.nowhere.test', port: 587 }, options(587)));
    expect(stages.map((s) => s.stage)).toEqual(['dns']);
    expect(stage(stages, 'dns').failure).toBe('nxdomain');
    expect(verdict.causes.settings).toBe('confirmed');
  });
});
