// The provider profile: the default is valid, another host's JSON validates without code, and
// bad input gets every problem named.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, validateProfile, webmailMatchPatterns, profileSubs } from '../../../../src/core/profile/index.ts';
import defaultJson from '../../../../src/core/profile/proredline.json';
import { catalogue } from './fixtures.ts';

const known = new Set(Object.keys(catalogue('en')).map((k) => k.toLowerCase()));

describe('provider profile', () => {
  it('ships a valid default whose do/don\'t names exist in the catalogue', () => {
    expect(validateProfile(defaultJson, known)).toEqual({ ok: true, profile: DEFAULT_PROFILE });
    expect(DEFAULT_PROFILE.smtp).toMatchObject({ authRequired: true, secureOnly: true });
    expect(DEFAULT_PROFILE.places.settings).toMatch(/Connect Devices/);
  });

  it('accepts another host\'s profile as data', () => {
    const other = { ...defaultJson, id: 'examplehost', name: 'ExampleHost', controlPanel: 'Plesk', supportUrl: 'https://help.example.com/mail', webmail: [{ host: 'webmail.example.com' }, { host: '*.example.net', port: 8443 }] };
    const result = validateProfile(JSON.parse(JSON.stringify(other)), known);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(webmailMatchPatterns(result.profile)).toEqual(['https://webmail.example.com/*', 'https://*.example.net:8443/*']);
      expect(profileSubs(result.profile)[5]).toBe('https://help.example.com/mail');
    }
  });

  it('names every problem of a bad profile', () => {
    const bad = { ...defaultJson, schema: 2, name: '', supportUrl: 'http://insecure', smtp: { authRequired: 'yes', secureOnly: true, ports: [{ port: 70000, security: 'ssl' }] }, webmail: [{ host: 'bad host' }], dos: ['k_s_nonexistent', 'not a key'] };
    const result = validateProfile(bad, known);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual(expect.arrayContaining([
        expect.stringMatching(/^schema/), expect.stringMatching(/^name/), expect.stringMatching(/^supportUrl/),
        expect.stringMatching(/^smtp\.authRequired/), expect.stringMatching(/^smtp\.ports\[0\]/), expect.stringMatching(/^webmail\[0\]/),
        expect.stringMatching(/^dos\[0\].*not in the catalogue/), expect.stringMatching(/^dos\[1\]/),
      ]));
    }
    for (const v of [null, 42, 'x', []]) expect(validateProfile(v).ok).toBe(false);
  });

  it('gives cPanel webmail on :2096 as a host permission, never widened to every site without the port', () => {
    expect(webmailMatchPatterns(DEFAULT_PROFILE)).toEqual(['https://*:2096/*']);
    expect(webmailMatchPatterns(DEFAULT_PROFILE, false)).toEqual([]);
    const named = { ...DEFAULT_PROFILE, webmail: [{ host: 'webmail.example.com', port: 2096 }, { host: '*', port: 2096 }] };
    expect(webmailMatchPatterns(named, false)).toEqual(['https://webmail.example.com/*']);
  });

  it('names the panel\'s places in the reader\'s language, falling back to the English names', async () => {
    expect(profileSubs(DEFAULT_PROFILE, 'de')[2]).toBe('cPanel → E-Mail-Konten → Geräte verbinden');
    expect(profileSubs(DEFAULT_PROFILE, 'en')[2]).toBe(DEFAULT_PROFILE.places.settings);
    const partial = { ...DEFAULT_PROFILE, placesByLang: { de: { deliverability: 'Plesk → DNS-Prüfung' } } };
    expect(profileSubs(partial, 'de').slice(2, 5)).toEqual([DEFAULT_PROFILE.places.settings, 'Plesk → DNS-Prüfung', DEFAULT_PROFILE.places.mailboxStatus]);
    const { explain } = await import('../../../../src/core/knowledge/index.ts');
    const e = (await explain('535 5.7.8 Username and Password not accepted.', { lang: 'de' })).items[0]?.explanation;
    expect(e?.steps.flatMap((s) => s.subs ?? [])).toContain('cPanel → E-Mail-Konten → Geräte verbinden');
  });

  it('names every problem of a bad placesByLang', () => {
    const bad = { ...defaultJson, placesByLang: { German: {}, de: { settings: '', elsewhere: 'x' } } };
    const result = validateProfile(bad, known);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual(expect.arrayContaining([expect.stringMatching(/^placesByLang\.German/), 'placesByLang.de: unknown place elsewhere', expect.stringMatching(/^placesByLang\.de\.settings/)]));
  });
});
