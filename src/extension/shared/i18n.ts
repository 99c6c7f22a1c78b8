// Translation for the extension's pages. "auto" is browser.i18n (the browser's language); a
// language chosen in the options loads that catalogue, since browser.i18n cannot switch.
import browser from 'webextension-polyfill';
import type { Translate } from '../../core/knowledge/types.ts';
import type { Language } from './settings.ts';

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalogue = Record<string, CatalogueEntry>;

export const browserTranslate: Translate = (key, subs) => browser.i18n.getMessage(key, subs);

/** Chrome's substitution rules: named $placeholder$ → its content, then $1…$9 → subs, $$ → $. */
export function formatMessage(entry: CatalogueEntry, subs: string[] = []): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = Object.entries(entry.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
    return placeholder ? placeholder[1].content : whole;
  });
  return named.replace(/\$(\d|\$)/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/** A Translate over one catalogue; keys it lacks fall back to the browser's. */
export function catalogueTranslate(catalogue: Catalogue, fallback: Translate): Translate {
  const byLower = new Map(Object.entries(catalogue).map(([k, v]) => [k.toLowerCase(), v]));
  return (key, subs) => {
    const entry = byLower.get(key.toLowerCase());
    return entry ? formatMessage(entry, subs) : fallback(key, subs);
  };
}

export async function loadTranslate(language: Language): Promise<Translate> {
  if (language === 'auto') return browserTranslate;
  try {
    const response = await fetch(browser.runtime.getURL(`_locales/${language}/messages.json`));
    return catalogueTranslate((await response.json()) as Catalogue, browserTranslate);
  } catch {
    return browserTranslate; // a missing catalogue must not blank the page
  }
}

/** The language tag a page should declare for the chosen language. */
export function languageTag(language: Language): string {
  return language === 'auto' ? browser.i18n.getUILanguage() : language;
}
