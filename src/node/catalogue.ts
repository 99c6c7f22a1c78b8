// Node's view of the one message catalogue (public/_locales/<lang>/messages.json) so the CLI
// and the server say the same words as the extension, with the same substitution rules.
import { readFileSync } from 'node:fs';
import { catalogueTranslator, type Catalogue } from '../core/i18n.ts';
import type { Translate } from '../core/knowledge/types.ts';

const cache = new Map<string, Translate>();
const LANGS = ['en', 'de'];

function read(lang: string): Translate {
  const hit = cache.get(lang);
  if (hit) return hit;
  const url = new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url);
  let parsed: Catalogue = {};
  try {
    parsed = JSON.parse(readFileSync(url, 'utf8')) as Catalogue;
  } catch {
    // A missing catalogue shows keys rather than crashing the probe.
  }
  const t = catalogueTranslator(parsed);
  cache.set(lang, t);
  return t;
}

/** Picks en or de from a language tag or an Accept-Language header; English otherwise. */
export function pickLanguage(header: string | undefined): string {
  for (const part of (header ?? '').split(',')) {
    const lang = part.trim().slice(0, 2).toLowerCase();
    if (LANGS.includes(lang)) return lang;
  }
  return 'en';
}

let chosen: string | null = null;

/** `--lang` on the command line: wins over the environment for the rest of the process. */
export function chooseLanguage(lang: string): void {
  chosen = pickLanguage(lang);
}

/**
 * The language a terminal asks for: --lang, then LANGUAGE (a colon-separated preference list, as
 * gettext reads it), then LC_ALL, LC_MESSAGES, LANG.
 */
export function terminalLanguage(env: Record<string, string | undefined> = process.env): string {
  if (chosen) return chosen;
  for (const lang of (env.LANGUAGE ?? '').split(':')) {
    const code = lang.slice(0, 2).toLowerCase();
    if (LANGS.includes(code)) return code;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return pickLanguage(locale);
}

/**
 * Translates from the language's catalogue, then English, then shows the key. The catalogues are
 * read at the first translation: `explain --format jsonl` prints no catalogue text, and reading
 * and expanding them cost each of its threads a few milliseconds for nothing.
 */
export function loadTranslate(lang: string): Translate {
  let loaded: { own: Translate; en: Translate } | null = null;
  return (key, subs = []) => {
    loaded ??= { own: read(LANGS.includes(lang) ? lang : 'en'), en: read('en') };
    return loaded.own(key, subs) || loaded.en(key, subs) || key;
  };
}
