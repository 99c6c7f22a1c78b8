// The shipped manifest and its Firefox variant, as vite.config.ts derives them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestForTarget, GECKO_ID, type SourceManifest } from '../../../../src/extension/shared/manifest-for-target.ts';
import { COMMAND_IDS } from '../../../../src/extension/shared/commands.ts';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8'));
const source = read('manifest.json') as SourceManifest & Record<string, unknown>;
const HOSTS = ['https://mail.google.com/*', 'http://127.0.0.1/*'];

describe('manifest.json', () => {
  it('asks only for the minimal permissions', () => {
    expect([...(source.permissions as string[])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
  });

  it('offers every registered command to keyboard shortcuts, and nothing else', () => {
    const names = Object.keys(source.commands as object).filter((n) => n !== '_execute_action');
    expect([...names].sort()).toEqual([...COMMAND_IDS].sort());
  });

  it('has every __MSG_…__ it uses in the English and German catalogues', () => {
    const used = [...JSON.stringify(source).matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1] ?? '');
    expect(used.length).toBeGreaterThan(3);
    for (const lang of ['en', 'de']) {
      const catalogue = read(`public/_locales/${lang}/messages.json`) as Record<string, unknown>;
      for (const key of used) expect(catalogue[key], `${lang}: ${key}`).toBeDefined();
    }
  });

  it('English and German ui fragments have the same keys', () => {
    const en = Object.keys(read('src/locales/en/ui.json') as object).sort();
    const de = Object.keys(read('src/locales/de/ui.json') as object).sort();
    expect(de).toEqual(en);
  });
});

describe('manifestForTarget', () => {
  it('Chrome: the hosts go into host_permissions and every content script, the service worker stays', () => {
    const chrome = manifestForTarget(source, 'chrome', HOSTS);
    expect(chrome.host_permissions).toEqual(HOSTS);
    expect(chrome.content_scripts?.[0]?.matches).toEqual(HOSTS);
    expect(chrome.background).toEqual(source.background);
    expect(chrome.key).toBe(source.key);
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('Firefox: background scripts, a fixed gecko id, data collection permissions, no key', () => {
    const firefox = manifestForTarget(source, 'firefox', HOSTS);
    expect(firefox.background).toEqual({ scripts: [source.background?.service_worker], type: 'module' });
    expect(firefox.key).toBeUndefined();
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } },
    });
  });

  it('leaves the source untouched', () => {
    const before = JSON.stringify(source);
    manifestForTarget(source, 'firefox', HOSTS);
    expect(JSON.stringify(source)).toBe(before);
  });
});
