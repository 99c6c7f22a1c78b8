// The options page for people, in real headless Chromium with the built extension: the basics
// first (notes, the sites by name, language, your outgoing server), the probe and the profile in a
// closed "Advanced" part, an About section; no placeholder that looks like a saved value; axe-core
// finds nothing serious or critical, closed and open, in English and in German.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './helpers/axe.ts';
import { launchWithExtension, saveScreenshot, type LaunchedBrowser } from './helpers/browser.ts';
import { t } from './helpers/catalogue.ts';
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

/** Whether a fresh load of the bounce page gets a note (the content script starts at document_idle). */
async function pageGetsNote(): Promise<boolean> {
  const page = await browser.context.newPage();
  try {
    await page.goto(http.origin + webmailPath.generic(1));
    return await page.locator('bounce-lens-note').first().waitFor({ timeout: 5_000 }).then(() => true, () => false);
  } finally {
    await page.close();
  }
}

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto(browser.extensionUrl('src/extension/options/index.html'));
  await page.locator('details.advanced').waitFor();
  return page;
}

describe('options page', () => {
  it('basics first, the advanced part closed, the sites by name, no placeholders, nothing serious for axe', async () => {
    const page = await openOptions();
    try {
      expect(await page.locator('h2').first().textContent()).toBe(t('opt_basic'));
      for (const name of ['opt_siteGmail', 'opt_siteOutlook', 'opt_siteYahoo']) {
        expect(await page.getByLabel(t(name), { exact: true }).isChecked()).toBe(true);
      }
      expect(await page.locator('input[name=probeUrl]').isVisible()).toBe(false);
      expect(await page.locator('[placeholder]').count()).toBe(0);
      expect(await page.getByRole('heading', { name: t('opt_about') }).count()).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, 'options-basic', { fullPage: true });

      await page.locator('details.advanced > summary').click();
      expect(await page.locator('input[name=probeUrl]').isVisible()).toBe(true);
      expect(await page.getByText(t('opt_probeWhat')).isVisible()).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, 'options-advanced', { fullPage: true });
    } finally {
      await page.close();
    }
  });

  it('"Show notes" off: no note on a bounce; on again: the note is back', async () => {
    expect(await pageGetsNote()).toBe(true);
    const page = await openOptions();
    try {
      await page.getByLabel(t('opt_notes')).uncheck();
      await expect.poll(() => page.getByLabel(t('opt_siteGmail'), { exact: true }).isDisabled()).toBe(true);
      expect(await pageGetsNote()).toBe(false);
      await page.getByLabel(t('opt_notes')).check();
      await expect.poll(() => page.getByLabel(t('opt_siteGmail'), { exact: true }).isDisabled()).toBe(false);
      expect(await pageGetsNote()).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('switches to German, with lang set, and stays clean for axe', async () => {
    const page = await openOptions();
    try {
      await Promise.all([page.waitForEvent('load'), page.getByLabel(t('ui_optLanguage')).selectOption('de')]);
      await page.locator('details.advanced').waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('de');
      expect(await page.locator('h2').first().textContent()).toBe('Grundeinstellungen');
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, 'options-de', { fullPage: true });
    } finally {
      await page.close();
    }
  });
});
