// Content script entry (all frames, document_idle): wires the engine's text analyser, the
// knowledge base's small explainer and the browser APIs into the content script. Raw messages
// (Roundcube's source) go to the service worker's bg:analyze: the MIME parser stays out of pages.
import browser from 'webextension-polyfill';
import { analyzeBounceText } from '../../core/index.ts';
import { explainAnalysisLite } from '../../core/knowledge/lite.ts';
import { render } from '../../core/i18n.ts';
import { sendToBackground } from '../shared/messaging.ts';
import { startContentScript, type RuntimeLike } from './content-script.ts';
import { translateWith } from './i18n.ts';
import { notesWanted } from './notes-wanted.ts';
import type { Profile } from '../../core/profile/index.ts';

// The provider profile the user chose in options (saved validated by settings.ts). Read straight
// from storage rather than through settings.ts, whose validator would weigh on every page.
let profile: Profile | undefined;
function useStoredProfile(stored: unknown): void {
  const p = (stored as { profile?: { kind?: string; profile?: Profile } } | undefined)?.profile;
  profile = p?.kind === 'custom' && typeof p.profile === 'object' && p.profile !== null ? p.profile : undefined;
}

function start(): void {
  try {
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && changes.settings) useStoredProfile(changes.settings.newValue);
    });
    const getMessage = translateWith((key, subs) => browser.i18n.getMessage(key, subs));
    startContentScript({
      doc: document,
      location: window.location,
      isTopFrame: window === window.top,
      runtime: (): RuntimeLike | undefined => browser.runtime,
      analyzeRaw: async (raw) => {
        const answer = await sendToBackground('bg:analyze', { text: raw });
        return answer.ok ? answer.value : null;
      },
      analyzeText: analyzeBounceText,
      explain: (analysis) => explainAnalysisLite(analysis, profile ? { profile } : {}),
      // Catalogue keys go through the knowledge base's renderer, so substitutions work the same everywhere.
      t: (key, subs) => render({ key, subs }, getMessage),
    });
  } catch (error) {
    console.debug('[Bounce Lens] start:', error);
  }
}

/** The administrator's notes switch; nothing where managed storage is missing or refuses. */
async function managedNotes(): Promise<unknown> {
  try {
    return ((await browser.storage.managed.get('notes')) as { notes?: unknown }).notes;
  } catch {
    return undefined;
  }
}

// The first scan waits for the stored profile (a few ms), so its notes name the right provider;
// with notes off (everywhere, or on this built-in site) nothing starts.
Promise.all([browser.storage.local.get('settings'), managedNotes()]).then(
  ([local, managed]) => {
    useStoredProfile(local.settings);
    if (notesWanted(local.settings, managed, location.href)) start();
  },
  start,
);
