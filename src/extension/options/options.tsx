// The options page, for people first: the basics (language, where notes appear, notes on or off,
// your outgoing server), then an "Advanced" part that starts closed (probe, provider profile),
// then About and help. Every field saves on its own; a bad value says why and keeps what was
// stored. What an administrator preset (managed storage) is shown locked, with the reason.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Profile } from '../../core/profile/index.ts';
import type { ManagedSettings } from '../shared/managed-settings.ts';
import type { Result } from '../shared/result.ts';
import { LANGUAGES, type Language, type ProfileParse, type Settings } from '../shared/settings.ts';
import { keyOrText, useT } from '../shared/t-context.ts';
import { nameSites, patternHost } from './site-names.ts';

export interface OptionsDeps {
  load: () => Promise<{ settings: Settings; managed: ManagedSettings }>;
  save: (change: Partial<Settings>) => Promise<Settings>;
  /** Whether a probe token is saved (it is never shown again). */
  hasToken: () => Promise<boolean>;
  saveToken: (token: string) => Promise<void>;
  validateProbeUrl: (raw: string) => Result<string>;
  validateOutgoingServer: (raw: string) => Result<string>;
  parseProfile: (json: string) => ProfileParse;
  sitePattern: (url: string) => Result<string>;
  /** Whether the browser lets the extension read a self-hosted site (its permission is granted). */
  siteAllowed: (pattern: string) => Promise<boolean>;
  enableSite: (pattern: string) => Promise<Result<void>>;
  disableSite: (pattern: string) => Promise<Result<void>>;
  builtInSites: readonly string[];
  /** The provider profile built in, for its name and links when no other is in use. */
  builtInProfile: Profile;
  version: string;
  /** The bundled help page, when the build has one. */
  helpPage: string | null;
  /** Applies a language change (the page reloads in the new language). */
  reload: () => void;
}

type Status = { ok: boolean; text: string } | null;
type Props = { settings: Settings; managed: ManagedSettings; deps: OptionsDeps; onSaved: (s: Settings) => void };

function StatusLine({ message }: { message: Status }) {
  if (!message) return null;
  return <p class={message.ok ? 'saved' : 'error'} role={message.ok ? 'status' : 'alert'}>{message.text}</p>;
}

/** Said next to every field an administrator set. */
function Locked({ on }: { on: boolean }) {
  const t = useT();
  return on ? <p class="locked">{t('opt_locked')}</p> : null;
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function NotesSwitch({ settings, managed, deps, onSaved }: Props) {
  const t = useT();
  const locked = managed.notes !== undefined;
  return (
    <div class="field">
      <label class="switch">
        <input type="checkbox" name="notes" checked={settings.notes} disabled={locked}
          onChange={(e) => void deps.save({ notes: e.currentTarget.checked }).then(onSaved)} />
        {t('opt_notes')}
      </label>
      <p class="help">{t('opt_notesHelp')}</p>
      <Locked on={locked} />
    </div>
  );
}

function LanguageField({ settings, managed, deps }: Props) {
  const t = useT();
  const locked = managed.language !== undefined;
  const change = async (language: Language): Promise<void> => {
    await deps.save({ language });
    deps.reload();
  };
  return (
    <div class="field">
      <label>
        {t('ui_optLanguage')}
        <select name="language" value={settings.language} disabled={locked} onChange={(e) => void change(e.currentTarget.value as Language)}>
          {LANGUAGES.map((l) => <option key={l} value={l}>{t(`ui_lang_${l}`)}</option>)}
        </select>
      </label>
      <Locked on={locked} />
    </div>
  );
}

function SitesField({ settings, managed, deps, onSaved }: Props) {
  const t = useT();
  const [site, setSite] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [allowed, setAllowed] = useState<Record<string, boolean>>({});
  const own = settings.sites;
  useEffect(() => {
    void Promise.all(own.map(async (p) => [p, await deps.siteAllowed(p)] as const)).then((pairs) => setAllowed(Object.fromEntries(pairs)));
  }, [own.join(' ')]);

  const turnOn = async (pattern: string): Promise<boolean> => {
    const enabled = await deps.enableSite(pattern); // first await: the click's gesture
    if (!enabled.ok) {
      setStatus({ ok: false, text: keyOrText(t, enabled.error) });
      return false;
    }
    setAllowed((a) => ({ ...a, [pattern]: true }));
    return true;
  };
  const add = async (e: Event): Promise<void> => {
    e.preventDefault();
    const pattern = deps.sitePattern(site);
    if (!pattern.ok) {
      setStatus({ ok: false, text: keyOrText(t, pattern.error) });
      return;
    }
    if (!(await turnOn(pattern.value))) return;
    onSaved(await deps.save({ sites: [...new Set([...own, pattern.value])] }));
    setSite('');
    setStatus({ ok: true, text: t('ui_saved') });
  };
  const toggleOwn = async (pattern: string, on: boolean): Promise<void> => {
    if (on) {
      if (await turnOn(pattern)) setStatus({ ok: true, text: t('ui_saved') });
      return;
    }
    await deps.disableSite(pattern);
    setAllowed((a) => ({ ...a, [pattern]: false }));
    setStatus({ ok: true, text: t('ui_saved') });
  };
  const remove = async (pattern: string): Promise<void> => {
    await deps.disableSite(pattern);
    onSaved(await deps.save({ sites: own.filter((s) => s !== pattern) }));
  };
  const toggleBuiltIn = async (patterns: string[], on: boolean): Promise<void> => {
    const off = new Set(settings.sitesOff);
    for (const p of patterns) {
      if (on) off.delete(p);
      else off.add(p);
    }
    onSaved(await deps.save({ sitesOff: [...off] }));
  };
  const preset = new Set(managed.sites ?? []);

  return (
    <div class="field">
      <h3 id="sites-heading">{t('opt_sites')}</h3>
      <p class="help">{t('opt_sitesHelp')}</p>
      <ul class="sites" aria-labelledby="sites-heading">
        {nameSites(deps.builtInSites).map((s) => (
          <li key={s.name}>
            <label class="switch">
              <input type="checkbox" checked={settings.notes && !s.patterns.some((p) => settings.sitesOff.includes(p))} disabled={!settings.notes}
                onChange={(e) => void toggleBuiltIn(s.patterns, e.currentTarget.checked)} />
              {s.nameKey ? t(s.nameKey) : s.name}
            </label>
          </li>
        ))}
        {own.map((p) => (
          <li key={p}>
            <label class="switch">
              <input type="checkbox" checked={settings.notes && allowed[p] === true} disabled={!settings.notes}
                onChange={(e) => void toggleOwn(p, e.currentTarget.checked)} />
              {patternHost(p)}
            </label>
            {preset.has(p)
              ? <span class="badge">{t('opt_sitePreset')}</span>
              : <button type="button" class="link" onClick={() => void remove(p)} aria-label={t('ui_optSiteRemoveLabel', [patternHost(p)])}>{t('ui_optSiteRemove')}</button>}
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void add(e)}>
        <label>
          {t('opt_siteAdd')}
          <input name="site" value={site} aria-describedby="site-add-help" onInput={(e) => setSite(e.currentTarget.value)} />
        </label>
        <p class="help" id="site-add-help">{t('opt_siteAddHelp')}</p>
        <button type="submit" class="primary">{t('opt_siteTurnOn')}</button>
      </form>
      <StatusLine message={status} />
    </div>
  );
}

function OutgoingServerField({ settings, managed, deps, onSaved }: Props) {
  const t = useT();
  const [host, setHost] = useState(settings.outgoingServer);
  const [status, setStatus] = useState<Status>(null);
  const locked = managed.outgoingServer !== undefined;
  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    const checked = deps.validateOutgoingServer(host);
    if (!checked.ok) {
      setStatus({ ok: false, text: keyOrText(t, checked.error) });
      return;
    }
    onSaved(await deps.save({ outgoingServer: checked.value }));
    setHost(checked.value);
    setStatus({ ok: true, text: t('ui_saved') });
  };
  return (
    <form class="field" onSubmit={(e) => void save(e)}>
      <label>
        {t('opt_outgoing')}
        <input name="outgoingServer" value={host} disabled={locked} autocomplete="off" spellcheck={false}
          aria-describedby="outgoing-help" onInput={(e) => setHost(e.currentTarget.value)} />
      </label>
      <p class="help" id="outgoing-help">{t('opt_outgoingHelp')}</p>
      <Locked on={locked} />
      {!locked && <button type="submit" class="primary">{t('ui_save')}</button>}
      <StatusLine message={status} />
    </form>
  );
}

function ProbeFields({ settings, managed, deps, onSaved }: Props) {
  const t = useT();
  const [url, setUrl] = useState(settings.probeUrl);
  const [token, setToken] = useState('');
  const [tokenSaved, setTokenSaved] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const locked = managed.probeUrl !== undefined;
  useEffect(() => void deps.hasToken().then(setTokenSaved), []);
  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    const checked = deps.validateProbeUrl(url);
    if (!checked.ok) {
      setStatus({ ok: false, text: keyOrText(t, checked.error) });
      return;
    }
    if (!locked) {
      onSaved(await deps.save({ probeUrl: checked.value }));
      setUrl(checked.value);
    }
    if (token.trim() !== '') {
      await deps.saveToken(token.trim());
      setToken('');
      setTokenSaved(true);
    }
    setStatus({ ok: true, text: t('ui_saved') });
  };
  const forget = async (): Promise<void> => {
    await deps.saveToken('');
    setTokenSaved(false);
    setStatus({ ok: true, text: t('ui_saved') });
  };
  return (
    <section aria-labelledby="probe-heading">
      <h3 id="probe-heading">{t('opt_probe')}</h3>
      <p class="help">{t('opt_probeWhat')}</p>
      <form onSubmit={(e) => void save(e)}>
        <label>
          {t('ui_optProbeUrl')}
          <input name="probeUrl" type="url" value={url} disabled={locked} aria-describedby="probe-url-help" onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        <p class="help" id="probe-url-help">{t('opt_probeUrlHelp')}</p>
        <Locked on={locked} />
        <label>
          {t('opt_probeToken')}
          <input name="probeToken" type="password" autocomplete="off" value={token} aria-describedby="probe-token-help" onInput={(e) => setToken(e.currentTarget.value)} />
        </label>
        <p class="help" id="probe-token-help">{t(tokenSaved ? 'opt_probeTokenSaved' : 'opt_probeTokenHelp')}</p>
        <button type="submit" class="primary">{t('ui_save')}</button>
        {tokenSaved && <button type="button" onClick={() => void forget()}>{t('opt_probeTokenForget')}</button>}
      </form>
      <StatusLine message={status} />
    </section>
  );
}

function ProfileFields({ settings, managed, deps, onSaved }: Props) {
  const t = useT();
  const [status, setStatus] = useState<Status>(null);
  const locked = managed.profile !== undefined;
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
  const current = settings.profile.kind === 'custom' ? settings.profile.profile.name : deps.builtInProfile.name;
  return (
    <section aria-labelledby="profile-heading">
      <h3 id="profile-heading">{t('opt_profile')}</h3>
      <p class="help">{t('opt_profileWhat')}</p>
      <p class="current-profile">{t('ui_optProfileCurrent', [current])}</p>
      <Locked on={locked} />
      {!locked && (
        <label>
          {t('opt_profileLoad')}
          <input name="profileFile" type="file" accept="application/json,.json" onChange={(e) => void load(e.currentTarget.files?.[0])} />
        </label>
      )}
      {!locked && settings.profile.kind === 'custom' && (
        <button type="button" onClick={() => void useBuiltIn()}>{t('opt_profileUseBuiltIn', [deps.builtInProfile.name])}</button>
      )}
      <StatusLine message={status} />
    </section>
  );
}

function About({ settings, deps }: { settings: Settings; deps: OptionsDeps }) {
  const t = useT();
  const profile = settings.profile.kind === 'custom' ? settings.profile.profile : deps.builtInProfile;
  const links: { href: string; text: string }[] = [];
  if (deps.helpPage) links.push({ href: deps.helpPage, text: t('opt_aboutHelp') });
  if (profile.helpUrl) links.push({ href: profile.helpUrl, text: t('opt_aboutProviderHelp', [profile.name]) });
  if (profile.supportUrl) links.push({ href: profile.supportUrl, text: t('opt_aboutSupport', [profile.name]) });
  return (
    <Section id="about-heading" title={t('opt_about')}>
      <p>{t('opt_aboutWhat')}</p>
      <p>{t('opt_aboutPrivacy')}</p>
      {links.length > 0 && (
        <ul class="links">
          {links.map((l) => <li key={l.href}><a href={l.href} target="_blank" rel="noreferrer">{l.text}</a></li>)}
        </ul>
      )}
      <p class="help">{t('opt_aboutVersion', [deps.version])}</p>
    </Section>
  );
}

export function Options({ deps }: { deps: OptionsDeps }) {
  const t = useT();
  const [state, setState] = useState<{ settings: Settings; managed: ManagedSettings } | null>(null);
  useEffect(() => void deps.load().then(setState), []);
  if (!state) return <main><p class="empty">{t('ui_loading')}</p></main>;
  const onSaved = (settings: Settings): void => setState((s) => (s ? { ...s, settings } : s));
  const props: Props = { settings: state.settings, managed: state.managed, deps, onSaved };
  return (
    <main>
      <header>
        <img src="/icons/icon-48.png" width={32} height={32} alt="" />
        <h1>{t('ui_optTitle')}</h1>
      </header>
      {Object.keys(state.managed).length > 0 && <p class="managed-note" role="note">{t('opt_managedNote')}</p>}
      <Section id="basic-heading" title={t('opt_basic')}>
        <NotesSwitch {...props} />
        <SitesField {...props} />
        <LanguageField {...props} />
        <OutgoingServerField {...props} />
      </Section>
      <details class="advanced">
        <summary>{t('opt_advanced')}</summary>
        <ProbeFields {...props} />
        <ProfileFields {...props} />
      </details>
      <About settings={state.settings} deps={deps} />
    </main>
  );
}
