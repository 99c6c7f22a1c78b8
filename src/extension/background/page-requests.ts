// Requests a content script cannot do itself: open the bundled help page (a web page may not
// navigate to an extension page) and read the catalogue of the language chosen in the options
// (extension files are not web-accessible, and browser.i18n follows the browser's language only).
import browser from 'webextension-polyfill';
import type { Protocol } from '../messages.ts';
import { helpPath } from '../shared/help-topics.ts';

type Catalogue = Protocol['bg:catalogue']['res'];
const LANGUAGES: ReadonlySet<string> = new Set(['en', 'de']);
const catalogues = new Map<string, Promise<Catalogue>>();

export async function openHelp({ topic }: { topic: string }): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(helpPath(topic)) });
}

/** The chosen language's catalogue (read once per service worker life), or null for "auto" and unknown names. */
export function catalogueFor({ language }: { language: string }): Promise<Catalogue> {
  if (!LANGUAGES.has(language)) return Promise.resolve(null);
  let cached = catalogues.get(language);
  if (!cached) {
    cached = fetch(browser.runtime.getURL(`_locales/${language}/messages.json`))
      .then((r) => r.json() as Promise<Catalogue>)
      .catch(() => null);
    catalogues.set(language, cached);
  }
  return cached;
}
