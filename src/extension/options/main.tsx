// Options entry: load the language, wire the real storage and permissions into the page.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { loadTranslate, languageTag } from '../shared/i18n.ts';
import { loadSettings, parseProfile, saveSettings, validateProbeUrl } from '../shared/settings.ts';
import { disableSite, enableSite, sitePattern } from '../shared/site-access.ts';
import { TContext } from '../shared/t-context.ts';
import { Options, type OptionsDeps } from './options.tsx';
import './options.css';

const deps: OptionsDeps = {
  load: loadSettings,
  save: saveSettings,
  validateProbeUrl,
  parseProfile,
  sitePattern,
  enableSite,
  disableSite,
  // What this build covers, as its manifest says (built-ins, the provider's webmail, BOUNCE_LENS_HOSTS).
  builtInSites: [...new Set(browser.runtime.getManifest().content_scripts?.flatMap((cs) => cs.matches ?? []) ?? [])],
  reload: () => location.reload(),
};

void (async () => {
  const { language } = await loadSettings();
  const t = await loadTranslate(language);
  document.documentElement.lang = languageTag(language);
  document.title = t('ui_optTitle');
  const root = document.getElementById('app');
  if (root) render(<TContext.Provider value={t}><Options deps={deps} /></TContext.Provider>, root);
})();
