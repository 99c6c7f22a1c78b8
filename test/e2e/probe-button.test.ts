// "Confirm with the probe" in real headless Chromium against the real probe server
// (`bounce-lens serve --allow-private`) started on loopback by this test: the probe is set up
// through the options page, then the popup streams each stage and the verdict. Also the clear
// messages for no probe configured, a probe that cannot be reached, and a wrong token.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, saveScreenshot, type LaunchedBrowser } from './helpers/browser.ts';
import { t } from './helpers/catalogue.ts';
import { seriousViolations } from './helpers/axe.ts';
import { configureProbe } from './helpers/extension-pages.ts';
import { freePort, startProbeServer, type ProbeServer } from './helpers/probe-server.ts';

const TOKEN = randomBytes(16).toString('hex');
/** Nothing of ours listens there: the probe reports what it finds (refused, or whoever answers). */
const TARGET = '127.0.0.1:2525';

let browser: LaunchedBrowser;
let probe: ProbeServer;

beforeAll(async () => {
  probe = await startProbeServer(TOKEN);
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await probe?.close();
});

/** Opens the popup, explains TARGET from the command input and presses the probe button. */
async function probeFromPopup(): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(browser.extensionUrl('src/extension/popup/index.html'));
  // Record the order in which stages and the verdict appear, to see them arrive one by one.
  await popup.evaluate(() => {
    const log: string[] = [];
    (globalThis as unknown as { probeLog: string[] }).probeLog = log;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) {
        if (n instanceof HTMLElement && n.matches('li.stage:not(.pending)')) log.push(`stage:${n.dataset.stage ?? ''}`);
        if (n instanceof HTMLElement && n.matches('.verdict')) log.push('verdict');
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  await popup.locator('textarea.palette-input').fill(TARGET);
  await popup.keyboard.press('Enter');
  const button = popup.locator('section.explained button.probe-button');
  await button.waitFor();
  await button.click();
  return popup;
}

/** Opens the popup and explains TARGET: with no probe set up, the check is not offered. */
async function explainTarget(): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(browser.extensionUrl('src/extension/popup/index.html'));
  await popup.locator('textarea.palette-input').fill(TARGET);
  await popup.keyboard.press('Enter');
  await popup.locator('section.explained').waitFor();
  return popup;
}

describe('confirm with the probe', () => {
  it('before a probe is set up, says in one sentence what a check would need instead of a dead button', async () => {
    const popup = await explainTarget();
    try {
      await expect.poll(() => popup.locator('.probe-needs').textContent()).toContain(t('ext_probe_needs'));
      expect(await popup.locator('button.probe-button').count()).toBe(0);
      expect(await seriousViolations(popup)).toEqual([]);
    } finally {
      await popup.close();
    }
  });

  it('streams each stage from the real probe server, then its verdict', async () => {
    await configureProbe(browser, probe.url, TOKEN);
    // What the server says for the same target, in its plain JSON mode, to compare with the popup.
    const [host, port] = TARGET.split(':');
    const reference = (await (await fetch(`${probe.url}/v1/probe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ host, port: Number(port) }),
    })).json()) as { stages: { stage: string }[]; verdict: { summary: string } };

    const popup = await probeFromPopup();
    try {
      await popup.locator('.verdict').waitFor({ timeout: 30_000 });
      await saveScreenshot(popup, 'popup-probe-verdict', { fullPage: true });
      const shown = await popup.locator('li.stage:not(.pending)').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.stage));
      expect(shown).toEqual(reference.stages.map((s) => s.stage));
      expect(shown.length).toBeGreaterThan(0);
      expect(await popup.locator('.verdict-summary').textContent()).toBe(reference.verdict.summary);
      const log = await popup.evaluate(() => (globalThis as unknown as { probeLog: string[] }).probeLog);
      expect(log.at(-1)).toBe('verdict');
      expect(log.filter((l) => l.startsWith('stage:'))).toEqual(shown.map((s) => `stage:${s}`));
      expect(await popup.locator('.probe .error').count()).toBe(0);
      expect(await seriousViolations(popup)).toEqual([]);
    } finally {
      await popup.close();
    }
  });

  it('says the token was refused', async () => {
    await configureProbe(browser, probe.url, 'not-the-token');
    const popup = await probeFromPopup();
    try {
      await expect.poll(() => popup.locator('.probe .error').textContent(), { timeout: 10_000 }).toContain(t('ui_errProbeToken'));
    } finally {
      await popup.close();
    }
  });

  it('says the probe cannot be reached', async () => {
    await configureProbe(browser, `http://127.0.0.1:${await freePort()}`, TOKEN);
    const popup = await probeFromPopup();
    try {
      // The catalogue's sentence only: not "(Failed to fetch)".
      await expect.poll(() => popup.locator('.probe .error').textContent(), { timeout: 10_000 }).toBe(t('ui_errProbeUnreachable'));
      await saveScreenshot(popup, 'popup-probe-unreachable');
      expect(await seriousViolations(popup)).toEqual([]);
    } finally {
      await popup.close();
    }
  });
});
