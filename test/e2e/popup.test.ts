// The popup in real headless Chromium with the built extension: the bounces the content script
// found on a tab (Roundcube shows the message in an iframe: every frame is asked), expanding one
// by keyboard, the command input explaining pasted text and running a command, light and dark.
// The popup opens as a page with ?tabId= (Playwright cannot click the toolbar button); that is
// the same page and code the toolbar opens, told which tab it is about.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, saveScreenshot, type LaunchedBrowser } from './helpers/browser.ts';
import { t } from './helpers/catalogue.ts';
import { seriousViolations } from './helpers/axe.ts';
import { oneLineSummary } from '../../src/core/knowledge/one-line.ts';
import { catalogueTranslator } from '../../src/core/i18n.ts';
import { activeTabId } from './helpers/extension-pages.ts';
import { startStaticServer, type StaticServer } from './helpers/static-server.ts';
import { webmailPath, webmailRoutes } from './helpers/webmail-pages.ts';
import { ROOT } from './helpers/paths.ts';
import { explain } from '../../src/core/knowledge/index.ts';
import { render } from '../../src/core/i18n.ts';
import { CHROME_EXTENSION_ID } from '../../src/shared/extension-identity.ts';

const MESSAGES = ['eml/lhost-sendmail-01.eml', 'eml/lhost-qmail-01.eml'];
const en = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Parameters<typeof catalogueTranslator>[0];

let browser: LaunchedBrowser;
let http: StaticServer;

beforeAll(async () => {
  http = await startStaticServer({ routes: [webmailRoutes(MESSAGES)] });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await http?.close();
});

async function openPopupFor(tabId: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.emulateMedia({ colorScheme });
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(browser.extensionUrl(`src/extension/popup/index.html?tabId=${tabId}`));
  return popup;
}

describe('popup', () => {
  it('runs under the fixed id the manifest key gives, with every built-in host granted', async () => {
    expect(browser.extensionId).toBe(CHROME_EXTENSION_ID);
    const worker = browser.context.serviceWorkers()[0];
    if (!worker) throw new Error('no service worker');
    // Chrome drops a host pattern it cannot parse (with only a warning): all of ours must be granted.
    const { granted, wanted } = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { permissions: { getAll(): Promise<{ origins?: string[] }> }; runtime: { getManifest(): { host_permissions?: string[] } } } };
      return { granted: (await chrome.permissions.getAll()).origins ?? [], wanted: chrome.runtime.getManifest().host_permissions ?? [] };
    });
    // The big webmails are built in; the provider's webmail (cPanel's :2096) is turned on per site (issue 13.3).
    expect(wanted).toContain('https://mail.google.com/*');
    expect(wanted).not.toContain('https://*:2096/*');
    expect([...granted].sort()).toEqual([...wanted].sort());
  });

  it('lists the bounce found inside the Roundcube preview iframe, and expands it by keyboard', async () => {
    const url = http.origin + webmailPath.roundcubeMailbox(1);
    const page = await browser.context.newPage();
    await page.goto(url);
    const frame = await (await page.waitForSelector('#messagecontframe')).contentFrame();
    if (!frame) throw new Error('no preview frame');
    const note = frame.locator('bounce-lens-note');
    await note.waitFor({ state: 'attached', timeout: 15_000 });

    const popup = await openPopupFor(await activeTabId(browser));
    try {
      const item = popup.locator('li.bounce');
      await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
      // The popup and the inline note agree on the cause: both come from the one engine.
      expect(await item.getAttribute('data-reason')).toBe(await note.getAttribute('data-bounce-lens-reason'));
      expect(await item.getAttribute('data-bucket')).toBe(await note.getAttribute('data-bounce-lens-bucket'));
      const title = (await item.locator('.bounce-title').textContent()) ?? '';
      expect(title.length).toBeGreaterThan(3);
      expect(title).not.toMatch(/^[a-z]+_[A-Za-z0-9_]+$/); // a raw catalogue key means a missing message
      // The same one line as the note on the page.
      expect(title).toBe(await note.evaluate((el) => el.shadowRoot?.querySelector('.line')?.textContent ?? ''));
      expect(await seriousViolations(popup)).toEqual([]);

      const head = item.locator('button.bounce-head');
      expect(await head.getAttribute('aria-expanded')).toBe('false');
      await head.focus();
      await popup.keyboard.press('Enter');
      await expect.poll(() => head.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => item.locator('.bounce-body .explanation').count()).toBeGreaterThan(0);
      // A "user unknown" is the recipient's side: no check of anyone's server is offered for it.
      if (await item.getAttribute('data-bucket') === 'recipient') expect(await item.locator('.probe, .probe-needs').count()).toBe(0);
      expect(await item.locator('.support-actions button.copy-support').textContent()).toBe(t('ext_copy_support'));
      await saveScreenshot(popup, 'popup-bounce-expanded', { fullPage: true });
      expect(await seriousViolations(popup)).toEqual([]);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('explains pasted text from the command input, as the engine does', async () => {
    const text = '550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox table';
    const expected = await explain(text);
    const page = await browser.context.newPage();
    const url = http.origin + webmailPath.generic(2);
    await page.goto(url);
    const popup = await openPopupFor(await activeTabId(browser), 'dark');
    try {
      const input = popup.locator('textarea.palette-input');
      await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true); // focused on open
      // A combobox: collapsed, and no aria-controls while its list does not exist.
      expect(await input.getAttribute('role')).toBe('combobox');
      expect(await input.getAttribute('aria-expanded')).toBe('false');
      expect(await input.getAttribute('aria-controls')).toBeNull();
      expect(await seriousViolations(popup)).toEqual([]);
      await input.fill(text);
      expect(await input.getAttribute('aria-expanded')).toBe('true');
      expect(await popup.locator(`#${await input.getAttribute('aria-controls')}`).getAttribute('role')).toBe('listbox');
      expect(await popup.locator('.palette-item.active').getAttribute('data-command')).toBe('explain');
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.keyboard.press('Enter');
      const section = popup.locator('section.explained');
      await section.waitFor();
      // The pasted text is shown once (in the input), the answer in one line, each code line once.
      expect(await popup.getByText(text, { exact: true }).count()).toBeLessThanOrEqual(1);
      expect(await section.locator('.explained-text').count()).toBe(0);
      expect(await section.locator('.headline').textContent()).toBe(oneLineSummary(expected, catalogueTranslator(en)));
      const codeLines = await section.locator('.codes > div').allTextContents();
      expect(new Set(codeLines).size).toBe(codeLines.length);
      const titles = await section.locator('.finding h3').allTextContents();
      const expectedTitles = expected.items.length > 0
        ? expected.items.map((i) => render(i.explanation.title, t))
        : expected.general ? [render(expected.general.title, t)] : [];
      expect(titles).toEqual(expectedTitles);
      if (expectedTitles.length === 0) expect(await section.locator('.empty').textContent()).toBe(t('ui_nothingRecognised'));
      await saveScreenshot(popup, 'popup-explained-dark', { fullPage: true });
      expect(await seriousViolations(popup)).toEqual([]);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('says plainly when pasted text is not a delivery error', async () => {
    const page = await browser.context.newPage();
    await page.goto(http.origin + webmailPath.generic(2));
    const popup = await openPopupFor(await activeTabId(browser));
    try {
      await popup.locator('textarea.palette-input').fill('hello there, see you at lunch on friday, bring the slides please');
      await popup.keyboard.press('Enter');
      const section = popup.locator('section.explained');
      await section.waitFor();
      const headline = (await section.locator('.headline').textContent()) ?? '';
      expect(headline.length).toBeGreaterThan(3);
      expect(await section.locator('.probe, .probe-button').count()).toBe(0);
      expect(await seriousViolations(popup)).toEqual([]);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('filters commands as you type and runs one with Enter', async () => {
    const page = await browser.context.newPage();
    const url = http.origin + webmailPath.generic(2);
    await page.goto(url);
    const popup = await openPopupFor(await activeTabId(browser));
    try {
      await popup.locator('textarea.palette-input').fill('> settings');
      const items = popup.locator('.palette-item');
      await expect.poll(() => items.evaluateAll((els) => els.map((e) => e.getAttribute('data-command')))).toEqual(['open-settings']);
      await saveScreenshot(popup, 'popup-palette');
      const optionsOpened = browser.context.waitForEvent('page', { timeout: 10_000 });
      const popupClosed = popup.waitForEvent('close', { timeout: 10_000 });
      // The popup closes itself once the settings open, possibly before the key press returns.
      await popup.keyboard.press('Enter').catch(() => undefined);
      const options = await optionsOpened;
      await popupClosed;
      await options.waitForLoadState();
      expect(options.url()).toBe(browser.extensionUrl('src/extension/options/index.html'));
      await options.locator('h1').waitFor();
      expect(await options.locator('h1').textContent()).toBe(t('ui_optTitle'));
      await saveScreenshot(options, 'options', { fullPage: true });
      await options.close();
    } finally {
      if (!popup.isClosed()) await popup.close();
      await page.close();
    }
  });

  it('speaks German once German is chosen in the options', async () => {
    const de = JSON.parse(readFileSync(join(ROOT, 'public/_locales/de/messages.json'), 'utf8')) as Record<string, { message: string }>;
    const page = await browser.context.newPage();
    const url = http.origin + webmailPath.generic(2);
    await page.goto(url);
    const tabId = await activeTabId(browser);
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('src/extension/options/index.html'));
    await options.locator('select[name=language]').selectOption('de');
    await expect.poll(() => options.locator('h1').textContent()).toBe(de.ui_optTitle?.message);
    const popup = await openPopupFor(tabId);
    try {
      await expect.poll(() => popup.locator('section.on-page h2').textContent()).toBe(de.ui_bouncesOnPage?.message);
      expect(await popup.locator('html').getAttribute('lang')).toBe('de');
      await popup.locator('li.bounce button.bounce-head').first().click();
      await saveScreenshot(popup, 'popup-german', { fullPage: true });
      expect(await seriousViolations(popup)).toEqual([]);
    } finally {
      // Back to the browser's language, and wait until it is saved: the next test reads English.
      await options.locator('select[name=language]').selectOption('auto');
      await expect.poll(() => options.locator('h1').textContent()).toBe(t('ui_optTitle'));
      await options.close();
      await popup.close();
      await page.close();
    }
  });

  // The "enable on this site" offer needs the tab's URL, which the popup gets from activeTab when
  // the toolbar button is clicked; a page opened by Playwright has no such grant, so the offer
  // itself is covered by the unit tests (test/unit/extension/popup).
  it('says the extension is not active on a page it does not cover', async () => {
    // localhost is not in this build's hosts (only 127.0.0.1 is): a stand-in for a self-hosted webmail.
    const url = `http://localhost:${http.port}${webmailPath.generic(2)}`;
    const page = await browser.context.newPage();
    await page.goto(url);
    const popup = await openPopupFor(await activeTabId(browser));
    try {
      await expect.poll(() => popup.locator('section.on-page .empty').textContent(), { timeout: 10_000 }).toBe(t('ui_errNoContentScript'));
      await saveScreenshot(popup, 'popup-not-active');
      expect(await seriousViolations(popup)).toEqual([]);
    } finally {
      await popup.close();
      await page.close();
    }
  });
});
