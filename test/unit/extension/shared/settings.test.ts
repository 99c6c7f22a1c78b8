// Settings in storage.local through @webext-core/fake-browser (an in-memory storage with the real API).
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { DEFAULT_SETTINGS, loadSettings, parseProfile, sanitizeSettings, saveSettings, validateProbeUrl } = await import(
  '../../../../src/extension/shared/settings.ts'
);
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
    expect(validateProbeUrl('http://user:secret@x.example')).toEqual({ ok: false, error: 'ui_errProbeUrlCredentials' });
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
    await saveSettings({ probeUrl: 'http://127.0.0.1:8787', probeToken: 't0k' });
    await saveSettings({ language: 'de' });
    expect(await loadSettings()).toMatchObject({ probeUrl: 'http://127.0.0.1:8787', probeToken: 't0k', language: 'de' });
  });

  it('a damaged field falls back to its default and the others survive', async () => {
    await fakeBrowser.storage.local.set({
      settings: { probeUrl: 'javascript:alert(1)', probeToken: 'keep', language: 'xx', sites: ['https://webmail.example.com/*', 'nope', 7], profile: { kind: 'custom', profile: { name: 1 } } },
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, probeToken: 'keep', sites: ['https://webmail.example.com/*'] });
    expect(sanitizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a valid custom profile', async () => {
    const profile = JSON.parse(profileJson) as object;
    await saveSettings({ profile: { kind: 'custom', profile: { ...profile, name: 'Other Host' } as never } });
    const loaded = await loadSettings();
    expect(loaded.profile.kind === 'custom' && loaded.profile.profile.name).toBe('Other Host');
  });
});
