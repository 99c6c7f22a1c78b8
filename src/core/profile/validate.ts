// Checks a profile someone else wrote (an unknown JSON value) and says every problem at once.
import { PROFILE_SCHEMA_VERSION, type Profile, type SmtpSecurity } from './schema.ts';

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; errors: string[] };

const KEY = /^k_[a-z0-9_]+$/;
const HOST = /^(\*|(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*)$/i;
const SECURITIES: readonly SmtpSecurity[] = ['ssl', 'starttls'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPort = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0 && (v as number) < 65536;

function text(o: Obj, field: string, errors: string[], path = field): string {
  const v = o[field];
  if (typeof v !== 'string' || v.trim() === '') {
    errors.push(`${path}: expected a non-empty string`);
    return '';
  }
  return v;
}

function keys(o: Obj, field: string, errors: string[], known?: ReadonlySet<string>): string[] {
  const v = o[field];
  if (!Array.isArray(v)) {
    errors.push(`${field}: expected an array of catalogue message names`);
    return [];
  }
  v.forEach((k, i) => {
    if (typeof k !== 'string' || !KEY.test(k)) errors.push(`${field}[${i}]: "${String(k)}" is not a catalogue message name (k_…)`);
    else if (known && !known.has(k.toLowerCase())) errors.push(`${field}[${i}]: "${k}" is not in the catalogue`);
  });
  return v.filter((k): k is string => typeof k === 'string');
}

// Loopback may be plain http (a probe on the same machine); anything else must be https.
const LOOPBACK_HTTP = /^http:\/\/(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\])(:\d{1,5})?(\/|$)/i;

function url(o: Obj, field: 'supportUrl' | 'helpUrl' | 'probeUrl', errors: string[], loopbackHttp = false): string | null {
  const v = o[field];
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' && (/^https:\/\/[^\s/]+/.test(v) || (loopbackHttp && LOOPBACK_HTTP.test(v))) && !/\s/.test(v)) return v;
  errors.push(`${field}: expected an https URL${loopbackHttp ? ' (http only for loopback)' : ''} or null`);
  return null;
}

function smtp(o: Obj, errors: string[]): Profile['smtp'] {
  const s = o.smtp;
  if (!isObj(s)) {
    errors.push('smtp: expected an object');
    return { authRequired: true, secureOnly: true, ports: [] };
  }
  if (typeof s.authRequired !== 'boolean') errors.push('smtp.authRequired: expected true or false');
  if (typeof s.secureOnly !== 'boolean') errors.push('smtp.secureOnly: expected true or false');
  const ports: Profile['smtp']['ports'] = [];
  if (!Array.isArray(s.ports)) errors.push('smtp.ports: expected an array');
  else s.ports.forEach((p, i) => {
    if (isObj(p) && isPort(p.port) && SECURITIES.includes(p.security as SmtpSecurity)) {
      ports.push({ port: p.port, security: p.security as SmtpSecurity });
    } else errors.push(`smtp.ports[${i}]: expected { port: 1-65535, security: "ssl" | "starttls" }`);
  });
  return { authRequired: s.authRequired === true, secureOnly: s.secureOnly === true, ports };
}

const PLACES = ['settings', 'deliverability', 'mailboxStatus'] as const;
const LANG = /^[a-z]{2}(?:-[A-Z]{2})?$/;

// The same places in other languages: { "de": { "settings": "…" } }; each present name non-empty.
function placesByLang(o: Obj, errors: string[]): Profile['placesByLang'] {
  if (o.placesByLang === undefined) return undefined;
  if (!isObj(o.placesByLang)) {
    errors.push('placesByLang: expected an object of language → places');
    return undefined;
  }
  const out: NonNullable<Profile['placesByLang']> = {};
  for (const [lang, places] of Object.entries(o.placesByLang)) {
    if (!LANG.test(lang) || !isObj(places)) {
      errors.push(`placesByLang.${lang}: expected a language code ("de") with an object of places`);
      continue;
    }
    const unknown = Object.keys(places).filter((k) => !(PLACES as readonly string[]).includes(k));
    if (unknown.length) errors.push(`placesByLang.${lang}: unknown place ${unknown.join(', ')}`);
    out[lang] = Object.fromEntries(PLACES.filter((k) => places[k] !== undefined).map((k) => [k, text(places, k, errors, `placesByLang.${lang}.${k}`)]));
  }
  return out;
}

function webmail(o: Obj, errors: string[]): Profile['webmail'] {
  if (!Array.isArray(o.webmail)) {
    errors.push('webmail: expected an array of { host, port? }');
    return [];
  }
  const out: Profile['webmail'] = [];
  o.webmail.forEach((w, i) => {
    if (!isObj(w) || typeof w.host !== 'string' || !HOST.test(w.host)) {
      errors.push(`webmail[${i}].host: expected a host name, "*.domain" or "*"`);
    } else if (w.port !== undefined && !isPort(w.port)) {
      errors.push(`webmail[${i}].port: expected 1-65535`);
    } else out.push(w.port === undefined ? { host: w.host } : { host: w.host, port: w.port as number });
  });
  return out;
}

/**
 * Validates an unknown value as a Profile. `knownKeys` (lowercased catalogue names) also checks
 * that the do/don't entries exist in the catalogue.
 */
export function validateProfile(value: unknown, knownKeys?: ReadonlySet<string>): ProfileResult {
  if (!isObj(value)) return { ok: false, errors: ['profile: expected a JSON object'] };
  const errors: string[] = [];
  if (value.schema !== PROFILE_SCHEMA_VERSION) errors.push(`schema: expected ${PROFILE_SCHEMA_VERSION}`);
  const id = text(value, 'id', errors);
  if (id && !/^[a-z0-9-]+$/.test(id)) errors.push('id: use lowercase letters, digits and "-"');
  const places = isObj(value.places) ? value.places : {};
  if (!isObj(value.places)) errors.push('places: expected an object');
  if (typeof value.configuresClientsRemotely !== 'boolean') errors.push('configuresClientsRemotely: expected true or false');
  const profile: Profile = {
    schema: PROFILE_SCHEMA_VERSION,
    id,
    name: text(value, 'name', errors),
    controlPanel: text(value, 'controlPanel', errors),
    places: {
      settings: text(places, 'settings', errors, 'places.settings'),
      deliverability: text(places, 'deliverability', errors, 'places.deliverability'),
      mailboxStatus: text(places, 'mailboxStatus', errors, 'places.mailboxStatus'),
    },
    ...(value.placesByLang !== undefined ? { placesByLang: placesByLang(value, errors) } : {}),
    supportUrl: url(value, 'supportUrl', errors),
    helpUrl: url(value, 'helpUrl', errors),
    probeUrl: url(value, 'probeUrl', errors, true),
    smtp: smtp(value, errors),
    configuresClientsRemotely: value.configuresClientsRemotely === true,
    webmail: webmail(value, errors),
    dos: keys(value, 'dos', errors, knownKeys),
    donts: keys(value, 'donts', errors, knownKeys),
  };
  return errors.length ? { ok: false, errors } : { ok: true, profile };
}
