// What an administrator presets for a fleet through the browser's managed storage (Chrome: the
// ExtensionSettings / 3rdparty policy checked against public/managed-schema.json; Firefox: the
// "3rdparty" section of policies.json). Managed values win over the user's and show as locked.
// Everything read here is validated like the user's own input: a policy can be mistyped too.
import browser from 'webextension-polyfill';
import { validateProfile, type Profile } from '../../core/profile/index.ts';
import type { Settings } from './settings.ts';
import { LANGUAGES, validateOutgoingServer, validateProbeUrl, type Language } from './settings.ts';
import { sitePatternOf } from './site-pattern.ts';

/** The fields an administrator may set; absent ones stay the user's. */
export type ManagedSettings = Partial<Pick<Settings, 'probeUrl' | 'outgoingServer' | 'notes' | 'language'>> & {
  profile?: Profile;
  /** Webmail sites (match patterns) the administrator lists: shown as the provider's, enabled in one click. */
  sites?: string[];
};

/** Checks a raw managed-storage object; what does not validate is left out (the user's value stays). */
export function sanitizeManaged(raw: unknown): ManagedSettings {
  const m = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const out: ManagedSettings = {};
  if (typeof m.probeUrl === 'string') {
    const url = validateProbeUrl(m.probeUrl);
    if (url.ok) out.probeUrl = url.value;
  }
  if (typeof m.outgoingServer === 'string') {
    const host = validateOutgoingServer(m.outgoingServer);
    if (host.ok && host.value !== '') out.outgoingServer = host.value;
  }
  if (typeof m.notes === 'boolean') out.notes = m.notes;
  if (LANGUAGES.includes(m.language as Language)) out.language = m.language as Language;
  if (m.profile !== undefined) {
    const profile = validateProfile(m.profile);
    if (profile.ok) out.profile = profile.profile;
  }
  if (Array.isArray(m.sites)) {
    const sites = m.sites.map((s) => (typeof s === 'string' ? sitePatternOf(s) : null)).filter((p): p is string => p !== null);
    out.sites = [...new Set(sites)];
  }
  return out;
}

/** Managed storage, or nothing (Firefox throws when no policy names this extension). */
export async function readManaged(): Promise<ManagedSettings> {
  try {
    return sanitizeManaged(await browser.storage.managed.get(null));
  } catch {
    return {};
  }
}

/** The settings in effect: each managed field replaces the user's; managed sites join the user's. */
export function applyManaged(local: Settings, managed: ManagedSettings): Settings {
  return {
    ...local,
    ...(managed.probeUrl !== undefined ? { probeUrl: managed.probeUrl } : {}),
    ...(managed.outgoingServer !== undefined ? { outgoingServer: managed.outgoingServer } : {}),
    ...(managed.notes !== undefined ? { notes: managed.notes } : {}),
    ...(managed.language !== undefined ? { language: managed.language } : {}),
    ...(managed.profile !== undefined ? { profile: { kind: 'custom', profile: managed.profile } } : {}),
    sites: [...new Set([...(managed.sites ?? []), ...local.sites])],
  };
}

/** Which settings fields the administrator set (the options page shows them locked). */
export function lockedFields(managed: ManagedSettings): Set<keyof ManagedSettings> {
  return new Set(Object.keys(managed) as (keyof ManagedSettings)[]);
}
