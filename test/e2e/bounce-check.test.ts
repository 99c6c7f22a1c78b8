// "Check this bounce" in real headless Chromium with the built extension, against the real probe
// server (`bounce-lens serve`) and a real dnsmasq on loopback: the rows stream in one by one,
// green or red, with what they mean, who can fix it and the list's removal page; the verdict last.
// Only for causes a DNS check can confirm: a mailbox that does not exist gets no button.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, saveScreenshot, type LaunchedBrowser } from './helpers/browser.ts';
import { t } from './helpers/catalogue.ts';
import { configureProbe } from './helpers/extension-pages.ts';
import { startDnsmasq, type RunningDnsmasq } from '../helpers/dns/dnsmasq.ts';
import { IPS, ZONE_CONF } from '../helpers/dns/zones.ts';
import { startServe, type ServeProcess } from '../helpers/dns/serve-process.ts';

const TOKEN = 'e2e-bounce-check-token-0123456789';
const DELIST = 'https://delist.bl.test/remove';
let browser: LaunchedBrowser;
let dns: RunningDnsmasq;
let probe: ServeProcess;

beforeAll(async () => {
  dns = await startDnsmasq(ZONE_CONF);
  probe = await startServe(['--token', TOKEN, '--dns-server', dns.server, '--dnsbl', `bl.test=ip=${DELIST}`], {});
  browser = await launchWithExtension();
  await configureProbe(browser, probe.url, TOKEN);
});
afterAll(async () => {
  await browser?.close();
  await probe?.stop();
  await dns?.stop();
});

async function explainInPopup(text: string): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 700 });
  await popup.goto(browser.extensionUrl('src/extension/popup/index.html'));
  await popup.evaluate(() => {
    const log: string[] = [];
    (globalThis as unknown as { checkLog: string[] }).checkLog = log;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) {
        if (n instanceof HTMLElement && n.matches('li.check-row:not(.pending)')) log.push(`check:${n.dataset.check ?? ''}`);
        if (n instanceof HTMLElement && n.matches('.check-verdict')) log.push('verdict');
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  await popup.locator('textarea.palette-input').fill(text);
  await popup.keyboard.press('Enter');
  await popup.locator('section.explained').waitFor();
  return popup;
}

describe('check this bounce', () => {
  it('a blocklist refusal: rows stream in, the listing is red with who fixes it and the removal page', async () => {
    const refusal = `554 5.7.1 Service unavailable; Client host [${IPS.listed}] blocked using bl.test`;
    const popup = await explainInPopup(refusal);
    try {
      await popup.locator('button.check-button').click();
      await popup.locator('.check-verdict').waitFor({ timeout: 30_000 });
      await saveScreenshot(popup, 'popup-bounce-check', { fullPage: true });
      const listed = popup.locator('li.check-row[data-check=dnsbl][data-result=listed]');
      await expect.poll(() => listed.count()).toBe(1);
      expect(await listed.getAttribute('class')).toContain('bad');
      expect(await listed.locator('.fixer').textContent()).toBe(t('pc_fixer_sender_provider'));
      expect(await listed.locator('a.delist').getAttribute('href')).toBe(DELIST);
      const ptr = popup.locator('li.check-row[data-check=ptr]');
      expect(await ptr.getAttribute('data-result')).toBe('none');
      expect(await popup.locator('.check-verdict .cause.confirmed').count()).toBe(1);
      const log = await popup.evaluate(() => (globalThis as unknown as { checkLog: string[] }).checkLog);
      expect(log.at(-1)).toBe('verdict');
      expect(log.filter((l) => l.startsWith('check:')).length).toBe(await popup.locator('li.check-row:not(.pending)').count());
    } finally {
      await popup.close();
    }
  });

  it('a clean IP: green rows, the blocklist cause ruled out', async () => {
    const popup = await explainInPopup(`554 5.7.1 Client host [${IPS.clean}] blocked using bl.test`);
    try {
      await popup.locator('button.check-button').click();
      await popup.locator('.check-verdict').waitFor({ timeout: 30_000 });
      expect(await popup.locator('li.check-row[data-check=dnsbl]').getAttribute('class')).toContain('ok');
      expect(await popup.locator('li.check-row.bad').count()).toBe(0);
      expect(await popup.locator('.check-verdict .cause.ruled-out').count()).toBe(1);
    } finally {
      await popup.close();
    }
  });

  it('no button for a cause DNS cannot confirm (unknown mailbox)', async () => {
    const popup = await explainInPopup('550 5.1.1 <bob@good.test>: Recipient address rejected: User unknown in virtual mailbox table');
    try {
      await popup.locator('section.explained .explanation, section.explained h2').first().waitFor();
      expect(await popup.locator('button.check-button').count()).toBe(0);
    } finally {
      await popup.close();
    }
  });
});
