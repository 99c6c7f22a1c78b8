// The user's settings in storage.local (never sync), merged with what an administrator preset in
// managed storage (managed values win: see managed-settings.ts). Reading validates what is stored,
// so a damaged or older value falls back to the default for that field instead of breaking the
// popup. The probe token is not here: storage.local is readable by the content script in every
// page it runs in, so the token lives in probe-token.ts, where only extension pages reach it.
import browser from 'webextension-polyfill';
import { validateProfile, type Profile } from '../../core/profile/index.ts';
import { hasWildcardHost, isMatchPattern } from './webmail-hosts.ts';
import { fail, ok, type Result } from './result.ts';
import { validateProbeUrl } from './probe-url.ts';

export { isLoopbackHost, validateProbeUrl } from './probe-url.ts';
import { applyManaged, readManaged, type ManagedSettings } from './managed-settings.ts';

export const LANGUAGES = ['auto', 'en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Settings {
  /** Base URL of the probe server; empty when none is configured. */
  probeUrl: string;
  /**
   * The user's own outgoing (SMTP) server, as their mail app has it: the only host a mailbox
   * password is ever sent to (the login test). Empty until the user (or an administrator) sets it.
   */
  outgoingServer: string;
  /** The built-in provider (ProRedLine on cPanel) or a profile JSON the user loaded. */
  profile: { kind: 'builtin' } | { kind: 'custom'; profile: Profile };
  /** Self-hosted webmail sites the user enabled (match patterns, one per origin). */
  sites: string[];
  /** Built-in webmail sites (match patterns) where the user turned notes off. */
  sitesOff: string[];
  /** Notes in webmail pages at all. */
  notes: boolean;
  language: Language;
}

export const DEFAULT_SETTINGS: Settings = {
  probeUrl: '',
  outgoingServer: '',
  profile: { kind: 'builtin' },
  sites: [],
  sitesOff: [],
  notes: true,
  language: 'auto',
};

const KEY = 'settings';

const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** The outgoing server as typed ("mail.example.com", a host from the mail app): a bare host name or IPv4. */
export function validateOutgoingServer(raw: string): Result<string> {
  const text = raw.trim().toLowerCase().replace(/\.$/, '');
  if (text === '') return ok('');
  if (HOST_NAME.test(text) || (IPV4.test(text) && text.split('.').every((n) => Number(n) <= 255))) return ok(text);
  return fail('opt_errOutgoingServer');
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

/** Stored match patterns, one site each: an any-host pattern is never taken from storage. */
const patterns = (v: unknown): string[] =>
  Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === 'string' && isMatchPattern(x) && !hasWildcardHost(x)))] : [];

/** Keeps each stored field that is valid; replaces the rest with the default. */
export function sanitizeSettings(stored: unknown): Settings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const probeUrl = typeof s.probeUrl === 'string' ? validateProbeUrl(s.probeUrl) : fail('');
  const outgoing = typeof s.outgoingServer === 'string' ? validateOutgoingServer(s.outgoingServer) : fail('');
  const profile = s.profile as { kind?: unknown; profile?: unknown } | undefined;
  const custom = profile?.kind === 'custom' ? validateProfile(profile.profile) : null;
  return {
    probeUrl: probeUrl.ok ? probeUrl.value : DEFAULT_SETTINGS.probeUrl,
    outgoingServer: outgoing.ok ? outgoing.value : DEFAULT_SETTINGS.outgoingServer,
    profile: custom?.ok ? { kind: 'custom', profile: custom.profile } : { kind: 'builtin' },
    sites: patterns(s.sites),
    sitesOff: patterns(s.sitesOff),
    notes: typeof s.notes === 'boolean' ? s.notes : DEFAULT_SETTINGS.notes,
    language: LANGUAGES.includes(s.language as Language) ? (s.language as Language) : 'auto',
  };
}

/** What the user saved on this device, without the administrator's preset. */
export async function loadLocalSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return sanitizeSettings(stored[KEY]);
}

/** The settings in effect, with which fields the administrator locked. */
export async function loadSettingsWithLocks(): Promise<{ settings: Settings; managed: ManagedSettings }> {
  const [local, managed] = await Promise.all([loadLocalSettings(), readManaged()]);
  return { settings: applyManaged(local, managed), managed };
}

/** The settings in effect: the user's, with the administrator's managed values winning. */
export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsWithLocks()).settings;
}

/** Merges a change into the user's stored settings and returns the settings in effect. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await loadLocalSettings()), ...change });
  await browser.storage.local.set({ [KEY]: next });
  return applyManaged(next, await readManaged());
}
