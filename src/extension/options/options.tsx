// The options page: probe URL and token, provider profile, enabled sites, language.
// Every field saves on its own; a bad value shows why and keeps what was stored.
import { useEffect, useState } from 'preact/hooks';
import type { Result } from '../shared/result.ts';
import { LANGUAGES, type Language, type ProfileParse, type Settings } from '../shared/settings.ts';
import { keyOrText, useT } from '../shared/t-context.ts';

export interface OptionsDeps {
  load: () => Promise<Settings>;
  save: (change: Partial<Settings>) => Promise<Settings>;
  validateProbeUrl: (raw: string) => Result<string>;
  parseProfile: (json: string) => ProfileParse;
  sitePattern: (url: string) => Result<string>;
  enableSite: (pattern: string) => Promise<Result<void>>;
  disableSite: (pattern: string) => Promise<Result<void>>;
  builtInSites: readonly string[];
  /** Applies a language change (the page reloads in the new language). */
  reload: () => void;
}

function Status({ message }: { message: { ok: boolean; text: string } | null }) {
  if (!message) return null;
  return <p class={message.ok ? 'saved' : 'error'} role={message.ok ? 'status' : 'alert'}>{message.text}</p>;
}

function ProbeSection({ settings, deps, onSaved }: { settings: Settings; deps: OptionsDeps; onSaved: (s: Settings) => void }) {
  const t = useT();
  const [url, setUrl] = useState(settings.probeUrl);
  const [token, setToken] = useState(settings.probeToken);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    const checked = deps.validateProbeUrl(url);
    if (!checked.ok) {
      setStatus({ ok: false, text: keyOrText(t, checked.error) });
      return;
    }
    onSaved(await deps.save({ probeUrl: checked.value, probeToken: token.trim() }));
    setUrl(checked.value);
    setStatus({ ok: true, text: t('ui_saved') });
  };
  return (
    <section aria-labelledby="probe-heading">
      <h2 id="probe-heading">{t('ui_optProbe')}</h2>
      <p class="help">{t('ui_optProbeHelp')}</p>
      <form onSubmit={(e) => void save(e)}>
        <label>
          {t('ui_optProbeUrl')}
          <input name="probeUrl" type="url" value={url} placeholder="http://127.0.0.1:8787" onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        <label>
          {t('ui_optProbeToken')}
          <input name="probeToken" type="password" autocomplete="off" value={token} onInput={(e) => setToken(e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary">{t('ui_save')}</button>
      </form>
      <Status message={status} />
    </section>
  );
}

function ProfileSection({ settings, deps, onSaved }: { settings: Settings; deps: OptionsDeps; onSaved: (s: Settings) => void }) {
  const t = useT();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const load = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    const parsed = deps.parseProfile(await file.text());
    if (!parsed.ok) {
      setStatus({ ok: false, text: [t(parsed.error), ...parsed.details.slice(0, 5)].join(' · ') });
      return;
    }
    onSaved(await deps.save({ profile: { kind: 'custom', profile: parsed.value } }));
    setStatus({ ok: true, text: t('ui_saved') });
  };
  const useBuiltIn = async (): Promise<void> => {
    onSaved(await deps.save({ profile: { kind: 'builtin' } }));
    setStatus({ ok: true, text: t('ui_saved') });
  };
  const current = settings.profile.kind === 'custom' ? settings.profile.profile.name : t('ui_optProfileBuiltIn');
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('ui_optProfile')}</h2>
      <p class="current-profile">{t('ui_optProfileCurrent', [current])}</p>
      <label>
        {t('ui_optProfileLoad')}
        <input name="profileFile" type="file" accept="application/json,.json" onChange={(e) => void load(e.currentTarget.files?.[0])} />
      </label>
      {settings.profile.kind === 'custom' && (
        <button type="button" onClick={() => void useBuiltIn()}>{t('ui_optProfileUseBuiltIn')}</button>
      )}
      <Status message={status} />
    </section>
  );
}

function SitesSection({ settings, deps, onSaved }: { settings: Settings; deps: OptionsDeps; onSaved: (s: Settings) => void }) {
  const t = useT();
  const [site, setSite] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const add = async (e: Event): Promise<void> => {
    e.preventDefault();
    const pattern = deps.sitePattern(site);
    if (!pattern.ok) {
      setStatus({ ok: false, text: keyOrText(t, pattern.error) });
      return;
    }
    const enabled = await deps.enableSite(pattern.value); // first await: the click's gesture
    if (!enabled.ok) {
      setStatus({ ok: false, text: keyOrText(t, enabled.error) });
      return;
    }
    onSaved(await deps.save({ sites: [...new Set([...settings.sites, pattern.value])] }));
    setSite('');
    setStatus({ ok: true, text: t('ui_saved') });
  };
  const remove = async (pattern: string): Promise<void> => {
    await deps.disableSite(pattern);
    onSaved(await deps.save({ sites: settings.sites.filter((s) => s !== pattern) }));
  };
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('ui_optSites')}</h2>
      <p class="help">{t('ui_optSitesHelp')}</p>
      <ul class="sites">
        {deps.builtInSites.map((p) => <li key={p}><code>{p}</code> <span class="badge">{t('ui_optSiteBuiltIn')}</span></li>)}
        {settings.sites.map((p) => (
          <li key={p}>
            <code>{p}</code>{' '}
            <button type="button" onClick={() => void remove(p)} aria-label={t('ui_optSiteRemoveLabel', [p])}>{t('ui_optSiteRemove')}</button>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void add(e)}>
        <label>
          {t('ui_optSiteAdd')}
          <input name="site" value={site} placeholder="https://webmail.example.com:2096" onInput={(e) => setSite(e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary">{t('ui_optSiteEnable')}</button>
      </form>
      <Status message={status} />
    </section>
  );
}

function LanguageSection({ settings, deps }: { settings: Settings; deps: OptionsDeps }) {
  const t = useT();
  const change = async (language: Language): Promise<void> => {
    await deps.save({ language });
    deps.reload();
  };
  return (
    <section aria-labelledby="language-heading">
      <h2 id="language-heading">{t('ui_optLanguage')}</h2>
      <select name="language" aria-labelledby="language-heading" value={settings.language} onChange={(e) => void change(e.currentTarget.value as Language)}>
        {LANGUAGES.map((l) => <option key={l} value={l}>{t(`ui_lang_${l}`)}</option>)}
      </select>
    </section>
  );
}

export function Options({ deps }: { deps: OptionsDeps }) {
  const t = useT();
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => void deps.load().then(setSettings), []);
  if (!settings) return <main><p class="empty">{t('ui_loading')}</p></main>;
  return (
    <main>
      <header>
        <img src="/icons/icon-48.png" width={32} height={32} alt="" />
        <h1>{t('ui_optTitle')}</h1>
      </header>
      <ProbeSection settings={settings} deps={deps} onSaved={setSettings} />
      <ProfileSection settings={settings} deps={deps} onSaved={setSettings} />
      <SitesSection settings={settings} deps={deps} onSaved={setSettings} />
      <LanguageSection settings={settings} deps={deps} />
    </main>
  );
}
