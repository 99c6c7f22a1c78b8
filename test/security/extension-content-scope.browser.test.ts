// Issue 13.3: the content script must not run on every https://*:2096/* page, in all frames. In
// 0.1 any site on that port (cPanel's webmail port), or its iframe inside any page, got the
// content script, could feed text to bg:analyze and to the popup's bounce list, and so start
// the password leak of 13.1 from an ordinary web page. Now the provider's webmail is turned on
// per site with one click (an optional host permission, registered with
// scripting.registerContentScripts) or preset by an administrator; Gmail, Outlook and Yahoo stay.
//
// Real parts: the manifest the real build wrote; headless Chromium with that build; a hostile
// page with a forged bounce served over HTTPS on 127.0.0.62:2096 (loopback), alone and framed in
// an ordinary page; the DevTools protocol tells whether the extension's world exists in a frame.
// For the one click, this test's copy of the build has the site's permission granted at install,
// because headless Chromium cannot click the permission prompt (the click on "Turn on" is real).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from '../e2e/helpers/browser.ts';
import { CHROME_EXTENSION_DIR, ROOT } from '../e2e/helpers/paths.ts';
import { startStaticServer, type StaticServer } from '../e2e/helpers/static-server.ts';
import { selfSignedCertificate } from '../e2e/helpers/tls.ts';
import { webmailPath, webmailRoutes } from '../e2e/helpers/webmail-pages.ts';
import { hasWildcardHost } from '../../src/extension/shared/webmail-hosts.ts';
import { isolatedWorlds } from './helpers/isolated-world.ts';

const HOSTILE_HOST = '127.0.0.62';
const HOSTILE = `https://${HOSTILE_HOST}:2096`;
const GRANTED_DIR = join(ROOT, 'test-output/security-content-scope/chrome');
const route = webmailRoutes(['eml/lhost-exim-01.eml']);

let hostile: Server;
let http: StaticServer;

async function startHostile(): Promise<Server> {
  const tls = selfSignedCertificate(['hostile.example']);
  const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    void (async () => {
      const reply = await route(new URL(req.url ?? '/', HOSTILE), req);
      res.writeHead(reply?.status ?? (reply ? 200 : 404), { 'content-type': reply?.type ?? 'text/plain' });
      res.end(reply?.body ?? 'not found');
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(2096, HOSTILE_HOST, resolve);
  });
  return server;
}

/** An ordinary page (covered by the e2e build) that frames the hostile one. */
const framing = (url: URL) => (url.pathname === '/framing'
  ? { type: 'text/html; charset=utf-8', body: `<!doctype html><title>news</title><p>An ordinary page.</p><iframe id="ad" src="${HOSTILE}${webmailPath.generic(1)}" width="600" height="400"></iframe>` }
  : null);

beforeAll(async () => {
  hostile = await startHostile();
  http = await startStaticServer({ routes: [framing] });
});
afterAll(async () => {
  await new Promise<void>((resolve) => (hostile ? hostile.close(() => resolve()) : resolve()));
  await http?.close();
});

describe('where the content script runs (13.3)', () => {
  it('the built manifest names no any-host pattern: not in content scripts, not in host permissions', () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      content_scripts: { matches: string[] }[]; host_permissions: string[];
    };
    const patterns = [...manifest.content_scripts.flatMap((c) => c.matches), ...manifest.host_permissions];
    expect(patterns).toContain('https://mail.google.com/*'); // the big webmails stay built in
    expect(patterns.filter(hasWildcardHost)).toEqual([]);
  });

  describe('in Chromium with the build', () => {
    let browser: LaunchedBrowser;
    beforeAll(async () => {
      // One renderer for all frames, so the DevTools session of the page sees the framed site too.
      browser = await launchWithExtension({ extraArgs: ['--ignore-certificate-errors', '--disable-site-isolation-trials', '--disable-features=IsolateOrigins,site-per-process'] });
    });
    afterAll(async () => browser?.close());

    it('a page on port 2096 that nobody turned on gets no content script, alone or framed in another page', async () => {
      const page = await browser.context.newPage();
      const worlds = await isolatedWorlds(page);
      try {
        await page.goto(`${HOSTILE}${webmailPath.generic(1)}`);
        await page.locator('#messageBody').waitFor();
        await page.goto(`${http.origin}/framing`);
        const frame = page.frameLocator('#ad');
        await frame.locator('#messageBody').waitFor();
        await page.waitForTimeout(1500); // document_idle and a scan's debounce, had the script run
        const hostileFrames = page.frames().filter((f) => f.url().startsWith(HOSTILE));
        expect(hostileFrames).toHaveLength(1);
        // The ordinary page (covered by the e2e build) has the extension's world; the 2096 frame has none.
        expect(await worlds.evaluate<number>(page.mainFrame(), '1')).toBe(1);
        for (const f of hostileFrames) expect(await worlds.evaluate<number>(f, '1')).toBeNull();
        expect(await frame.locator('bounce-lens-note').count()).toBe(0);
      } finally {
        await worlds.close();
        await page.close();
      }
    });
  });

  describe('turned on for one site with one click', () => {
    let browser: LaunchedBrowser;
    beforeAll(async () => {
      rmSync(GRANTED_DIR, { recursive: true, force: true });
      mkdirSync(GRANTED_DIR, { recursive: true });
      cpSync(CHROME_EXTENSION_DIR, GRANTED_DIR, { recursive: true });
      const path = join(GRANTED_DIR, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as { host_permissions: string[] };
      manifest.host_permissions.push(`https://${HOSTILE_HOST}/*`); // the prompt's "Allow", given at install
      writeFileSync(path, JSON.stringify(manifest, null, 2));
      browser = await launchWithExtension({ extensionDir: GRANTED_DIR, extraArgs: ['--ignore-certificate-errors'] });
    });
    afterAll(async () => browser?.close());

    it('"Turn on" in the options registers it, and notes appear there', async () => {
      const page = await browser.context.newPage();
      const options = await browser.context.newPage();
      try {
        await page.goto(`${HOSTILE}${webmailPath.generic(1)}`);
        await page.waitForTimeout(1000);
        expect(await page.locator('bounce-lens-note').count()).toBe(0); // granted is not enough: the user turns it on

        await options.goto(browser.extensionUrl('src/extension/options/index.html'));
        await options.locator('input[name=site]').fill(`${HOSTILE_HOST}:2096`);
        await options.locator('form', { has: options.locator('input[name=site]') }).locator('button[type=submit]').click();
        await options.getByLabel(HOSTILE_HOST, { exact: true }).waitFor();

        await page.reload();
        await page.locator('bounce-lens-note').first().waitFor({ timeout: 15_000 });
      } finally {
        await options.close();
        await page.close();
      }
    });
  });
});
