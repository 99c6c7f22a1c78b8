import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildHostManifest, chromeIdFromKey, extensionIds, HOST_NAME } from '../../../src/helper/host-manifest.ts';
import { launcherScript } from '../../../src/helper/launcher.ts';

const manifestUrl = new URL('../../../manifest.json', import.meta.url);
const key = (JSON.parse(readFileSync(manifestUrl, 'utf8')) as { key: string }).key;

describe('chromeIdFromKey', () => {
  it('agrees with an independent derivation (openssl: sha256 of the DER key, hex mapped to a–p)', () => {
    const der = Buffer.from(key, 'base64');
    const hex = execFileSync('openssl', ['dgst', '-sha256', '-hex'], { input: der }).toString().trim().split(/\s+/).pop() as string;
    const expected = hex.slice(0, 32).replace(/[0-9a-f]/g, (d) => 'abcdefghijklmnop'[parseInt(d, 16)] as string);
    expect(chromeIdFromKey(key)).toBe(expected);
    expect(chromeIdFromKey(key)).toMatch(/^[a-p]{32}$/);
  });
});

describe('extensionIds', () => {
  it('reads the fixed key from manifest.json and the gecko id', () => {
    const ids = extensionIds(manifestUrl);
    expect(ids).toEqual({ ok: true, ids: { chrome: chromeIdFromKey(key), firefox: expect.stringMatching(/@/) } });
  });

  it('says why when the manifest has no key or cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-ids-'));
    try {
      writeFileSync(join(dir, 'm.json'), '{"name":"x"}');
      expect(extensionIds(pathToFileURL(join(dir, 'm.json')))).toEqual({ ok: false, error: 'manifest-has-no-key' });
      expect(extensionIds(pathToFileURL(join(dir, 'missing.json')))).toEqual({ ok: false, error: 'manifest-unreadable' });
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe('buildHostManifest', () => {
  const ids = { chrome: 'a'.repeat(32), firefox: 'x@example' };
  it('Chromium family: allowed_origins with the extension origin', () => {
    expect(buildHostManifest('chromium', '/opt/h', ids)).toEqual({
      name: HOST_NAME, description: expect.any(String), path: '/opt/h', type: 'stdio',
      allowed_origins: [`chrome-extension://${'a'.repeat(32)}/`],
    });
  });
  it('Firefox: allowed_extensions with the gecko id', () => {
    const m = buildHostManifest('firefox', '/opt/h', ids);
    expect(m.allowed_extensions).toEqual(['x@example']);
    expect(m.allowed_origins).toBeUndefined();
  });
  it('uses a host name both browsers accept', () => {
    expect(HOST_NAME).toMatch(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/);
  });
});

describe('launcherScript', () => {
  it('quotes paths for sh and forwards the browser arguments', () => {
    const sh = launcherScript('linux', { node: "/opt/no'de/bin/node", script: '/srv/b l/bin/bounce-lens.js' });
    expect(sh).toContain(`exec '/opt/no'\\''de/bin/node' '/srv/b l/bin/bounce-lens.js' helper host "$@"`);
    expect(sh.startsWith('#!/bin/sh\n')).toBe(true);
  });
  it('writes a cmd file on Windows', () => {
    expect(launcherScript('win32', { node: 'C:\\node\\node.exe', script: 'C:\\b l\\bin\\bounce-lens.js' }))
      .toBe('@echo off\r\n"C:\\node\\node.exe" "C:\\b l\\bin\\bounce-lens.js" helper host %*\r\n');
  });
});
