// Enabling a self-hosted webmail per site. fake-browser has no permissions or scripting
// registration: a small in-memory stand-in of each (below) records what the browser is asked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const { disableSite, enableSite, isBuiltInSite, sitePattern, syncSiteScripts } = await import('../../../../src/extension/shared/site-access.ts');

let granted: Set<string>;
let registered: Map<string, { id: string; matches: string[]; js: string[]; allFrames: boolean }>;
let userSays: boolean;

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  registered = new Map();
  userSays = true;
  Object.assign(fakeBrowser.runtime, {
    getManifest: () => ({ content_scripts: [{ matches: ['https://mail.google.com/*', 'https://*:2096/*'], js: ['src/extension/content/index.js'] }] }),
  });
  Object.assign(fakeBrowser.permissions, {
    request: async ({ origins }: { origins: string[] }) => {
      if (userSays) origins.forEach((o) => granted.add(o));
      return userSays;
    },
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
    remove: async ({ origins }: { origins: string[] }) => origins.forEach((o) => granted.delete(o)),
  });
  Object.assign(fakeBrowser.scripting, {
    registerContentScripts: async (scripts: { id: string; matches: string[]; js: string[]; allFrames: boolean }[]) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    },
    getRegisteredContentScripts: async (filter?: { ids?: string[] }) =>
      [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id)),
  });
});

describe('site access', () => {
  it('turns an address into a match pattern for its host (match patterns ignore the port)', () => {
    expect(sitePattern('https://webmail.example.com:2096/cpsess123/')).toEqual({ ok: true, value: 'https://webmail.example.com/*' });
    expect(sitePattern('webmail.example.com')).toEqual({ ok: true, value: 'https://webmail.example.com/*' });
    expect(sitePattern('ftp://x.example')).toEqual({ ok: false, error: 'ui_errSiteInvalid' });
    expect(sitePattern('http://')).toEqual({ ok: false, error: 'ui_errSiteInvalid' });
  });

  it('knows which sites the build already covers, port included', () => {
    expect(isBuiltInSite('https://mail.google.com/mail/u/0/')).toBe(true);
    expect(isBuiltInSite('https://host.example.net:2096/')).toBe(true);
    expect(isBuiltInSite('https://host.example.net:2095/')).toBe(false);
    expect(isBuiltInSite('not a url')).toBe(false);
  });

  it('enabling asks for the site and registers the content script there, in every frame', async () => {
    expect(await enableSite('https://webmail.example.com/*')).toEqual({ ok: true, value: undefined });
    expect([...registered.values()]).toEqual([expect.objectContaining({ matches: ['https://webmail.example.com/*'], js: ['src/extension/content/index.js'], allFrames: true })]);
    expect(await enableSite('https://webmail.example.com/*')).toEqual({ ok: true, value: undefined }); // twice is fine
    expect(registered.size).toBe(1);
  });

  it('a refused permission registers nothing', async () => {
    userSays = false;
    expect(await enableSite('https://webmail.example.com/*')).toEqual({ ok: false, error: 'ui_errSiteDenied' });
    expect(registered.size).toBe(0);
  });

  it('sync keeps the permitted sites registered and drops the rest', async () => {
    await enableSite('https://a.example/*');
    await enableSite('https://b.example/*');
    granted.delete('https://b.example/*'); // the user removed it in the browser's settings
    registered.clear(); // e.g. a browser that does not persist registrations
    await syncSiteScripts(['https://a.example/*', 'https://b.example/*']);
    expect([...registered.values()].map((s) => s.matches[0])).toEqual(['https://a.example/*']);
    await disableSite('https://a.example/*');
    expect(registered.size).toBe(0);
    expect(granted.size).toBe(0);
  });
});
