// What bg:annotate needs from the browser: the user's provider profile (read once, again after
// the settings change) and the note's language (the options' choice, else the browser's).
import browser from 'webextension-polyfill';
import { analyze, analyzeText } from '../../core/index.ts';
import { explainAnalysis } from '../../core/knowledge/index.ts';
import { catalogueTranslator, type Catalogue } from '../../core/i18n.ts';
import type { Translate } from '../../core/knowledge/types.ts';
import type { Profile } from '../../core/profile/schema.ts';
import type { AnnotateRequest } from '../messages.ts';
import { loadSettings } from '../shared/settings.ts';
import { translateWith } from '../content/i18n.ts';
import { catalogueFor } from './page-requests.ts';
import type { AnnotateDeps } from './annotate.ts';

let profile: Promise<Profile | undefined> | null = null;
browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'local' || area === 'managed') profile = null;
});

function settingsProfile(): Promise<Profile | undefined> {
  profile ??= loadSettings()
    .then((s) => (s.profile.kind === 'custom' ? s.profile.profile : undefined))
    .catch(() => undefined);
  return profile;
}

const browserT = translateWith((key, subs) => browser.i18n.getMessage(key, subs));
const translators = new Map<string, Promise<Translate>>();

/** The same words the content script renders the rest of the note with (content/index.ts). */
function translatorFor(language: AnnotateRequest['language']): Promise<Translate> {
  let chosen = translators.get(language);
  if (!chosen) {
    chosen = catalogueFor({ language }).then((catalogue): Translate => {
      if (!catalogue) return browserT;
      const t = catalogueTranslator(catalogue as Catalogue);
      return (key, subs) => t(key, subs) || browserT(key, subs);
    });
    translators.set(language, chosen);
  }
  return chosen;
}

export const annotateDeps: AnnotateDeps = {
  analyze,
  analyzeText,
  // The popup's explainer (every code's meaning, provider replies), with the user's profile: the note
  // and the popup say the same since the worker explains for the page (round 9).
  explain: (analysis, p) => explainAnalysis(analysis, p ? { profile: p } : {}),
  profile: settingsProfile,
  translator: translatorFor,
};
