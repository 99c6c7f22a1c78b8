// Popup entry: load the language, wire the real extension into the App.
import { render } from 'preact';
import { explain, explainAnalysis, type ExplainOptions } from '../../core/knowledge/index.ts';
import { loadTranslate, languageTag } from '../shared/i18n.ts';
import { onIntent, takeIntent } from '../shared/intent.ts';
import { loadSettings, saveSettings } from '../shared/settings.ts';
import { enableSite, injectNow, isBuiltInSite, sitePattern } from '../shared/site-access.ts';
import { TContext } from '../shared/t-context.ts';
import { App, type PopupDeps } from './app.tsx';
import { bouncesOnTab, currentTab, runCommand, startProbe } from './connector.ts';
import { helperAccess } from './helper-connector.ts';
import './popup.css';

function popupDeps(options: ExplainOptions): PopupDeps {
  return {
    tab: () => currentTab(location.search),
    bounces: bouncesOnTab,
    runCommand: (id, tabId) => runCommand(id, tabId),
    startProbe,
    helper: helperAccess,
    explain: (text) => explain(text, options),
    explainAnalysis: (analysis) => explainAnalysis(analysis, options),
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
  const { language, profile } = await loadSettings();
  const deps = popupDeps(profile.kind === 'custom' ? { profile: profile.profile } : {});
  const t = await loadTranslate(language);
  document.documentElement.lang = languageTag(language);
  const root = document.getElementById('app');
  if (root) render(<TContext.Provider value={t}><App deps={deps} /></TContext.Provider>, root);
})();
