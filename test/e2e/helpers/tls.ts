// A throwaway self-signed certificate for loopback HTTPS servers that stand in for real webmail
// hosts (Gmail is HSTS-preloaded: it must be https). Made with apt's openssl, once per process.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Certificate {
  key: string;
  cert: string;
}

export function selfSignedCertificate(hosts: string[]): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'bounce-lens-tls-'));
  try {
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-keyout', key, '-out', cert,
      '-subj', `/CN=${hosts[0] ?? 'localhost'}`, '-addext', `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
    ], { stdio: 'ignore' });
    return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
