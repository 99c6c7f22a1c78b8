// @vitest-environment happy-dom
// The options page with the real settings module over @webext-core/fake-browser storage (local
// and managed) and the real validators; site permissions (permissions.request,
// registerContentScripts) and the token's IndexedDB are not in fake-browser, so those are the
// test's own functions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { OptionsDeps } from '../../../../src/extension/options/options.tsx';
import type { Profile } from '../../../../src/core/profile/index.ts';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { Options } = await import('../../../../src/extension/options/options.tsx');
const { TContext } = await import('../../../../src/extension/shared/t-context.ts');
const { catalogueTranslate } = await import('../../../../src/extension/shared/i18n.ts');
const settings = await import('../../../../src/extension/shared/settings.ts');
const { sitePattern } = await import('../../../../src/extension/shared/site-access.ts');

const catalogue = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../public/_locales/en/messages.json'), 'utf8'));
const t = catalogueTranslate(catalogue, (key) => key);
const profileJson = readFileSync(join(import.meta.dirname, '../../../../src/core/profile/proredline.json'), 'utf8');
const builtInProfile = JSON.parse(profileJson) as Profile;

let token = '';
function deps(over: Partial<OptionsDeps> = {}): OptionsDeps {
  return {
    load: settings.loadSettingsWithLocks,
    save: settings.saveSettings,
    hasToken: async () => token !== '',
    saveToken: async (value) => {
      token = value;
    },
    validateProbeUrl: settings.validateProbeUrl,
    validateOutgoingServer: settings.validateOutgoingServer,
    parseProfile: settings.parseProfile,
    sitePattern,
    siteAllowed: async () => true,
    enableSite: async () => ({ ok: true, value: undefined }),
    disableSite: async () => ({ ok: true, value: undefined }),
    builtInSites: ['https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*'],
    builtInProfile,
    version: '9.9.9',
    helpPage: null,
    reload: () => undefined,
    ...over,
  };
}
const mount = (d: OptionsDeps) => render(<TContext.Provider value={t}><Options deps={d} /></TContext.Provider>);

beforeEach(() => {
  fakeBrowser.reset();
  token = '';
});
afterEach(cleanup);

function section(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`section[aria-labelledby=${id}]`);
  if (!el) throw new Error(`no section ${id}`);
  return el;
}

describe('options: the basics', () => {
  it('opens with the basics; probe and profile sit in a closed "Advanced" part; no field shows a placeholder', async () => {
    mount(deps());
    await screen.findByText(t('opt_basic'));
    const advanced = document.querySelector('details.advanced');
    expect(advanced?.hasAttribute('open')).toBe(false);
    expect(advanced?.querySelector('input[name=probeUrl]')).not.toBeNull();
    expect(advanced?.querySelector('input[name=profileFile]')).not.toBeNull();
    expect(document.querySelectorAll('input[placeholder]')).toHaveLength(0);
    expect(screen.getByText(t('opt_probeWhat'))).toBeTruthy();
    expect(screen.getByText(t('opt_about'))).toBeTruthy();
    expect(screen.getByText(t('opt_aboutVersion', ['9.9.9']))).toBeTruthy();
    expect(document.body.textContent).not.toContain('[missing');
  });

  it('lists the built-in sites by name (Outlook once), and turns one off and on', async () => {
    mount(deps());
    const gmail = (await screen.findByLabelText(t('opt_siteGmail'))) as HTMLInputElement;
    expect(screen.getAllByLabelText(t('opt_siteOutlook'))).toHaveLength(1);
    expect(document.body.textContent).not.toContain('https://');
    expect(gmail.checked).toBe(true);
    fireEvent.change(gmail, { target: { checked: false } });
    await waitFor(async () => expect((await settings.loadSettings()).sitesOff).toEqual(['https://mail.google.com/*']));
    fireEvent.change(await screen.findByLabelText(t('opt_siteOutlook')), { target: { checked: false } });
    await waitFor(async () => expect((await settings.loadSettings()).sitesOff).toHaveLength(3));
    fireEvent.change(screen.getByLabelText(t('opt_siteGmail')), { target: { checked: true } });
    await waitFor(async () => expect((await settings.loadSettings()).sitesOff).toEqual(['https://outlook.live.com/*', 'https://outlook.office.com/*']));
  });

  it('turns all notes off', async () => {
    mount(deps());
    fireEvent.change(await screen.findByLabelText(t('opt_notes')), { target: { checked: false } });
    await waitFor(async () => expect((await settings.loadSettings()).notes).toBe(false));
  });

  it('enables a self-hosted webmail by its address (shown by host), and removes it', async () => {
    const enableSite = vi.fn(async () => ({ ok: true as const, value: undefined }));
    const disableSite = vi.fn(async () => ({ ok: true as const, value: undefined }));
    mount(deps({ enableSite, disableSite }));
    fireEvent.input(await screen.findByLabelText(t('opt_siteAdd')), { target: { value: 'https://webmail.example.com:2096/' } });
    fireEvent.click(screen.getByRole('button', { name: t('opt_siteTurnOn') }));
    await waitFor(async () => expect((await settings.loadSettings()).sites).toEqual(['https://webmail.example.com/*']));
    expect(enableSite).toHaveBeenCalledWith('https://webmail.example.com/*');
    expect(((await screen.findByLabelText('webmail.example.com')) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(await screen.findByRole('button', { name: t('ui_optSiteRemoveLabel', ['webmail.example.com']) }));
    await waitFor(async () => expect((await settings.loadSettings()).sites).toEqual([]));
    expect(disableSite).toHaveBeenCalledWith('https://webmail.example.com/*');
  });

  it('a refused permission is said, and nothing is saved', async () => {
    mount(deps({ enableSite: async () => ({ ok: false, error: 'ui_errSiteDenied' }) }));
    fireEvent.input(await screen.findByLabelText(t('opt_siteAdd')), { target: { value: 'webmail.example.com' } });
    fireEvent.click(screen.getByRole('button', { name: t('opt_siteTurnOn') }));
    expect((await screen.findByRole('alert')).textContent).toBe(t('ui_errSiteDenied'));
    expect((await settings.loadSettings()).sites).toEqual([]);
  });

  it('saves the outgoing server, and refuses a URL with a reason', async () => {
    mount(deps());
    const field = await screen.findByLabelText(t('opt_outgoing'));
    fireEvent.input(field, { target: { value: 'https://mail.example.com' } });
    fireEvent.submit(field.closest('form') as HTMLFormElement);
    expect((await screen.findByRole('alert')).textContent).toBe(t('opt_errOutgoingServer'));
    fireEvent.input(field, { target: { value: 'Mail.Example.com' } });
    fireEvent.submit(field.closest('form') as HTMLFormElement);
    await waitFor(async () => expect((await settings.loadSettings()).outgoingServer).toBe('mail.example.com'));
  });

  it('changing the language saves it and reloads the page in it', async () => {
    const reload = vi.fn();
    mount(deps({ reload }));
    fireEvent.change(await screen.findByLabelText(t('ui_optLanguage')), { target: { value: 'de' } });
    await waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect((await settings.loadSettings()).language).toBe('de');
  });
});

describe('options: advanced', () => {
  it('saves the probe URL in the settings and the token apart from them; the token is never shown again', async () => {
    mount(deps());
    fireEvent.input(await screen.findByLabelText(t('ui_optProbeUrl')), { target: { value: 'http://127.0.0.1:8787/' } });
    fireEvent.input(screen.getByLabelText(t('opt_probeToken')), { target: { value: ' tok-1234567890abcdef ' } });
    fireEvent.click(section('probe-heading').querySelector('button[type=submit]') as Element);
    await waitFor(() => expect(token).toBe('tok-1234567890abcdef'));
    expect((await settings.loadSettings()).probeUrl).toBe('http://127.0.0.1:8787');
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('tok-1234567890abcdef');
    expect((screen.getByLabelText(t('opt_probeToken')) as HTMLInputElement).value).toBe('');
    expect(await screen.findByText(t('opt_probeTokenSaved'))).toBeTruthy();
  });

  it('refuses http:// to anything but loopback, and a bad URL, and keeps what was stored', async () => {
    await settings.saveSettings({ probeUrl: 'http://127.0.0.1:8787' });
    mount(deps());
    const url = await screen.findByLabelText(t('ui_optProbeUrl'));
    fireEvent.input(url, { target: { value: 'http://probe.example.net' } });
    fireEvent.click(section('probe-heading').querySelector('button[type=submit]') as Element);
    expect((await screen.findByRole('alert')).textContent).toBe(t('opt_errProbeUrlHttp'));
    fireEvent.input(url, { target: { value: 'ftp://nope' } });
    fireEvent.click(section('probe-heading').querySelector('button[type=submit]') as Element);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(t('ui_errProbeUrlInvalid')));
    expect((await settings.loadSettings()).probeUrl).toBe('http://127.0.0.1:8787');
  });

  it('loads a provider profile from a file, and refuses a broken one with the validator\'s reasons', async () => {
    mount(deps());
    const input = (await screen.findByLabelText(t('opt_profileLoad'))) as HTMLInputElement;
    const other = JSON.stringify({ ...JSON.parse(profileJson), id: 'otherhost', name: 'Other Host' });
    fireEvent.change(input, { target: { files: [new File([other], 'other.json', { type: 'application/json' })] } });
    await waitFor(async () => expect((await settings.loadSettings()).profile).toMatchObject({ kind: 'custom', profile: { name: 'Other Host' } }));
    expect(screen.getByText(t('ui_optProfileCurrent', ['Other Host']))).toBeTruthy();

    fireEvent.change(input, { target: { files: [new File(['{"name": 3}'], 'bad.json')] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent?.startsWith(t('ui_errProfileInvalid'))).toBe(true);
    expect((await settings.loadSettings()).profile).toMatchObject({ kind: 'custom', profile: { name: 'Other Host' } });
  });
});

describe('options: an administrator\'s preset (managed storage)', () => {
  it('shows managed values, locked, and lists the managed sites as the administrator\'s', async () => {
    await fakeBrowser.storage.managed.set({
      probeUrl: 'https://probe.fleet.example', outgoingServer: 'smtp.fleet.example', sites: ['webmail.fleet.example:2096'],
      profile: { ...JSON.parse(profileJson), id: 'fleet', name: 'Fleet Host', supportUrl: 'https://support.fleet.example/' },
    });
    mount(deps());
    expect(await screen.findByText(t('opt_managedNote'))).toBeTruthy();
    const url = (await screen.findByLabelText(t('ui_optProbeUrl'))) as HTMLInputElement;
    expect(url.value).toBe('https://probe.fleet.example');
    expect(url.disabled).toBe(true);
    const outgoing = screen.getByLabelText(t('opt_outgoing')) as HTMLInputElement;
    expect([outgoing.value, outgoing.disabled]).toEqual(['smtp.fleet.example', true]);
    expect(screen.getAllByText(t('opt_locked')).length).toBeGreaterThanOrEqual(3);
    expect(screen.queryByLabelText(t('opt_profileLoad'))).toBeNull();
    expect(screen.getByText(t('ui_optProfileCurrent', ['Fleet Host']))).toBeTruthy();
    expect(screen.getByLabelText('webmail.fleet.example')).toBeTruthy();
    expect(screen.getByText(t('opt_sitePreset'))).toBeTruthy();
    expect(screen.getByRole('link', { name: t('opt_aboutSupport', ['Fleet Host']) }).getAttribute('href')).toBe('https://support.fleet.example/');
  });
});
