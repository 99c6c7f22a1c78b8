// Popup entry: load the language, wire the real extension into the App.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import type { ExplainOptions } from '../../core/knowledge/types.ts';
import { DEFAULT_PROFILE } from '../../core/profile/index.ts';
import { helpPath } from '../shared/help-topics.ts';
import type { ProbeSetup } from './probe-offer.ts';
import { ProfileContext } from './profile-context.ts';
import { targetFromHostText } from './probe-targets.ts';
import { loadTranslate, languageTag } from '../shared/i18n.ts';
import { onIntent, takeIntent } from '../shared/intent.ts';
import { loadSettings, saveSettings, type Settings } from '../shared/settings.ts';
import { enableSite, injectNow, isBuiltInSite, sitePattern } from '../shared/site-access.ts';
import { TContext } from '../shared/t-context.ts';
import { App, type PopupDeps } from './app.tsx';
import { bouncesOnTab, currentTab, runCommand, startProbe } from './connector.ts';
import { helperAccess } from './helper-connector.ts';
import './popup.css';

// The knowledge base (with the engine and its tables) is most of the popup's code: it loads after
// the first paint, and the page's bounces are listed once it is there.
const knowledge = import('../../core/knowledge/index.ts');
let knowledgeLoaded: Awaited<typeof knowledge> | null = null;
void knowledge.then((k) => (knowledgeLoaded = k));

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A probe from the settings or the provider's profile; the user's own outgoing server when the settings know it. */
function probeSetupOf(settings: Settings, options: ExplainOptions): ProbeSetup {
  // outgoingServer arrives with the options rework (the user's own server, as their mail app has it).
  const own = (settings as Settings & { outgoingServer?: unknown }).outgoingServer;
  return {
    available: settings.probeUrl !== '' || Boolean((options.profile ?? DEFAULT_PROFILE).probeUrl),
    ownServer: typeof own === 'string' && own !== '' ? targetFromHostText(own) : null,
  };
}

function popupDeps(options: ExplainOptions, settings: Settings): PopupDeps {
  return {
    probeSetup: probeSetupOf(settings, options),
    support: { copy: copyText, helpHref: (topic) => browser.runtime.getURL(helpPath(topic)) },
    tab: () => currentTab(location.search),
    bounces: async (tabId) => (await Promise.all([bouncesOnTab(tabId), knowledge]))[0],
    runCommand: (id, tabId) => runCommand(id, tabId),
    startProbe,
    helper: helperAccess,
    explain: async (text) => (await knowledge).explain(text, options),
    // Asked only for listed bounces, which wait for the knowledge base (see bounces above).
    explainAnalysis: (analysis) => knowledgeLoaded?.explainAnalysis(analysis, options) ?? { analysis, items: [], general: null, hint: null },
    takeIntent,
    onIntent,
    siteToEnable: (url) => {
      if (!/^https?:/.test(url) || isBuiltInSite(url)) return null;
      const pattern = sitePattern(url);
      return pattern.ok ? pattern.value : null;
    },
    enableSite: async (pattern, tabId) => {
      const enabled = await enableSite(pattern); // first await: keeps the click's user gesture
      if (!enabled.ok) return enabled;
      const { sites } = await loadSettings();
      await saveSettings({ sites: [...new Set([...sites, pattern])] });
      return injectNow(tabId);
    },
  };
}

void (async () => {
  const settings = await loadSettings();
  const { language, profile } = settings;
  const options: ExplainOptions = profile.kind === 'custom' ? { profile: profile.profile } : {};
  const deps = popupDeps(options, settings);
  const t = await loadTranslate(language);
  document.documentElement.lang = languageTag(language);
  const root = document.getElementById('app');
  if (root) {
    render(
      <TContext.Provider value={t}>
        <ProfileContext.Provider value={options.profile ?? DEFAULT_PROFILE}><App deps={deps} /></ProfileContext.Provider>
      </TContext.Provider>,
      root,
    );
  }
})();
