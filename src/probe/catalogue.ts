// Node's view of the one message catalogue (public/_locales/<lang>/messages.json) so the CLI
// and the server say the same words as the extension.
import { readFileSync } from 'node:fs';
import type { Translate } from '../core/knowledge/types.ts';

type Catalogue = Record<string, { message: string }>;

const cache = new Map<string, Catalogue>();
const LANGS = ['en', 'de'];

function read(lang: string): Catalogue {
  const hit = cache.get(lang);
  if (hit) return hit;
  const url = new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url);
  let parsed: Catalogue = {};
  try {
    parsed = JSON.parse(readFileSync(url, 'utf8')) as Catalogue;
  } catch {
    // A missing catalogue shows keys rather than crashing the probe.
  }
  cache.set(lang, parsed);
  return parsed;
}

/** Picks en or de from a language tag or an Accept-Language header; English otherwise. */
export function pickLanguage(header: string | undefined): string {
  for (const part of (header ?? '').split(',')) {
    const lang = part.trim().slice(0, 2).toLowerCase();
    if (LANGS.includes(lang)) return lang;
  }
  return 'en';
}

export function loadTranslate(lang: string): Translate {
  const own = read(LANGS.includes(lang) ? lang : 'en');
  const en = read('en');
  return (key, subs = []) => {
    const text = own[key]?.message ?? en[key]?.message ?? key;
    return text.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  };
}
