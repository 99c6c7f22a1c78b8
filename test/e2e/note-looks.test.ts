// The note as a mailbox owner meets it, in real headless Chromium with the built extension: the
// one-line answer, a dark variant on a dark webmail, no overlap or clipping in Roundcube's three
// panes at a narrow window (down to a 240 px pane), the language chosen in the options with
// `lang` set, "Copy for support" on the clipboard, "Help on this" opening the bundled help at the
// cause, and axe-core finding no serious or critical problem in any of these states.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, saveScreenshot, type LaunchedBrowser } from './helpers/browser.ts';
import { seriousViolations } from './helpers/axe.ts';
import { ROOT } from './helpers/paths.ts';
import { startStaticServer, type StaticServer } from './helpers/static-server.ts';
import { chooseLanguage, darkPath, darkRoute, expandNote, layoutProblems, noteGeometry, openNote, t } from './helpers/ui-states.ts';
import { webmailPath, webmailRoutes } from './helpers/webmail-pages.ts';

// Real corpus bounces: a Sendmail "user unknown" (1) and a qmail one (2).
const MESSAGES = ['eml/lhost-sendmail-01.eml', 'eml/lhost-qmail-01.eml'];
const de = JSON.parse(readFileSync(join(ROOT, 'public/_locales/de/messages.json'), 'utf8')) as Record<string, { message: string }>;

let browser: LaunchedBrowser;
let http: StaticServer;

beforeAll(async () => {
  http = await startStaticServer({ routes: [darkRoute(MESSAGES), webmailRoutes(MESSAGES)] });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await http?.close();
});

describe('the note', () => {
  it('answers in one line (recipient, permanent, who acts) and is named by it; axe finds nothing serious, collapsed or expanded', async () => {
    const { page, host } = await openNote(browser, http.origin + webmailPath.generic(2));
    try {
      const line = (await host.locator('.line').textContent()) ?? '';
      expect(line).toContain(t('sum_perm_permanent'));
      expect(line).toMatch(/Who acts: .+\./);
      expect(line).not.toMatch(/Your move/);
      expect(await host.locator('section.note').getAttribute('aria-label')).toBe(line);
      expect(await host.getAttribute('data-bounce-lens-theme')).toBe('light');
      expect(await seriousViolations(page, 'bounce-lens-note')).toEqual([]);
      await expandNote(host);
      expect(await seriousViolations(page, 'bounce-lens-note')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('turns dark on a dark webmail (its background, not the OS setting), and stays readable', async () => {
    const { page, host } = await openNote(browser, http.origin + darkPath(2));
    try {
      expect(await host.getAttribute('data-bounce-lens-theme')).toBe('dark');
      const background = await host.locator('.note').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).not.toBe('rgb(255, 248, 246)');
      await expandNote(host);
      await saveScreenshot(page, 'note-dark-expanded');
      expect(await seriousViolations(page, 'bounce-lens-note')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('follows the webmail when it switches to dark while the message is open', async () => {
    const { page, host } = await openNote(browser, http.origin + webmailPath.generic(2));
    try {
      expect(await host.getAttribute('data-bounce-lens-theme')).toBe('light');
      await page.evaluate(() => document.body.setAttribute('style', 'background:#16181c;color:#ddd'));
      await expect.poll(() => host.getAttribute('data-bounce-lens-theme')).toBe('dark');
      await page.evaluate(() => document.body.removeAttribute('style'));
      await expect.poll(() => host.getAttribute('data-bounce-lens-theme')).toBe('light');
    } finally {
      await page.close();
    }
  });

  for (const size of [{ width: 760, height: 700 }, { width: 720, height: 700 }]) {
    it(`has no overlap or clipping in Roundcube's three panes at a ${size.width} px window`, async () => {
      const { page, frame, host } = await openNote(browser, http.origin + webmailPath.roundcubeMailbox(1), size);
      try {
        const pane = await frame.evaluate(() => document.documentElement.clientWidth);
        expect(pane).toBeLessThanOrEqual(size.width === 720 ? 240 : 280);
        expect(layoutProblems(await noteGeometry(host))).toEqual([]);
        await expandNote(host);
        expect(layoutProblems(await noteGeometry(host))).toEqual([]);
        await saveScreenshot(page, `note-roundcube-${size.width}`);
        expect(await seriousViolations(frame, 'bounce-lens-note')).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('lines up with the message text', async () => {
    const { page, host } = await openNote(browser, http.origin + webmailPath.generic(2));
    try {
      const body = page.locator('#messageBody .fixed');
      const textLeft = await body.evaluate((el) => el.getBoundingClientRect().left + parseFloat(getComputedStyle(el).paddingLeft));
      const noteLeft = await host.evaluate((el) => el.getBoundingClientRect().left);
      expect(Math.abs(noteLeft - textLeft)).toBeLessThanOrEqual(1);
    } finally {
      await page.close();
    }
  });

  it('copies a plain report for support: recipient, codes, server line; never the message body', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: http.origin });
    const { page, host } = await openNote(browser, http.origin + webmailPath.generic(2));
    try {
      await expandNote(host);
      await host.locator('.actions button', { hasText: t('ext_copy_support') }).click();
      await expect.poll(() => host.locator('.copied').textContent()).toBe(t('ext_copied'));
      const report = await page.evaluate(() => navigator.clipboard.readText());
      expect(report.split('\n')[0]).toBe(t('sup_title'));
      expect(report).toMatch(new RegExp(`${t('sup_recipient')}: \\S+@\\S+`));
      expect(report).toMatch(/(Status code|Reply code): [245]/);
      expect(report).toContain(`${t('sup_cause')}: `);
      // Only lines the report makes: every one is "Label: value", the title, or blank.
      for (const line of report.trim().split('\n').slice(1)) expect(line === '' || /^[^:]{2,40}: /.test(line), line).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('opens the bundled help at the section for the cause', async () => {
    const { page, host } = await openNote(browser, http.origin + webmailPath.generic(2));
    try {
      await expandNote(host);
      const bucket = await host.getAttribute('data-bounce-lens-bucket');
      const [help] = await Promise.all([
        browser.context.waitForEvent('page', { timeout: 10_000 }),
        host.locator('.actions button', { hasText: t('ext_help_topic') }).click(),
      ]);
      await help.waitForLoadState();
      expect(help.url()).toBe(browser.extensionUrl(`src/extension/help/index.html#${bucket}`));
      await expect.poll(() => help.locator(`section#${bucket} h2`).textContent()).toBe(t(`help_${String(bucket).replace(/-/g, '_')}_t`));
      expect(await seriousViolations(help)).toEqual([]);
      await help.close();
    } finally {
      await page.close();
    }
  });

  it('speaks the language chosen in the options, with lang set', async () => {
    await chooseLanguage(browser, 'de');
    try {
      const { page, host } = await openNote(browser, http.origin + webmailPath.generic(2));
      try {
        expect(await host.getAttribute('lang')).toBe('de');
        expect(await host.locator('.line').textContent()).toContain(de.sum_perm_permanent?.message);
        await expandNote(host);
        expect(await host.locator('h3').first().textContent()).toBe(de.cs_steps_heading?.message);
        await saveScreenshot(page, 'note-german');
        expect(await seriousViolations(page, 'bounce-lens-note')).toEqual([]);
      } finally {
        await page.close();
      }
    } finally {
      await chooseLanguage(browser, 'auto');
    }
  });
});
