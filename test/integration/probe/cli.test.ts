// The CLI: `probe` through runProbe (captured output, a scripted password prompt) and the real
// binary; `serve` as a real process. Targets are IP literals or --allow-private loopback servers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { makeCertificates, type TestCertificates } from '../../helpers/smtp/certificates.ts';
import { startSmtp, USER, PASSWORD, type RunningServer } from '../../helpers/smtp/servers.ts';
import { runProbe, type ProbeIo } from '../../../src/cli/probe.ts';

const root = new URL('../../../', import.meta.url).pathname;
let certs: TestCertificates;
let smtp: RunningServer;
let plainAuth: RunningServer;

beforeAll(async () => {
  certs = makeCertificates();
  smtp = await startSmtp({ mode: 'starttls', tls: certs.valid });
  plainAuth = await startSmtp({ mode: 'no-starttls' });
});
afterAll(async () => {
  await smtp.close();
  await plainAuth.close();
  certs.cleanup();
});

function io(password: string | null = null): ProbeIo & { stdout: string; stderr: string; prompted: string[] } {
  const box = {
    stdout: '', stderr: '', prompted: [] as string[], lang: 'en',
    out: (t: string) => { box.stdout += t; },
    err: (t: string) => { box.stderr += t; },
    readPassword: async (p: string) => { box.prompted.push(p); return password; },
  };
  return box;
}

const local = (port: number) => ['127.0.0.1', '--port', String(port), '--ports', String(port), '--allow-private', '--timeout', '1500'];

describe('bounce-lens probe', () => {
  it('--json prints one line per stage in the contract’s shape, then the verdict; exit 0', async () => {
    const box = io();
    const code = await runProbe([...local(plainAuth.port), '--security', 'none', '--json'], box);
    expect(code).toBe(0);
    const lines = box.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const stages = lines.slice(0, -1);
    expect(stages.map((s) => s.stage)).toEqual(['dns', 'tcp', 'greeting', 'ehlo', 'auth-offered', 'relay', 'quit']);
    for (const s of stages) expect(Object.keys(s)).toEqual(['stage', 'ok', 'ms', 'reply', 'detail']);
    const last = lines.at(-1) as { verdict: { causes: object; recommended: unknown; summary: string } };
    expect(Object.keys(last)).toEqual(['verdict']);
    expect(Object.keys(last.verdict)).toEqual(['causes', 'recommended', 'summary']);
  });

  it('human output names stages and the verdict', async () => {
    const box = io();
    expect(await runProbe(local(plainAuth.port).concat('--security', 'none'), box)).toBe(0);
    expect(box.stdout).toMatch(/✓ greeting/);
    expect(box.stdout).toMatch(/Verdict: /);
  });

  it.each([
    [['127.1', '--json'], /IP address as four decimal numbers/],
    [['mail.example.com', '--port', '22'], /Port 22 is not allowed/],
    [['mail.example.com', '--security', 'tls'], /ssl, starttls, none or auto/],
    [['mail.example.com', '--bogus'], /unknown option --bogus/],
    [['mail.example.com', '--port'], /--port needs a value/],
    [['mail.example.com', '--port', 'abc'], /whole number/],
    [['--domain', 'not a domain'], /a name like example.com/],
    [[], /give a HOST/],
    [['127.0.0.1', '--port', '587'], /does not connect to/],
  ])('refused input %j → exit 2 with the reason on stderr', async (args, reason) => {
    const box = io();
    expect(await runProbe(args, box)).toBe(2);
    expect(box.stderr).toMatch(reason);
    expect(box.stdout).toBe('');
  });

  const authLine = (stdout: string) => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { stage?: string; ok?: boolean }).find((l) => l.stage === 'auth');
  const withUser = ['localhost', '--port', '', '--ports', '', '--allow-private', '--user', USER, '--json'];

  it('--user asks for the password on the terminal, logs in over TLS verified with --ca, never prints it', async () => {
    const box = io(PASSWORD);
    const args = withUser.map((a) => (a === '' ? String(smtp.port) : a)).concat('--ca', `${certs.dir}/ca.crt`);
    expect(await runProbe(args, box)).toBe(0);
    expect(box.prompted).toEqual([`Password for ${USER} (not shown): `]);
    expect(box.stdout).not.toContain(PASSWORD);
    expect(authLine(box.stdout)?.ok).toBe(true);
    expect(smtp.authAttempts()).toBe(1);
  });

  it('--user without a trusted certificate: the password is asked but never sent', async () => {
    const before = smtp.authAttempts();
    const box = io(PASSWORD);
    expect(await runProbe(withUser.map((a) => (a === '' ? String(smtp.port) : a)), box)).toBe(0);
    expect(authLine(box.stdout)?.ok).toBe(false);
    expect(smtp.authAttempts()).toBe(before);
  });

  it('--ca with a file that is no certificate: exit 2', async () => {
    const box = io();
    expect(await runProbe([...local(smtp.port), '--ca', `${root}package.json`], box)).toBe(2);
    expect(box.stderr).toMatch(/PEM/);
  });

  it('--user without a terminal: exit 2', async () => {
    const box = io(null);
    expect(await runProbe([...local(smtp.port), '--user', USER], box)).toBe(2);
    expect(box.stderr).toMatch(/needs a terminal/);
  });

  it('the real binary prints JSON lines and exits 0', async () => {
    const child = spawn(process.execPath, ['bin/bounce-lens.js', 'probe', ...local(plainAuth.port), '--security', 'none', '--json'], { cwd: root, env: { ...process.env, LANG: 'de_DE.UTF-8' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { stage?: string; detail?: string });
    expect(lines[0]?.stage).toBe('dns');
    expect(lines.find((l) => l.stage === 'quit')?.detail).toMatch(/keine Mail/);
  });
});

describe('bounce-lens serve', () => {
  it('without a token makes one, prints it, answers with it only, stops on SIGTERM', async () => {
    const env = { ...process.env };
    delete env.BOUNCE_LENS_TOKEN;
    delete env.REDIS_URL;
    const child = spawn(process.execPath, ['bin/bounce-lens.js', 'serve', '--port', '0', '--quiet'], { cwd: root, env });
    let err = '';
    const ready = new Promise<{ url: string; token: string }>((resolve) => {
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        const url = /listening on (http:\/\/\S+)/.exec(err)?.[1];
        const token = /Bearer …\): (\S+)/.exec(err)?.[1];
        if (url && token) resolve({ url, token });
      });
    });
    const { url, token } = await ready;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const post = (auth?: string) => fetch(`${url}/v1/probe`, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) }, body: JSON.stringify({ host: 'example.com', port: 1 }) });
    expect((await post()).status).toBe(401);
    expect((await post(token)).status).toBe(400);
    child.kill('SIGTERM');
    expect(await new Promise((r) => child.on('exit', r))).toBe(0);
  });

  it('refuses bad options with exit 2', async () => {
    const child = spawn(process.execPath, ['bin/bounce-lens.js', 'serve', '--allow-network', '10.0.0.0/99'], { cwd: root });
    let err = '';
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    expect(await new Promise((r) => child.on('exit', r))).toBe(2);
    expect(err).toMatch(/CIDR/);
  });
});
