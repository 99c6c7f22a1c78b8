// Settings in storage.local through @webext-core/fake-browser (an in-memory storage with the real API).
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { DEFAULT_SETTINGS, loadSettings, loadSettingsWithLocks, parseProfile, sanitizeSettings, saveSettings, validateOutgoingServer, validateProbeUrl } = await import(
  '../../../../src/extension/shared/settings.ts'
);
const { sanitizeManaged, applyManaged } = await import('../../../../src/extension/shared/managed-settings.ts');
const profileJson = readFileSync(new URL('../../../../src/core/profile/proredline.json', import.meta.url), 'utf8');

beforeEach(() => fakeBrowser.reset());

describe('probe URL', () => {
  it('keeps an http(s) origin and path, without a trailing slash; empty means none', () => {
    expect(validateProbeUrl(' http://127.0.0.1:8787/ ')).toEqual({ ok: true, value: 'http://127.0.0.1:8787' });
    expect(validateProbeUrl('https://probe.example.net/bl/')).toEqual({ ok: true, value: 'https://probe.example.net/bl' });
    expect(validateProbeUrl('')).toEqual({ ok: true, value: '' });
  });

  it('refuses other schemes, nonsense, and credentials in the URL', () => {
    expect(validateProbeUrl('ftp://x.example')).toEqual({ ok: false, error: 'ui_errProbeUrlInvalid' });
    expect(validateProbeUrl('not a url')).toEqual({ ok: false, error: 'ui_errProbeUrlInvalid' });
    expect(validateProbeUrl('https://user:secret@x.example')).toEqual({ ok: false, error: 'ui_errProbeUrlCredentials' });
  });

  it('allows plain http only to loopback (the token travels in a header)', () => {
    for (const loop of ['http://127.0.0.1:8787', 'http://localhost:8787', 'http://[::1]:8787', 'http://127.5.6.7']) {
      expect(validateProbeUrl(loop).ok, loop).toBe(true);
    }
    for (const remote of ['http://probe.example.net', 'http://10.0.0.5:8787', 'http://127.0.0.1.nip.io', 'http://[::ffff:7f00:1]']) {
      expect(validateProbeUrl(remote), remote).toEqual({ ok: false, error: 'opt_errProbeUrlHttp' });
    }
  });
});

describe('outgoing server', () => {
  it('keeps a bare host name or IPv4 address, lowercased; refuses URLs, ports and nonsense', () => {
    expect(validateOutgoingServer(' Mail.Example.COM. ')).toEqual({ ok: true, value: 'mail.example.com' });
    expect(validateOutgoingServer('192.0.2.7')).toEqual({ ok: true, value: '192.0.2.7' });
    expect(validateOutgoingServer('')).toEqual({ ok: true, value: '' });
    for (const bad of ['https://mail.example.com', 'mail.example.com:587', 'mail example', 'localhost', '999.1.1.1', 'a@b.example']) {
      expect(validateOutgoingServer(bad), bad).toEqual({ ok: false, error: 'opt_errOutgoingServer' });
    }
  });
});

describe('provider profile', () => {
  it('accepts the shipped profile', () => {
    const parsed = parseProfile(profileJson);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.value.name).toBe('ProRedLine');
  });

  it('says what is wrong with a bad one', () => {
    expect(parseProfile('{oops')).toEqual({ ok: false, error: 'ui_errProfileNotJson', details: [] });
    const bad = parseProfile(JSON.stringify({ ...JSON.parse(profileJson), name: '' }));
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.details.join(' ')).toMatch(/name/);
  });
});

describe('stored settings', () => {
  it('start at the defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('save and load back, merged with what was there', async () => {
    await saveSettings({ probeUrl: 'http://127.0.0.1:8787', outgoingServer: 'mail.example.com' });
    await saveSettings({ language: 'de', notes: false });
    expect(await loadSettings()).toMatchObject({ probeUrl: 'http://127.0.0.1:8787', outgoingServer: 'mail.example.com', language: 'de', notes: false });
  });

  it('a damaged field falls back to its default and the others survive', async () => {
    await fakeBrowser.storage.local.set({
      settings: { probeUrl: 'javascript:alert(1)', outgoingServer: 'https://x', notes: 'yes', language: 'xx', sites: ['https://webmail.example.com/*', 'nope', 7, 'https://*:2096/*', '<all_urls>'], profile: { kind: 'custom', profile: { name: 1 } } },
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, sites: ['https://webmail.example.com/*'] });
    expect(sanitizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a valid custom profile', async () => {
    const profile = JSON.parse(profileJson) as object;
    await saveSettings({ profile: { kind: 'custom', profile: { ...profile, name: 'Other Host' } as never } });
    const loaded = await loadSettings();
    expect(loaded.profile.kind === 'custom' && loaded.profile.profile.name).toBe('Other Host');
  });
});

describe('managed storage (an administrator\'s preset)', () => {
  const profile = JSON.parse(profileJson) as Record<string, unknown>;

  it('validates every field like the user\'s own input and drops what does not validate', () => {
    expect(sanitizeManaged({
      probeUrl: 'https://probe.example.net/', outgoingServer: 'Mail.Example.net', notes: false, language: 'de',
      sites: ['webmail.example.net:2096', 'https://*/*', 42], profile: { ...profile, name: 'Fleet Host' }, extra: 'ignored',
    })).toEqual({
      probeUrl: 'https://probe.example.net', outgoingServer: 'mail.example.net', notes: false, language: 'de',
      sites: ['https://webmail.example.net/*'], profile: { ...profile, name: 'Fleet Host' },
    });
    expect(sanitizeManaged({ probeUrl: 'http://probe.example.net', outgoingServer: 'x y', language: 'fr', profile: { name: 1 }, sites: 'nope' })).toEqual({});
    expect(sanitizeManaged(null)).toEqual({});
  });

  it('managed values win over the user\'s; managed sites join the user\'s', () => {
    const local = { ...DEFAULT_SETTINGS, probeUrl: 'https://mine.example', outgoingServer: 'mine.example', sites: ['https://own.example/*'] };
    expect(applyManaged(local, { probeUrl: 'https://fleet.example', sites: ['https://fleet-webmail.example/*'] })).toEqual({
      ...local, probeUrl: 'https://fleet.example', sites: ['https://fleet-webmail.example/*', 'https://own.example/*'],
    });
    expect(applyManaged(local, {})).toEqual(local);
  });

  it('are read from storage.managed and reported as locks; saving never copies them into the user\'s settings', async () => {
    await fakeBrowser.storage.managed.set({ outgoingServer: 'smtp.fleet.example', notes: false });
    await saveSettings({ outgoingServer: 'mine.example', language: 'de' });
    const { settings, managed } = await loadSettingsWithLocks();
    expect(settings).toMatchObject({ outgoingServer: 'smtp.fleet.example', notes: false, language: 'de' });
    expect(managed).toEqual({ outgoingServer: 'smtp.fleet.example', notes: false });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ outgoingServer: 'mine.example', notes: true });
  });
});
