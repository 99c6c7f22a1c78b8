// Content script entry (document_idle): wires the knowledge base's small explainer and the browser
// APIs into the content script. The engine runs in the service worker: a bounce's rendered text
// goes to bg:analyze-text, a raw message (Roundcube's source) to bg:analyze, so neither the
// engine's tables nor the MIME parser weigh on every webmail page.
import { explainAnalysisLite } from '../../core/knowledge/lite.ts';
import { catalogueTranslator, render, type Catalogue } from '../../core/i18n.ts';
import type { Translate } from '../../core/knowledge/types.ts';
import { api, askBackground, runtime } from './extension-api.ts';
import { startContentScript, type RuntimeLike } from './content-script.ts';
import { translateWith } from './i18n.ts';
import { notesWanted } from './notes-wanted.ts';
import { noteActionsFor } from './note-actions.ts';
import type { Profile } from '../../core/profile/index.ts';

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

/** The language chosen in the options ("auto", "en", "de"); anything else counts as "auto". */
function storedLanguage(stored: unknown): string {
  const language = (stored as { language?: unknown } | undefined)?.language;
  return typeof language === 'string' ? language : 'auto';
}

/** The chosen language's words (asked from the service worker), falling back to the browser's. */
async function translatorFor(language: string): Promise<{ t: Translate; lang: string }> {
  const browserT = translateWith((key, subs) => api().i18n.getMessage(key, subs));
  const lang = language === 'auto' ? api().i18n.getUILanguage() : language;
  if (language === 'auto') return { t: browserT, lang };
  const catalogue = await askBackground('bg:catalogue', { language });
  if (!catalogue) return { t: browserT, lang: api().i18n.getUILanguage() };
  const chosen = catalogueTranslator(catalogue as Catalogue);
  return { t: (key, subs) => chosen(key, subs) || browserT(key, subs), lang };
}

/** The administrator's notes switch; nothing where managed storage is missing or refuses. */
async function managedNotes(): Promise<unknown> {
  try {
    return (await api().storage.managed.get('notes')).notes;
  } catch {
    return undefined;
  }
}

function start(getMessage: Translate, lang: string): void {
  try {
    // Wake the service worker (and its engine) now, so the first bounce opened is not the one
    // that waits for it to start.
    void askBackground('bg:analyze-text', { text: '' });
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
      analyzeRaw: (raw) => askBackground('bg:analyze', { text: raw }),
      analyzeText: (text) => askBackground('bg:analyze-text', { text }),
      explain: (analysis) => explainAnalysisLite(analysis, profile ? { profile } : {}),
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
  .then((chosen) => chosen && start(chosen.t, chosen.lang), () => undefined);
