// A real SMTP server (nodemailer's smtp-server) with a throwaway certificate made by openssl,
// for the helper to observe. Certificates are generated per run: nothing secret is committed.
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface TestCert {
  key: string;
  cert: string;
  fingerprint256: string;
}

export function makeCert(commonName: string, ipAddress?: string): TestCert {
  const dir = mkdtempSync(join(tmpdir(), 'bl-cert-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-subj', `/CN=${commonName}`, '-addext', `subjectAltName=DNS:${commonName}${ipAddress ? `,IP:${ipAddress}` : ''}`,
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    const cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert, fingerprint256: new X509Certificate(cert).fingerprint256 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface SmtpListener {
  port: number;
  close(): Promise<void>;
  /** Every AUTH attempt the server saw (user names only). */
  authAttempts: string[];
}

export async function listenSmtp(options: { host: string; port: number; name: string; cert: TestCert; implicitTls?: boolean }): Promise<SmtpListener> {
  const authAttempts: string[] = [];
  const server = new SMTPServer({
    name: options.name,
    banner: 'ESMTP test',
    secure: options.implicitTls ?? false,
    key: options.cert.key,
    cert: options.cert.cert,
    authOptional: true,
    logger: false,
    onAuth(auth, _session, callback) {
      authAttempts.push(auth.username ?? '');
      callback(new Error('Invalid username or password'));
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: options.port,
    authAttempts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A random loopback address (all of 127/8 is local on Linux), so parallel test runs do not collide. */
/** Writes a certificate to a file that NODE_EXTRA_CA_CERTS can name. */
export function certFile(cert: TestCert): { path: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'bl-ca-'));
  const path = join(dir, 'ca.pem');
  writeFileSync(path, cert.cert);
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function randomLoopback(): string {
  const b = () => 1 + Math.floor(Math.random() * 250);
  return `127.${b()}.${b()}.${b()}`;
}
