// @vitest-environment happy-dom
// The options page with the real settings module over @webext-core/fake-browser storage and the
// real validators; site permissions (permissions.request, registerContentScripts) are not in
// fake-browser, so enable/disable are the test's functions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { OptionsDeps } from '../../../../src/extension/options/options.tsx';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { Options } = await import('../../../../src/extension/options/options.tsx');
const { TContext } = await import('../../../../src/extension/shared/t-context.ts');
const { catalogueTranslate } = await import('../../../../src/extension/shared/i18n.ts');
const settings = await import('../../../../src/extension/shared/settings.ts');
const { sitePattern } = await import('../../../../src/extension/shared/site-access.ts');

const catalogue = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../public/_locales/en/messages.json'), 'utf8'));
const t = catalogueTranslate(catalogue, (key) => key);
const profileJson = readFileSync(join(import.meta.dirname, '../../../../src/core/profile/proredline.json'), 'utf8');

function deps(over: Partial<OptionsDeps> = {}): OptionsDeps {
  return {
    load: settings.loadSettings,
    save: settings.saveSettings,
    validateProbeUrl: settings.validateProbeUrl,
    parseProfile: settings.parseProfile,
    sitePattern,
    enableSite: async () => ({ ok: true, value: undefined }),
    disableSite: async () => ({ ok: true, value: undefined }),
    builtInSites: ['https://mail.google.com/*'],
    reload: () => undefined,
    ...over,
  };
}
const mount = (d: OptionsDeps) => render(<TContext.Provider value={t}><Options deps={d} /></TContext.Provider>);

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

function section(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`section[aria-labelledby=${id}]`);
  if (!el) throw new Error(`no section ${id}`);
  return el;
}

describe('options', () => {
  it('saves the probe URL and token', async () => {
    mount(deps());
    const url = await screen.findByLabelText(t('ui_optProbeUrl'));
    fireEvent.input(url, { target: { value: 'http://127.0.0.1:8787/' } });
    fireEvent.input(screen.getByLabelText(t('ui_optProbeToken')), { target: { value: ' tok ' } });
    fireEvent.click(section('probe-heading').querySelector('button[type=submit]') as Element);
    await waitFor(async () => expect(await settings.loadSettings()).toMatchObject({ probeUrl: 'http://127.0.0.1:8787', probeToken: 'tok' }));
    expect(section('probe-heading').querySelector('.saved')?.textContent).toBe(t('ui_saved'));
  });

  it('refuses a bad probe URL with a reason and keeps what was stored', async () => {
    await settings.saveSettings({ probeUrl: 'http://127.0.0.1:8787' });
    mount(deps());
    fireEvent.input(await screen.findByLabelText(t('ui_optProbeUrl')), { target: { value: 'ftp://nope' } });
    fireEvent.click(section('probe-heading').querySelector('button[type=submit]') as Element);
    expect((await screen.findByRole('alert')).textContent).toBe(t('ui_errProbeUrlInvalid'));
    expect((await settings.loadSettings()).probeUrl).toBe('http://127.0.0.1:8787');
  });

  it('loads a provider profile from a file, and refuses a broken one with the validator\'s reasons', async () => {
    mount(deps());
    const input = (await screen.findByLabelText(t('ui_optProfileLoad'))) as HTMLInputElement;
    const other = JSON.stringify({ ...JSON.parse(profileJson), id: 'otherhost', name: 'Other Host' });
    fireEvent.change(input, { target: { files: [new File([other], 'other.json', { type: 'application/json' })] } });
    await waitFor(async () => expect((await settings.loadSettings()).profile).toMatchObject({ kind: 'custom', profile: { name: 'Other Host' } }));
    expect(screen.getByText(t('ui_optProfileCurrent', ['Other Host']))).toBeTruthy();

    fireEvent.change(input, { target: { files: [new File(['{"name": 3}'], 'bad.json')] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent?.startsWith(t('ui_errProfileInvalid'))).toBe(true);
    expect((await settings.loadSettings()).profile).toMatchObject({ kind: 'custom', profile: { name: 'Other Host' } });
  });

  it('enables a self-hosted webmail by its address, and removes it', async () => {
    const enableSite = vi.fn(async () => ({ ok: true as const, value: undefined }));
    const disableSite = vi.fn(async () => ({ ok: true as const, value: undefined }));
    mount(deps({ enableSite, disableSite }));
    fireEvent.input(await screen.findByLabelText(t('ui_optSiteAdd')), { target: { value: 'https://webmail.example.com:2096/' } });
    fireEvent.click(section('sites-heading').querySelector('button[type=submit]') as Element);
    await waitFor(async () => expect((await settings.loadSettings()).sites).toEqual(['https://webmail.example.com/*']));
    expect(enableSite).toHaveBeenCalledWith('https://webmail.example.com/*');
    fireEvent.click(await screen.findByRole('button', { name: t('ui_optSiteRemoveLabel', ['https://webmail.example.com/*']) }));
    await waitFor(async () => expect((await settings.loadSettings()).sites).toEqual([]));
    expect(disableSite).toHaveBeenCalledWith('https://webmail.example.com/*');
  });

  it('a refused permission is said, and nothing is saved', async () => {
    mount(deps({ enableSite: async () => ({ ok: false, error: 'ui_errSiteDenied' }) }));
    fireEvent.input(await screen.findByLabelText(t('ui_optSiteAdd')), { target: { value: 'webmail.example.com' } });
    fireEvent.click(section('sites-heading').querySelector('button[type=submit]') as Element);
    expect((await screen.findByRole('alert')).textContent).toBe(t('ui_errSiteDenied'));
    expect((await settings.loadSettings()).sites).toEqual([]);
  });

  it('changing the language saves it and reloads the page in it', async () => {
    const reload = vi.fn();
    mount(deps({ reload }));
    const select = await screen.findByRole('combobox');
    fireEvent.change(select, { target: { value: 'de' } });
    await waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect((await settings.loadSettings()).language).toBe('de');
  });
});
