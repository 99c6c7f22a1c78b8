// The content script in real headless Chromium with the built extension, on loopback pages that
// reproduce each supported webmail's DOM around real corpus bounces (test/fixtures/sisimai).
// Gmail, Outlook and Yahoo pages are served over HTTPS under their real host names, which the
// browser resolves to 127.0.0.1 (see launchWithExtension): the adapters match them as in real life.
// The Gmail pages (conversation and "Show original") are reconstructions: no real Gmail is reachable here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, saveScreenshot, type LaunchedBrowser } from './helpers/browser.ts';
import { startStaticServer, type Route, type StaticServer } from './helpers/static-server.ts';
import { selfSignedCertificate } from './helpers/tls.ts';
import { GMAIL_IK, gmailMessageId, gmailOriginalUid, webmailPath, webmailRoutes } from './helpers/webmail-pages.ts';
import { CORPUS_DIR } from './helpers/render-message.ts';
import { ROOT } from './helpers/paths.ts';
import { sendToTab } from './helpers/tab-messages.ts';
import type { PageBounce } from '../../src/extension/messages.ts';

const HOSTS = { gmail: 'mail.google.com', outlook: 'outlook.office.com', yahoo: 'mail.yahoo.com' };

/** Corpus messages by uid (uid = index + 1). */
const MESSAGES = [
  'eml/lhost-sendmail-01.eml', // 1 Roundcube preview
  'eml/lhost-exim-01.eml', // 2 Roundcube full view
  'eml/lhost-gmail-01.eml', // 3 Gmail
  'eml/lhost-outlook-01.eml', // 4 Outlook
  'eml/rhost-yahooinc-01.eml', // 5 Yahoo
  'eml/lhost-qmail-01.eml', // 6 generic (Horde)
  'eml/lhost-sendmail-29.eml', // 7 delay warning
  'eml/rfc3464-28.eml', // 8 delivery notice
  'not-bounce/is-not-bounce-01.eml', // 9 ordinary mail
  'eml/lhost-sendmail-01.eml', // 10 Roundcube whose raw source fails
  'eml/lhost-qmail-01.eml', // 11 generic page under a strict CSP
  'eml/lhost-gmail-01.eml', // 12 Gmail whose Show original is missing
  'eml/lhost-gmail-01.eml', // 13 Gmail whose Show original comes back cut off
];
const GMAIL_NO_SOURCE_UID = 12;
const GMAIL_CUT_SOURCE_UID = 13;
const STRICT_CSP_UID = 11;
const BROKEN_SOURCE_UID = 10;

// Expected causes come from the corpus labels (Sisimai's reason) and the reference reason→bucket table.
const labels = readFileSync(join(CORPUS_DIR, 'labels.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
const reasonOf = (file: string) => labels.find((c) => c[0] === file && c[2] === '1')?.[4] ?? '';
const slugOf = new Map(readFileSync(join(ROOT, 'test/fixtures/reference/buckets.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => {
  const [id, slug] = l.split('\t');
  return [id ?? '', slug ?? ''];
}));
const bucketOf = (reason: string) => {
  const row = readFileSync(join(ROOT, 'test/fixtures/reference/sisimai-reason-to-bucket.tsv'), 'utf8').split('\n').map((l) => l.split('\t')).find((c) => c[0]?.toLowerCase() === reason);
  return slugOf.get(row?.[5] ?? '') ?? '';
};
const en = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

let browser: LaunchedBrowser;
let http: StaticServer;
let https: StaticServer;

beforeAll(async () => {
  const brokenSource: Route = (url) =>
    url.searchParams.get('_action') === 'viewsource' && url.searchParams.get('_uid') === String(BROKEN_SOURCE_UID)
      ? { status: 500, type: 'text/html', body: '<h1>Internal error</h1>' }
      : null;
  const pages = webmailRoutes(MESSAGES);
  // A webmail that forbids inline styles and scripts of its own: the note must still be styled.
  const strictCsp: Route = async (url, req) => {
    if (url.searchParams.get('uid') !== String(STRICT_CSP_UID)) return null;
    const reply = await pages(url, req);
    return reply && { ...reply, headers: { 'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'self'" } };
  };
  const gmailBrokenSource: Route = async (url, req) => {
    const uid = Number(gmailOriginalUid(url));
    if (uid === GMAIL_NO_SOURCE_UID) return { status: 404, type: 'text/html', body: '<h1>Not Found</h1>' };
    if (uid !== GMAIL_CUT_SOURCE_UID) return null;
    const reply = await pages(url, req);
    const html = String(reply?.body ?? '');
    // The connection dropped mid-message: the <pre> never closes.
    return reply && { ...reply, body: html.slice(0, html.indexOf('</pre>') - 100) };
  };
  const routes = [brokenSource, strictCsp, gmailBrokenSource, pages];
  http = await startStaticServer({ routes });
  https = await startStaticServer({ routes, tls: selfSignedCertificate(Object.values(HOSTS)) });
  browser = await launchWithExtension({ loopbackHosts: Object.values(HOSTS) });
});
afterAll(async () => {
  await browser?.close();
  await http?.close();
  await https?.close();
});

/** Asks the tab's content scripts what they found, as the popup does. */
async function bouncesOnTab(url: string): Promise<PageBounce[] | null> {
  const answer = await sendToTab<{ bounces: PageBounce[] }>(browser, url, { type: 'cs:get-bounces', payload: {} });
  return answer?.bounces ?? null;
}

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(url);
  return page;
}

async function noteIn(where: Page | Frame) {
  const host = where.locator('bounce-lens-note');
  await host.first().waitFor({ state: 'attached', timeout: 10_000 });
  return host;
}

const CASES = [
  { name: 'roundcube-preview', uid: 1, url: () => http.origin + webmailPath.roundcubeMailbox(1), adapter: 'roundcube', raw: true, iframe: true },
  { name: 'roundcube-show', uid: 2, url: () => http.origin + webmailPath.roundcubeShow(2), adapter: 'roundcube', raw: true, iframe: false },
  { name: 'gmail', uid: 3, url: () => `https://${HOSTS.gmail}:${https.port}${webmailPath.gmail(3)}`, adapter: 'gmail', raw: true, iframe: false },
  { name: 'outlook', uid: 4, url: () => `https://${HOSTS.outlook}:${https.port}${webmailPath.outlook(4)}`, adapter: 'outlook', raw: false, iframe: false },
  { name: 'yahoo', uid: 5, url: () => `https://${HOSTS.yahoo}:${https.port}${webmailPath.yahoo(5)}`, adapter: 'yahoo', raw: false, iframe: false },
  { name: 'generic', uid: 6, url: () => http.origin + webmailPath.generic(6), adapter: 'generic', raw: false, iframe: false },
];

describe('annotates real corpus bounces in each webmail', () => {
  for (const c of CASES) {
    it(`${c.name}: ${MESSAGES[c.uid - 1]}`, async () => {
      const file = MESSAGES[c.uid - 1] as string;
      const page = await open(c.url());
      try {
        const where = c.iframe ? page.frameLocator('#messagecontframe') : page;
        const frame = c.iframe ? await (await page.waitForSelector('#messagecontframe')).contentFrame() : page;
        if (!frame) throw new Error('no preview frame');
        const host = await noteIn(frame);
        await expect.poll(() => host.count()).toBe(1);
        const head = where.locator('bounce-lens-note button.head');
        await saveScreenshot(page, `annotate-${c.name}-collapsed`);
        // Keyboard: the header is a button; Enter expands the steps.
        await head.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => head.getAttribute('aria-expanded')).toBe('true');
        await saveScreenshot(page, `annotate-${c.name}`);

        const reason = reasonOf(file);
        expect(await host.getAttribute('data-bounce-lens-reason')).toBe(reason);
        expect(await host.getAttribute('data-bounce-lens-bucket')).toBe(bucketOf(reason));
        const line = (await where.locator('bounce-lens-note .line').textContent()) ?? '';
        expect(line.length).toBeGreaterThan(5);
        expect(line).not.toMatch(/^[a-z]+_[A-Za-z0-9_]+$/); // a catalogue key shown raw means a missing message

        // The evidence is highlighted over the page's own text nodes (CSS Custom Highlight API).
        const highlighted = await frame.evaluate(() => {
          const registry = (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
          return registry?.get('bounce-lens-evidence')?.size ?? 0;
        });
        expect(highlighted).toBeGreaterThan(0);

        const bounces = await bouncesOnTab(c.url());
        expect(bounces).toHaveLength(1);
        expect(bounces?.[0]).toMatchObject({ adapter: c.adapter, fromRawSource: c.raw });
        for (const target of bounces?.[0]?.probeTargets ?? []) {
          expect(Object.keys(target).every((k) => ['host', 'port', 'security', 'domain'].includes(k))).toBe(true);
          expect(target.host).toMatch(/^[a-z0-9.-]+$/);
        }
        if (c.raw && c.adapter === 'roundcube') expect(http.requests.some((r) => r.includes('_action=viewsource') && r.includes(`_uid=${c.uid}`))).toBe(true);
        // Gmail's Show original answers only to the page's session cookie and its GLOBALS ik token.
        if (c.adapter === 'gmail') expect(https.requests).toContain(`/mail/u/0/?ik=${GMAIL_IK}&view=om&permmsgid=msg-f%3A${gmailMessageId(c.uid)}`);
      } finally {
        await page.close();
      }
    });
  }
});

describe('says what is not an error', () => {
  it('a delay warning: still trying, nothing to do yet', async () => {
    const page = await open(http.origin + webmailPath.generic(7));
    try {
      const host = await noteIn(page);
      await saveScreenshot(page, 'annotate-delay');
      expect(await host.getAttribute('data-bounce-lens-tone')).toBe('delay');
      // The one line: the delay's title, no "permanent", nobody asked to act.
      const line = await page.locator('bounce-lens-note .line').textContent();
      expect(line).toContain(en.k_delay_t?.message);
      expect(line).not.toContain(en.sum_perm_permanent?.message);
    } finally {
      await page.close();
    }
  });

  it('a delivery notice is not an error', async () => {
    const page = await open(http.origin + webmailPath.generic(8));
    try {
      const host = await noteIn(page);
      await saveScreenshot(page, 'annotate-delivery');
      expect(await host.getAttribute('data-bounce-lens-tone')).toBe('info');
      expect(await host.getAttribute('data-bounce-lens-bucket')).toBe('not-an-error');
    } finally {
      await page.close();
    }
  });

  it('ordinary mail gets no note, and the tab reports no bounces', async () => {
    const url = http.origin + webmailPath.generic(9);
    const page = await open(url);
    try {
      await page.waitForLoadState('load');
      await expect.poll(() => bouncesOnTab(url), { timeout: 10_000 }).toEqual([]);
      expect(await page.locator('bounce-lens-note').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});

describe('when things go wrong', () => {
  it('Roundcube without its raw source: the rendered text is analysed instead', async () => {
    const url = http.origin + webmailPath.roundcubeShow(BROKEN_SOURCE_UID);
    const page = await open(url);
    try {
      const host = await noteIn(page);
      expect(await host.getAttribute('data-bounce-lens-reason')).toBe(reasonOf(MESSAGES[BROKEN_SOURCE_UID - 1] as string));
      const bounces = await bouncesOnTab(url);
      expect(bounces?.[0]).toMatchObject({ adapter: 'roundcube', fromRawSource: false });
    } finally {
      await page.close();
    }
  });

  for (const [what, uid] of [['missing', GMAIL_NO_SOURCE_UID], ['cut off', GMAIL_CUT_SOURCE_UID]] as const) {
    it(`Gmail whose Show original is ${what}: the rendered text is analysed instead`, async () => {
      const url = `https://${HOSTS.gmail}:${https.port}${webmailPath.gmail(uid)}`;
      const page = await open(url);
      try {
        const host = await noteIn(page);
        expect(await host.getAttribute('data-bounce-lens-reason')).toBe(reasonOf(MESSAGES[uid - 1] as string));
        expect(https.requests.some((r) => r.includes('view=om') && r.includes(gmailMessageId(uid)))).toBe(true);
        const bounces = await bouncesOnTab(url);
        expect(bounces?.[0]).toMatchObject({ adapter: 'gmail', fromRawSource: false });
      } finally {
        await page.close();
      }
    });
  }

  it('a page whose CSP forbids inline styles still gets a styled note', async () => {
    const page = await open(http.origin + webmailPath.generic(STRICT_CSP_UID));
    try {
      await noteIn(page);
      await saveScreenshot(page, 'annotate-strict-csp');
      // 4px: the note's own left border, which only its shadow-root stylesheet sets.
      const border = await page.locator('bounce-lens-note .note').evaluate((el) => getComputedStyle(el).borderLeftWidth);
      expect(border).toBe('4px');
    } finally {
      await page.close();
    }
  });

  // Chrome stops an idle MV3 service worker after 30 s; the content script's next ask must wake it.
  // Stopped here through the DevTools protocol (ServiceWorker.stopAllWorkers), the same stop Chrome makes.
  it('a stopped service worker is woken by the next bounce and annotates it', async () => {
    const page = await open(http.origin + webmailPath.generic(6));
    try {
      await noteIn(page);
      const cdp = await browser.context.newCDPSession(page);
      const workers = async () => ((await cdp.send('Target.getTargets')).targetInfos as { type: string; url: string }[])
        .filter((t) => t.type === 'service_worker' && t.url.startsWith(browser.extensionUrl('')));
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(async () => (await workers()).length, { timeout: 10_000 }).toBe(0);
      // A second bounce body appears (the webmail opened another message in the same view).
      await page.evaluate(() => {
        const copy = document.getElementById('messageBody')?.cloneNode(true) as HTMLElement;
        copy.id = 'messageBody2';
        document.body.append(copy);
      });
      await expect.poll(() => page.locator('bounce-lens-note').count(), { timeout: 20_000 }).toBe(2);
      expect((await workers()).length).toBe(1);
      await cdp.detach();
    } finally {
      await page.close();
    }
  });

  // Last: it reloads the extension. Chrome does not inject the new copy into open tabs, so the old
  // content script is orphaned (browser.runtime.id gone) and must take its notes away and stop.
  it('goes quiet when the extension is updated: notes removed, nothing more annotated', async () => {
    const page = await open(http.origin + webmailPath.generic(6));
    try {
      await noteIn(page);
      const worker = browser.context.serviceWorkers()[0];
      await worker?.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
      // The orphan notices on its next batch of page changes.
      await page.evaluate(() => document.body.append(document.createElement('div')));
      await expect.poll(() => page.locator('bounce-lens-note').count(), { timeout: 10_000 }).toBe(0);
      await page.evaluate(() => {
        const copy = document.getElementById('messageBody')?.cloneNode(true) as HTMLElement;
        copy.id = 'messageBody2';
        document.body.append(copy);
      });
      await page.waitForTimeout(500);
      expect(await page.locator('bounce-lens-note').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
