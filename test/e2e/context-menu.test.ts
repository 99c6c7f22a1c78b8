// "Explain this SMTP error" on a multi-line selection, in real headless Chromium. Chrome's
// contextMenus selectionText flattens newlines; the command reads the page's own selection with
// scripting.executeScript, so the lines of a bounce stay lines. Playwright cannot click a native
// context menu, so the test checks the menu entry exists in the service worker and runs the same
// registered command from the popup's command input (one registry behind both).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, saveScreenshot, type LaunchedBrowser } from './helpers/browser.ts';
import { startStaticServer, type StaticServer } from './helpers/static-server.ts';
import { webmailPath, webmailRoutes } from './helpers/webmail-pages.ts';
import { t } from './helpers/catalogue.ts';
import { explain } from '../../src/core/knowledge/index.ts';
import { render } from '../../src/core/i18n.ts';


interface ChromeApi {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  contextMenus: { update(id: string, props: object): Promise<void> };
}

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

function worker() {
  const w = browser.context.serviceWorkers()[0];
  if (!w) throw new Error('no service worker');
  return w;
}

describe('context menu: explain this SMTP error', () => {
  it('is registered in the context menu for selections', async () => {
    // The entry is created in runtime.onInstalled, which may run just after the worker starts.
    // update() rejects for an id that was never created.
    await expect.poll(() => worker().evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return chrome.contextMenus.update('explain-selection', {}).then(() => true, () => false);
    }), { timeout: 5_000 }).toBe(true);
    const missing = await worker().evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return chrome.contextMenus.update('no-such-entry', {}).then(() => true, () => false);
    });
    expect(missing).toBe(false);
  });

  it('explains a selection that spans lines with its newlines kept', async () => {
    const page = await browser.context.newPage();
    await page.goto(http.origin + webmailPath.generic(1));
    await page.locator('#messageBody').waitFor();
    const selected = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('#messageBody') as Node);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return selection?.toString() ?? '';
    });
    expect(selected.split('\n').length).toBeGreaterThan(5);
    const tabId = await worker().evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null;
    });

    const popup = await browser.context.newPage();
    try {
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(browser.extensionUrl(`src/extension/popup/index.html?tabId=${tabId}`));
      await popup.locator('textarea.palette-input').fill('> explain');
      expect(await popup.locator('.palette-item.active').getAttribute('data-command')).toBe('explain-selection');
      await popup.keyboard.press('Enter');
      const section = popup.locator('section.explained');
      await section.waitFor({ timeout: 10_000 });
      // The text explained is the page's real selection, line breaks and all (not selectionText).
      const shown = await section.locator('.explained-text').textContent();
      expect(shown).toBe(selected);

      const expected = await explain(selected);
      const titles = await section.locator('.finding h3').allTextContents();
      const expectedTitles = expected.items.length > 0
        ? expected.items.map((i) => render(i.explanation.title, t))
        : expected.general ? [render(expected.general.title, t)] : [];
      expect(titles).toEqual(expectedTitles);
      await saveScreenshot(popup, 'context-menu-explained', { fullPage: true });
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('says to select text first when nothing is selected', async () => {
    const page = await browser.context.newPage();
    await page.goto(http.origin + webmailPath.generic(1));
    await page.evaluate(() => getSelection()?.removeAllRanges());
    const tabId = await worker().evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null;
    });
    const popup = await browser.context.newPage();
    try {
      await popup.goto(browser.extensionUrl(`src/extension/popup/index.html?tabId=${tabId}`));
      await popup.locator('textarea.palette-input').fill('> explain');
      await popup.keyboard.press('Enter');
      await expect.poll(() => popup.locator('.notice').textContent(), { timeout: 10_000 }).toBe(t('ui_errNoSelection'));
    } finally {
      await popup.close();
      await page.close();
    }
  });
});
