// Issue 13.10: the probe token must not be readable by the content script, and the token must
// never go over plain http to anything but loopback. In 0.1 the token sat in storage.local's
// "settings", which a content script reads in every webmail page (and a page that subverts the
// content script, or a bug in it, with it).
//
// Real parts: the built extension in headless Chromium; the token is saved through the options
// page as a person would; a webmail page on loopback with a real bounce makes the content script
// run; then everything the content script's own world can reach (every storage area, the page
// origin's IndexedDB) is read from inside that world through the DevTools protocol.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from '../e2e/helpers/browser.ts';
import { t } from '../e2e/helpers/catalogue.ts';
import { configureProbe, openAdvanced } from '../e2e/helpers/extension-pages.ts';
import { startStaticServer, type StaticServer } from '../e2e/helpers/static-server.ts';
import { webmailPath, webmailRoutes } from '../e2e/helpers/webmail-pages.ts';
import { isolatedWorlds } from './helpers/isolated-world.ts';

const TOKEN = `tok-${randomBytes(16).toString('hex')}`;

/** Runs inside the content script's world: everything it can read, as one string. */
const READ_EVERYTHING = `(async () => {
  const out = {};
  for (const area of ['local', 'sync', 'session', 'managed']) {
    try { out[area] = await chrome.storage[area].get(null); } catch (e) { out[area] = 'refused: ' + e.message; }
  }
  try {
    const names = (await indexedDB.databases()).map((d) => d.name);
    out.indexedDB = {};
    for (const name of names) {
      const db = await new Promise((resolve, reject) => { const r = indexedDB.open(name); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
      for (const store of db.objectStoreNames) {
        out.indexedDB[name + '/' + store] = await new Promise((resolve) => { const r = db.transaction(store).objectStore(store).getAll(); r.onsuccess = () => resolve(r.result); r.onerror = () => resolve(String(r.error)); });
      }
      db.close();
    }
  } catch (e) { out.indexedDB = 'refused: ' + e.message; }
  return JSON.stringify(out);
})()`;

let browser: LaunchedBrowser;
let http: StaticServer;

beforeAll(async () => {
  http = await startStaticServer({ routes: [webmailRoutes(['eml/lhost-exim-01.eml'])] });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await http?.close();
});

interface WorkerChrome {
  chrome: { storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } }; runtime: { reload(): void } };
}

/** The token as the service worker's IndexedDB holds it ('' when none). */
async function tokenInWorker(): Promise<string> {
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  return worker.evaluate(() => new Promise<string>((resolve, reject) => {
    const open = indexedDB.open('bounce-lens-secrets');
    open.onerror = () => reject(open.error);
    open.onupgradeneeded = () => open.result.createObjectStore('secrets');
    open.onsuccess = () => {
      const get = open.result.transaction('secrets').objectStore('secrets').get('probeToken');
      get.onsuccess = () => resolve(typeof get.result === 'string' ? get.result : '');
      get.onerror = () => reject(get.error);
    };
  }));
}

describe('the probe token and the content script (13.10)', () => {
  it('a token that version 0.1 left in storage.local moves out of it when the extension updates', async () => {
    const old = `old-${randomBytes(8).toString('hex')}`;
    const worker = browser.context.serviceWorkers()[0];
    if (!worker) throw new Error('no service worker');
    await worker.evaluate(async (token) => {
      const { chrome } = globalThis as unknown as WorkerChrome;
      await chrome.storage.local.set({ settings: { probeUrl: 'http://127.0.0.1:8787', probeToken: token, language: 'auto' } });
    }, old);
    const restarted = browser.context.waitForEvent('serviceworker', { timeout: 15_000 });
    await worker.evaluate(() => (globalThis as unknown as WorkerChrome).chrome.runtime.reload()).catch(() => undefined);
    await restarted;
    await expect.poll(tokenInWorker, { timeout: 10_000 }).toBe(old);
    const settings = await browser.context.serviceWorkers()[0]?.evaluate(async () => (await (globalThis as unknown as WorkerChrome).chrome.storage.local.get('settings')).settings);
    expect(JSON.stringify(settings)).not.toContain(old);
    expect(settings).toMatchObject({ probeUrl: 'http://127.0.0.1:8787' });
  });

  it('a token saved in the options is nowhere the content script can read; the service worker still has it', async () => {
    await configureProbe(browser, 'http://127.0.0.1:8787', TOKEN);
    const page = await browser.context.newPage();
    const worlds = await isolatedWorlds(page);
    try {
      await page.goto(http.origin + webmailPath.generic(1));
      await page.locator('bounce-lens-note').first().waitFor({ timeout: 15_000 }); // the content script ran here
      const seen = await worlds.evaluate<string>(page.mainFrame(), READ_EVERYTHING);
      expect(seen, 'the test reached the content script\'s world').not.toBeNull();
      expect(seen).toContain('http://127.0.0.1:8787'); // it does see the settings: the probe URL is no secret
      expect(seen).not.toContain(TOKEN);

      // The control: the token was saved, and the service worker (the only one that sends it) reads it.
      expect(await tokenInWorker()).toBe(TOKEN);
    } finally {
      await worlds.close();
      await page.close();
    }
  });

  it('refuses a plain-http probe address on another host (the token would cross the network readable)', async () => {
    const options = await browser.context.newPage();
    try {
      await options.goto(browser.extensionUrl('src/extension/options/index.html'));
      await openAdvanced(options);
      await options.locator('input[name=probeUrl]').fill('http://probe.example.net:8787');
      await options.locator('section[aria-labelledby=probe-heading] button[type=submit]').click();
      await expect.poll(() => options.locator('section[aria-labelledby=probe-heading] [role=alert]').textContent()).toBe(t('opt_errProbeUrlHttp'));
      const stored = await options.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { probeUrl?: string }>> } } } };
        return (await chrome.storage.local.get('settings')).settings?.probeUrl;
      });
      expect(stored).toBe('http://127.0.0.1:8787');
    } finally {
      await options.close();
    }
  });
});
