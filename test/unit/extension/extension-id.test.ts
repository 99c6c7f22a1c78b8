// The exported Chrome id must be the one Chrome derives from manifest.json's "key".
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID } from '../../../src/shared/extension-identity.ts';

/** Chrome's rule: SHA-256 of the DER public key, first 32 hex digits, 0-f → a-p. */
function idFromKey(base64Der: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Der, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

describe('extension id', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8')) as { key?: string };

  it('is computed from the manifest key', () => {
    expect(manifest.key).toMatch(/^MII[A-Za-z0-9+/=]+$/);
    expect(CHROME_EXTENSION_ID).toBe(idFromKey(manifest.key ?? ''));
  });

  it('the key is a 2048-bit RSA public key (no private key in the manifest)', () => {
    const der = Buffer.from(manifest.key ?? '', 'base64');
    expect(der.length).toBe(294); // SubjectPublicKeyInfo of RSA-2048 with exponent 65537
    expect(JSON.stringify(manifest)).not.toMatch(/PRIVATE KEY/);
  });
});
