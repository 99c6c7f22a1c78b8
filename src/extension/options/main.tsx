// Options entry: load the language, wire the real storage, permissions and token store into the page.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { DEFAULT_PROFILE } from '../../core/profile/index.ts';
import { loadTranslate, languageTag } from '../shared/i18n.ts';
import { loadProbeToken, saveProbeToken } from '../shared/probe-token.ts';
import { loadSettings, loadSettingsWithLocks, parseProfile, saveSettings, validateOutgoingServer, validateProbeUrl } from '../shared/settings.ts';
import { disableSite, enableSite, sitePattern } from '../shared/site-access.ts';
import { TContext } from '../shared/t-context.ts';
import { Options, type OptionsDeps } from './options.tsx';
import './options.css';

/** The bundled help page, if this build has one (it is added by another part of the project). */
const HELP_PAGE = 'src/extension/help/index.html';

async function helpPage(): Promise<string | null> {
  const url = browser.runtime.getURL(HELP_PAGE);
  try {
    return (await fetch(url, { method: 'HEAD' })).ok ? url : null;
  } catch {
    return null;
  }
}

async function deps(): Promise<OptionsDeps> {
  return {
    load: loadSettingsWithLocks,
    save: saveSettings,
    hasToken: async () => (await loadProbeToken()) !== '',
    saveToken: saveProbeToken,
    validateProbeUrl,
    validateOutgoingServer,
    parseProfile,
    sitePattern,
    siteAllowed: (pattern) => browser.permissions.contains({ origins: [pattern] }).catch(() => false),
    enableSite,
    disableSite,
    // What this build covers, as its manifest says (built-ins and BOUNCE_LENS_HOSTS).
    builtInSites: [...new Set(browser.runtime.getManifest().content_scripts?.flatMap((cs) => cs.matches ?? []) ?? [])],
    builtInProfile: DEFAULT_PROFILE,
    version: browser.runtime.getManifest().version,
    helpPage: await helpPage(),
    reload: () => location.reload(),
  };
}

void (async () => {
  const { language } = await loadSettings();
  const [t, wired] = await Promise.all([loadTranslate(language), deps()]);
  document.documentElement.lang = languageTag(language);
  document.title = t('ui_optTitle');
  const root = document.getElementById('app');
  if (root) render(<TContext.Provider value={t}><Options deps={wired} /></TContext.Provider>, root);
})();
