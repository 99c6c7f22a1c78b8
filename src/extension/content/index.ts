// Content script entry (document_idle): wires the browser APIs into the content script. The
// engine and the knowledge base run in the service worker: a bounce body's rendered text (and
// its raw source, where the webmail gives it) goes to bg:annotate, which answers with the
// analysis, the explanation and what the note says, so no tables weigh on every webmail page.
// Nothing from src/core/knowledge but types may be imported here (test/unit/extension/content/
// content-imports.test.ts checks the whole import graph).
import { catalogueTranslator, render, type Catalogue } from '../../core/i18n.ts';
import type { Translate } from '../../core/knowledge/types.ts';
import { NOTE_LANGUAGES, type AnnotateRequest } from '../messages.ts';
import { api, askBackground, runtime } from './extension-api.ts';
import { annotateWith } from './annotate-client.ts';
import { startContentScript, type RuntimeLike } from './content-script.ts';
import { translateWith } from './i18n.ts';
import { notesWanted } from './notes-wanted.ts';
import { noteActionsFor } from './note-actions.ts';
import type { Profile } from '../../core/profile/schema.ts';

// The provider profile the user chose in options (saved validated by settings.ts). Read straight
// from storage rather than through settings.ts, whose validator would weigh on every page.
let profile: Profile | undefined;
let probeUrl = '';
function useStoredProfile(stored: unknown): void {
  const s = stored as { profile?: { kind?: string; profile?: Profile }; probeUrl?: unknown } | undefined;
  const p = s?.profile;
  profile = p?.kind === 'custom' && typeof p.profile === 'object' && p.profile !== null ? p.profile : undefined;
  probeUrl = typeof s?.probeUrl === 'string' ? s.probeUrl : '';
}

type Language = AnnotateRequest['language'];

/** The language chosen in the options ("auto", "en", "de"); anything else counts as "auto". */
function storedLanguage(stored: unknown): Language {
  const language = (stored as { language?: unknown } | undefined)?.language;
  return (NOTE_LANGUAGES as readonly unknown[]).includes(language) ? (language as Language) : 'auto';
}

/** The chosen language's words (asked from the service worker), falling back to the browser's. */
async function translatorFor(language: Language): Promise<{ t: Translate; lang: string; language: Language }> {
  const browserT = translateWith((key, subs) => api().i18n.getMessage(key, subs));
  const lang = language === 'auto' ? api().i18n.getUILanguage() : language;
  if (language === 'auto') return { t: browserT, lang, language };
  const catalogue = await askBackground('bg:catalogue', { language });
  if (!catalogue) return { t: browserT, lang: api().i18n.getUILanguage(), language: 'auto' };
  const chosen = catalogueTranslator(catalogue as Catalogue);
  return { t: (key, subs) => chosen(key, subs) || browserT(key, subs), lang, language };
}

/** The administrator's notes switch; nothing where managed storage is missing or refuses. */
async function managedNotes(): Promise<unknown> {
  try {
    return (await api().storage.managed.get('notes')).notes;
  } catch {
    return undefined;
  }
}

function start(getMessage: Translate, lang: string, language: Language): void {
  try {
    // Wake the service worker (and its engine) now, so the first bounce opened is not the one
    // that waits for it to start.
    void askBackground('bg:annotate', { text: '', language });
    api().storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && changes.settings) useStoredProfile(changes.settings.newValue);
    });
    // Catalogue keys go through the knowledge base's renderer, so substitutions work the same everywhere.
    const t: Translate = (key, subs) => render({ key, subs }, getMessage);
    startContentScript({
      doc: document,
      location: window.location,
      isTopFrame: window === window.top,
      runtime: (): RuntimeLike | undefined => (runtime.id ? runtime : undefined),
      annotate: annotateWith((message) => runtime.sendMessage(message), language),
      t,
      lang,
      profile: () => profile,
      actions: noteActionsFor(document, {
        t,
        profile: () => profile,
        probeAvailable: () => probeUrl !== '' || Boolean(profile?.probeUrl),
        openHelp: (topic) => void askBackground('bg:open-help', { topic }),
      }),
    });
  } catch (error) {
    console.debug('[Bounce Lens] start:', error);
  }
}

// The first scan waits for the stored settings (a few ms), so its notes name the right provider
// and speak the chosen language; with notes off (everywhere, by the administrator, or on this
// built-in site) nothing starts.
Promise.all([api().storage.local.get('settings'), managedNotes()])
  .then(async ([local, managed]) => {
    useStoredProfile(local.settings);
    if (!notesWanted(local.settings, managed, location.href)) return null;
    return translatorFor(storedLanguage(local.settings));
  })
  .catch(() => translatorFor('auto'))
  .then((chosen) => chosen && start(chosen.t, chosen.lang, chosen.language), () => undefined);
