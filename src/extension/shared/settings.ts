// The user's settings in storage.local (never sync: the probe token stays on this device).
// Reading validates what is stored, so a damaged or older value falls back to the default
// for that field instead of breaking the popup.
import browser from 'webextension-polyfill';
import { validateProfile, type Profile } from '../../core/profile/index.ts';
import { isMatchPattern } from './webmail-hosts.ts';
import { fail, ok, type Result } from './result.ts';

export const LANGUAGES = ['auto', 'en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Settings {
  /** Base URL of the probe server; empty when none is configured. */
  probeUrl: string;
  probeToken: string;
  /** The built-in provider (ProRedLine on cPanel) or a profile JSON the user loaded. */
  profile: { kind: 'builtin' } | { kind: 'custom'; profile: Profile };
  /** Self-hosted webmail sites the user enabled (match patterns, one per origin). */
  sites: string[];
  language: Language;
}

export const DEFAULT_SETTINGS: Settings = {
  probeUrl: '',
  probeToken: '',
  profile: { kind: 'builtin' },
  sites: [],
  language: 'auto',
};

const KEY = 'settings';

/** A probe URL is an http(s) origin with an optional path and no credentials. Empty means none. */
export function validateProbeUrl(raw: string): Result<string> {
  const text = raw.trim();
  if (text === '') return ok('');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('ui_errProbeUrlInvalid');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail('ui_errProbeUrlInvalid');
  if (url.username || url.password) return fail('ui_errProbeUrlCredentials');
  return ok(`${url.origin}${url.pathname.replace(/\/+$/, '')}`);
}

export type ProfileParse = { ok: true; value: Profile } | { ok: false; error: string; details: string[] };

/** Validates a provider profile JSON: a catalogue key for the error, plus the validator's own details. */
export function parseProfile(json: string): ProfileParse {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: 'ui_errProfileNotJson', details: [] };
  }
  const checked = validateProfile(data);
  return checked.ok ? { ok: true, value: checked.profile } : { ok: false, error: 'ui_errProfileInvalid', details: checked.errors };
}

/** Keeps each stored field that is valid; replaces the rest with the default. */
export function sanitizeSettings(stored: unknown): Settings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const probeUrl = typeof s.probeUrl === 'string' ? validateProbeUrl(s.probeUrl) : fail('');
  const profile = s.profile as { kind?: unknown; profile?: unknown } | undefined;
  const custom = profile?.kind === 'custom' ? validateProfile(profile.profile) : null;
  return {
    probeUrl: probeUrl.ok ? probeUrl.value : DEFAULT_SETTINGS.probeUrl,
    probeToken: typeof s.probeToken === 'string' ? s.probeToken : DEFAULT_SETTINGS.probeToken,
    profile: custom?.ok ? { kind: 'custom', profile: custom.profile } : { kind: 'builtin' },
    sites: Array.isArray(s.sites) ? s.sites.filter((x): x is string => typeof x === 'string' && isMatchPattern(x)) : [],
    language: LANGUAGES.includes(s.language as Language) ? (s.language as Language) : 'auto',
  };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return sanitizeSettings(stored[KEY]);
}

/** Merges a change into the stored settings and returns the result. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await loadSettings()), ...change });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}
