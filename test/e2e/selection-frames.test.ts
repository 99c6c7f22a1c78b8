// "Explain this SMTP error" on a selection inside a frame, in real headless Chromium: Roundcube
// shows the message in the same-origin iframe #messagecontframe. The popup's command and the
// keyboard shortcut name no frame (only the context menu does), so the command asks every frame
// of the tab and takes the one with the selection. Playwright cannot press the browser's own
// shortcut; the popup command runs the same registered command with the same inputs (a tab, no frame).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTabId } from './helpers/extension-pages.ts';
import { launchWithExtension, type LaunchedBrowser } from './helpers/browser.ts';
import { startStaticServer, type StaticServer } from './helpers/static-server.ts';
import { webmailPath, webmailRoutes } from './helpers/webmail-pages.ts';

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

describe('explain a selection inside a frame', () => {
  it('the popup command explains what is selected in Roundcube\'s #messagecontframe', async () => {
    const page = await browser.context.newPage();
    const popup = await browser.context.newPage();
    try {
      await page.goto(http.origin + webmailPath.roundcubeMailbox(1));
      await page.bringToFront();
      const frame = page.frameLocator('#messagecontframe');
      await frame.locator('#messagebody').waitFor();
      const selected = await frame.locator('#messagebody').evaluate((body) => {
        const range = document.createRange();
        range.selectNodeContents(body);
        const selection = getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return selection?.toString() ?? '';
      });
      expect(selected.length).toBeGreaterThan(100);
      expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toBe(''); // nothing in the top frame
      const tabId = await activeTabId(browser);

      await popup.goto(browser.extensionUrl(`src/extension/popup/index.html?tabId=${tabId}`));
      await popup.locator('textarea.palette-input').fill('> explain');
      expect(await popup.locator('.palette-item.active').getAttribute('data-command')).toBe('explain-selection');
      await popup.keyboard.press('Enter');
      const section = popup.locator('section.explained');
      await section.waitFor({ timeout: 10_000 });
      expect(await section.locator('.explained-text').textContent()).toBe(selected);
    } finally {
      await popup.close();
      await page.close();
    }
  });
});
