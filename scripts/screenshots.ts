// `npm run screenshots`: renders every state a person sees into docs/screenshots/ (PNG), with the
// built extension in real headless Chromium on loopback pages that reproduce each webmail around
// real corpus bounces, and a real probe server for the check. Run it under the e2e lock on a shared
// machine: flock /tmp/bl-e2e.lock npm run screenshots
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildExtension } from '../test/e2e/helpers/build-extension.ts';
import { launchWithExtension, type LaunchedBrowser } from '../test/e2e/helpers/browser.ts';
import { activeTabId, configureProbe } from '../test/e2e/helpers/extension-pages.ts';
import { ROOT } from '../test/e2e/helpers/paths.ts';
import { startProbeServer } from '../test/e2e/helpers/probe-server.ts';
import { startStaticServer } from '../test/e2e/helpers/static-server.ts';
import { chooseLanguage, darkPath, darkRoute, expandNote, openNote } from '../test/e2e/helpers/ui-states.ts';
import { webmailPath, webmailRoutes } from '../test/e2e/helpers/webmail-pages.ts';

const OUT = join(ROOT, 'docs/screenshots');
const EXTENSION_DIR = join(ROOT, 'test-output/screenshots-extension');
// Real corpus bounces: Sendmail "user unknown", qmail "user unknown", and an ordinary mail.
const MESSAGES = ['eml/lhost-sendmail-01.eml', 'eml/lhost-qmail-01.eml', 'not-bounce/is-not-bounce-01.eml'];
const PASTED = '550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox table';
const UNKNOWN = 'Thanks for the slides, see you on Friday!';
const CLIENT_ERROR = 'mail.example.com:587';

const shots: string[] = [];
async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, fullPage });
  shots.push(path);
}

async function noteStates(browser: LaunchedBrowser, origin: string): Promise<void> {
  const light = await openNote(browser, origin + webmailPath.generic(2), { width: 900, height: 420 });
  await shoot(light.page, 'note-collapsed-light');
  await expandNote(light.host);
  await shoot(light.page, 'note-expanded-light', true);
  await light.page.close();

  const dark = await openNote(browser, origin + darkPath(2), { width: 900, height: 420 });
  await shoot(dark.page, 'note-collapsed-dark');
  await expandNote(dark.host);
  await shoot(dark.page, 'note-expanded-dark', true);
  await dark.page.close();

  // Roundcube's three panes in a 720 px window: a 240 px preview pane.
  const narrow = await openNote(browser, origin + webmailPath.roundcubeMailbox(1), { width: 720, height: 640 });
  await shoot(narrow.page, 'note-narrow-240-collapsed');
  await expandNote(narrow.host);
  await shoot(narrow.page, 'note-narrow-240-expanded');
  await narrow.page.close();

  await chooseLanguage(browser, 'de');
  const german = await openNote(browser, origin + webmailPath.generic(2), { width: 900, height: 420 });
  await expandNote(german.host);
  await shoot(german.page, 'note-expanded-german', true);
  await german.page.close();
  await chooseLanguage(browser, 'auto');
}

async function popupFor(browser: LaunchedBrowser, tabId: number | null, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(browser.extensionUrl(`src/extension/popup/index.html${tabId === null ? '' : `?tabId=${tabId}`}`));
  await popup.locator('section.on-page h2').waitFor();
  return popup;
}

async function explainIn(popup: Page, text: string): Promise<void> {
  await popup.locator('textarea.palette-input').fill(text);
  await popup.keyboard.press('Enter');
  await popup.locator('section.explained').waitFor();
}

async function popupStates(browser: LaunchedBrowser, origin: string): Promise<void> {
  const ordinary = await browser.context.newPage();
  await ordinary.goto(origin + webmailPath.generic(3));
  const empty = await popupFor(browser, await activeTabId(browser));
  // "Loading…" shares the .empty class: wait for the answer, not the placeholder.
  await empty.locator('section.on-page .empty', { hasNotText: 'Loading' }).waitFor();
  await shoot(empty, 'popup-empty');
  await explainIn(empty, PASTED);
  await shoot(empty, 'popup-pasted', true);
  await empty.close();

  const unknown = await popupFor(browser, await activeTabId(browser));
  await unknown.locator('section.on-page .empty', { hasNotText: 'Loading' }).waitFor();
  await explainIn(unknown, UNKNOWN);
  await shoot(unknown, 'popup-unknown', true);
  await unknown.close();
  await ordinary.close();

  const bouncePage = await browser.context.newPage();
  await bouncePage.goto(origin + webmailPath.roundcubeMailbox(1));
  await bouncePage.waitForTimeout(800);
  const list = await popupFor(browser, await activeTabId(browser), 'dark');
  await list.locator('li.bounce button.bounce-head').first().click();
  await shoot(list, 'popup-bounce-dark', true);
  await list.close();
  await bouncePage.close();

  const noProbe = await popupFor(browser, null);
  await explainIn(noProbe, CLIENT_ERROR);
  await noProbe.locator('.probe-needs').waitFor();
  await shoot(noProbe, 'popup-probe-needed', true);
  await noProbe.close();

  const token = randomBytes(16).toString('hex');
  const probe = await startProbeServer(token);
  try {
    await configureProbe(browser, probe.url, token);
    const withProbe = await popupFor(browser, null);
    await explainIn(withProbe, '127.0.0.1:2525');
    await withProbe.locator('button.probe-button').click();
    await withProbe.locator('.verdict, .probe .error').first().waitFor({ timeout: 30_000 });
    await shoot(withProbe, 'popup-probe', true);
    await withProbe.close();
  } finally {
    await probe.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  buildExtension({ outDir: EXTENSION_DIR, hosts: 'http://127.0.0.1/*' });
  const http = await startStaticServer({ routes: [darkRoute(MESSAGES), webmailRoutes(MESSAGES)] });
  const browser = await launchWithExtension({ extensionDir: EXTENSION_DIR });
  try {
    await noteStates(browser, http.origin);
    await popupStates(browser, http.origin);
  } finally {
    await browser.close();
    await http.close();
  }
  for (const path of shots) console.log(path.replace(`${ROOT}/`, ''));
}

await main();
