// Test certificates made with the real openssl binary into a temp dir: a private CA, a valid
// cert for localhost, one for the wrong name, an expired one and a self-signed one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface KeyPair {
  key: string;
  cert: string;
}
export interface TestCertificates {
  dir: string;
  ca: string;
  valid: KeyPair;
  wrongName: KeyPair;
  expired: KeyPair;
  selfSigned: KeyPair;
  cleanup(): void;
}

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

function issue(dir: string, name: string, cn: string, extra: string[], altNames: string[] = [cn]): KeyPair {
  openssl(dir, ['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`]);
  writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${altNames.map((n) => `DNS:${n}`).join(',')}\n`);
  openssl(dir, ['ca', '-batch', '-config', 'ca.cnf', '-in', `${name}.csr`, '-out', `${name}.crt`,
    '-extfile', `${name}.ext`, '-notext', ...extra]);
  return { key: readFileSync(join(dir, `${name}.key`), 'utf8'), cert: readFileSync(join(dir, `${name}.crt`), 'utf8') };
}

export function makeCertificates(): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'bl-certs-'));
  mkdirSync(join(dir, 'issued'));
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1000\n');
  writeFileSync(join(dir, 'ca.cnf'), [
    '[ca]', 'default_ca = test', '[test]', 'dir = .', 'database = index.txt', 'serial = serial',
    'new_certs_dir = issued', 'certificate = ca.crt', 'private_key = ca.key', 'default_md = sha256',
    'default_days = 30', 'policy = any', 'unique_subject = no', 'copy_extensions = none', '[any]', 'commonName = supplied', '',
  ].join('\n'));
  openssl(dir, ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '30', '-subj', '/CN=Bounce Lens Test CA']);
  // Valid for the names the discovery tests give the loopback servers too.
  const valid = issue(dir, 'valid', 'localhost', [], ['localhost', 'mail.example.test', 'mx.example.test', 'smtp.example.test']);
  const wrongName = issue(dir, 'wrong', 'mail.wrong-name.test', []);
  const expired = issue(dir, 'expired', 'localhost', ['-startdate', '20200101000000Z', '-enddate', '20200201000000Z']);
  openssl(dir, ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', 'self.key', '-out', 'self.crt', '-days', '30', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost']);
  const selfSigned = { key: readFileSync(join(dir, 'self.key'), 'utf8'), cert: readFileSync(join(dir, 'self.crt'), 'utf8') };
  return {
    dir, ca: readFileSync(join(dir, 'ca.crt'), 'utf8'), valid, wrongName, expired, selfSigned,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
