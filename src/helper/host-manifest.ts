// The native messaging host manifest each browser family reads, and the extension ids it lets in.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { geckoIdFrom } from '../extension/shared/gecko-id.ts';
import type { Family } from './install-locations.ts';

/** Lowercase letters, digits, dots and underscores only (both browsers' rule). */
export const HOST_NAME = 'com.proredline.bounce_lens';
const DESCRIPTION = 'Bounce Lens local helper: checks SMTP ports from this computer';

export interface ExtensionIds {
  chrome: string;
  firefox: string;
}

/**
 * Chrome's id for an extension with a manifest `key`: SHA-256 of the DER public key, first
 * 32 hex digits, each written with the letters a–p.
 */
export function chromeIdFromKey(base64Key: string): string {
  const der = Buffer.from(base64Key, 'base64');
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

type IdsResult = { ok: true; ids: ExtensionIds } | { ok: false; error: 'manifest-unreadable' | 'manifest-has-no-key' | 'bad-gecko-id' };

/**
 * The ids from the project's manifest.json (its fixed `key`) and the Firefox build's gecko id:
 * BOUNCE_LENS_GECKO_ID when a provider builds its own (the same value as at build time).
 */
export function extensionIds(manifestUrl: URL = new URL('../../manifest.json', import.meta.url), env: NodeJS.ProcessEnv = process.env): IdsResult {
  const gecko = geckoIdFrom(env.BOUNCE_LENS_GECKO_ID);
  if (!gecko.ok) return { ok: false, error: 'bad-gecko-id' };
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(manifestUrl, 'utf8'));
  } catch {
    return { ok: false, error: 'manifest-unreadable' };
  }
  const key = (manifest as { key?: unknown }).key;
  if (typeof key !== 'string' || key.length === 0) return { ok: false, error: 'manifest-has-no-key' };
  return { ok: true, ids: { chrome: chromeIdFromKey(key), firefox: gecko.id } };
}

export interface HostManifest {
  name: string;
  description: string;
  path: string;
  type: 'stdio';
  allowed_origins?: string[];
  allowed_extensions?: string[];
}

export function buildHostManifest(family: Family, launcherPath: string, ids: ExtensionIds): HostManifest {
  const base = { name: HOST_NAME, description: DESCRIPTION, path: launcherPath, type: 'stdio' as const };
  return family === 'chromium'
    ? { ...base, allowed_origins: [`chrome-extension://${ids.chrome}/`] }
    : { ...base, allowed_extensions: [ids.firefox] };
}
