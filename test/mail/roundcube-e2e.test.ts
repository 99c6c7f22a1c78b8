// A person's path through real parts: alice logs in to the real Roundcube (served over the stack's
// Dovecot), opens the bounces the real servers wrote, and the built extension in headless Chromium
// annotates each one; the popup lists what the page holds; the probe (`bounce-lens serve --allow-private`)
// confirms against the same Postfix; the explain-selection command explains the Diagnostic-Code lines.
// Screenshots go to test-output/mail-e2e/.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { analyzeText } from '../../src/core/index.ts';
import { render } from '../../src/core/i18n.ts';
import { explain } from '../../src/core/knowledge/index.ts';
import { BOUNCE_CASES } from '../../scripts/mail-stack/bounce-cases.ts';
import { bounceKey, fetchInbox, summarize } from '../../scripts/mail-stack/mailbox.ts';
import { readStack, type StackInfo } from '../../scripts/mail-stack/stack.ts';
import { launchWithExtension, type LaunchedBrowser } from '../e2e/helpers/browser.ts';
import { buildExtension } from '../e2e/helpers/build-extension.ts';
import { t } from '../e2e/helpers/catalogue.ts';
import { activeTabId, configureProbe } from '../e2e/helpers/extension-pages.ts';
import { ROOT } from '../e2e/helpers/paths.ts';
import { startProbeServer, type ProbeServer } from '../e2e/helpers/probe-server.ts';
import { sendToTab } from '../e2e/helpers/tab-messages.ts';
import type { PageBounce } from '../../src/extension/messages.ts';
import { EXPECTED } from './expected-causes.ts';

const EXTENSION_DIR = join(ROOT, 'test-output/mail-e2e-extension/chrome');
const SHOTS = join(ROOT, 'test-output/mail-e2e');

const TOKEN = randomBytes(16).toString('hex');

let stack: StackInfo;
let browser: LaunchedBrowser;
let page: Page;
let probe: ProbeServer | undefined;
/** Bounce key → IMAP uid in alice's INBOX (Roundcube's _uid is the IMAP uid). */
const uids = new Map<string, number>();

async function shot(p: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await p.screenshot({ path: join(SHOTS, `${name}.png`) });
}

const mailUrl = (params: Record<string, string>): string =>
  new URL(`?${new URLSearchParams({ _task: 'mail', _mbox: 'INBOX', ...params })}`, stack.roundcubeUrl).href;

async function noteIn(where: Page | Frame) {
  const host = where.locator('bounce-lens-note');
  await host.first().waitFor({ state: 'attached', timeout: 15_000 });
  return host.first();
}

/** The tab's findings as the popup gets them (every frame is asked). */
async function bouncesOnTab(url: string): Promise<PageBounce[]> {
  const answer = await sendToTab<{ bounces: PageBounce[] }>(browser, url, { type: 'cs:get-bounces', payload: {} });
  return answer?.bounces ?? [];
}

beforeAll(async () => {
  const read = readStack();
  if (!read.ok) throw new Error(read.error);
  stack = read.stack;
  for (const m of await fetchInbox(stack)) {
    const s = summarize(m.source);
    if (s.caseId && s.action && !uids.has(bounceKey(s.caseId, s.action))) uids.set(bounceKey(s.caseId, s.action), m.uid);
  }
  // The extension's own build, allowed on the loopback webmail (Chrome match patterns ignore the port).
  buildExtension({ outDir: EXTENSION_DIR, hosts: 'http://127.0.0.1/*' });
  browser = await launchWithExtension({ extensionDir: EXTENSION_DIR });
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(stack.roundcubeUrl);
  await page.fill('#rcmloginuser', stack.users.alice.address);
  await page.fill('#rcmloginpwd', stack.users.alice.password);
  await Promise.all([page.waitForURL(/_task=mail/, { timeout: 30_000 }), page.click('#rcmloginsubmit')]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await probe?.close();
});

async function openPopup(tabId?: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(browser.extensionUrl(`src/extension/popup/index.html${tabId === undefined ? '' : `?tabId=${tabId}`}`));
  return popup;
}

describe('Roundcube with the extension, on the bounces the servers wrote', () => {
  it('alice is logged in and sees her bounces in the message list', async () => {
    await page.goto(mailUrl({}));
    const rows = page.locator('#messagelist tbody tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(uids.size);
    await shot(page, 'roundcube-inbox');
  });

  const rows = BOUNCE_CASES.flatMap((c) => c.expected.map((e) => ({ key: bounceKey(c.id, e.action), action: e.action })));

  it.each(rows)('full view of $key: annotated from the raw source with the expected cause', async ({ key, action }) => {
    const uid = uids.get(key);
    const want = EXPECTED[key];
    expect(uid, `bounce ${key} in alice's INBOX`).toBeDefined();
    if (uid === undefined || !want) return;
    const url = mailUrl({ _uid: String(uid), _action: 'show' });
    const accessLog = join(stack.stateDir, 'log/roundcube.log');
    const logBefore = readFileSync(accessLog, 'utf8').length;
    await page.goto(url);
    const note = await noteIn(page);
    expect(want.reasons).toContain(await note.getAttribute('data-bounce-lens-reason'));
    expect(await note.getAttribute('data-bounce-lens-bucket')).toBe(want.bucket);
    // A delay warning is shown as "still trying", not as a failure.
    if (action === 'delayed') expect(await note.getAttribute('data-bounce-lens-tone')).toBe('delay');
    else expect(await note.getAttribute('data-bounce-lens-tone')).not.toBe('delay');
    await shot(page, `roundcube-show-${key}`);

    const found = await bouncesOnTab(url);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ adapter: 'roundcube', fromRawSource: true });
    // Roundcube's own access log shows the extension fetched this message's source, just now.
    const served = readFileSync(accessLog, 'utf8').slice(logBefore);
    expect(served).toMatch(new RegExp(`\\[200\\]: GET /\\?_task=mail&_action=viewsource&_uid=${uid}&_mbox=INBOX\\b`));

    // The raw source (viewsource) and the text Roundcube renders lead to the same cause.
    const rendered = await page.locator('#messagebody').innerText();
    const fromText = analyzeText(rendered).findings[0];
    expect(fromText?.reason).toBe(await note.getAttribute('data-bounce-lens-reason'));
  });

  it('preview pane: the note appears inside #messagecontframe, and the popup lists the finding', async () => {
    const uid = uids.get('lmtp-unknown');
    expect(uid).toBeDefined();
    await page.goto(mailUrl({}));
    // Roundcube's row id is "rcmrow" + the uid in URL-safe base64 without padding.
    const rowId = Buffer.from(String(uid)).toString('base64url');
    await page.locator(`#rcmrow${rowId}`).click();
    const frame = await (await page.waitForSelector('#messagecontframe')).contentFrame();
    if (!frame) throw new Error('no preview frame');
    await frame.waitForURL(/_action=preview/, { timeout: 15_000 });
    const note = await noteIn(frame);
    expect(await note.getAttribute('data-bounce-lens-reason')).toBe('userunknown');
    await shot(page, 'roundcube-preview-annotated');

    const tabId = await activeTabId(browser);
    const popup = await openPopup(tabId);
    try {
      const item = popup.locator('li.bounce');
      await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(1);
      expect(await item.getAttribute('data-reason')).toBe('userunknown');
      expect(await item.getAttribute('data-bucket')).toBe('recipient');
      await popup.screenshot({ path: join(SHOTS, 'roundcube-popup.png'), fullPage: true });
    } finally {
      await popup.close();
    }
  });

  it('explain-selection on the Diagnostic-Code lines of a bounce explains them', async () => {
    const uid = uids.get('lmtp-unknown');
    await page.goto(mailUrl({ _uid: String(uid), _action: 'show' }));
    await noteIn(page);
    // Select the Diagnostic-Code field with its continuation lines, as a person would with the mouse.
    const selected = await page.evaluate(() => {
      const body = document.querySelector('#messagebody');
      if (!body) return '';
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      const range = document.createRange();
      let started = false;
      let lineStart = true;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!started) {
          const at = n.nodeType === Node.TEXT_NODE ? (n.textContent ?? '').indexOf('Diagnostic-Code:') : -1;
          if (at >= 0) { range.setStart(n, at); range.setEnd(n, (n.textContent ?? '').length); started = true; }
          continue;
        }
        if (n instanceof HTMLBRElement) { lineStart = true; continue; }
        if (n.nodeType !== Node.TEXT_NODE) continue;
        const text = n.textContent ?? '';
        // A header field ends at the first line that does not start with white space.
        if (lineStart && text.length > 0 && !/^\s/.test(text)) break;
        if (text.includes('\n')) {
          const nl = text.indexOf('\n', 1);
          if (nl > 0 && !/^\s/.test(text.slice(nl + 1))) { range.setEnd(n, nl); break; }
        }
        lineStart = false;
        range.setEnd(n, text.length);
      }
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return selection?.toString() ?? '';
    });
    expect(selected).toMatch(/^Diagnostic-Code: smtp; 550 5\.1\.1/);
    expect(selected).not.toMatch(/\n\S/); // only the field and its continuation lines
    const popup = await openPopup(await activeTabId(browser));
    try {
      await popup.locator('textarea.palette-input').fill('> explain');
      expect(await popup.locator('.palette-item.active').getAttribute('data-command')).toBe('explain-selection');
      await popup.keyboard.press('Enter');
      const section = popup.locator('section.explained');
      await section.waitFor({ timeout: 10_000 });
      expect(await section.locator('.explained-text').textContent()).toBe(selected);
      // The popup shows exactly what the engine makes of the selection. Whether the engine recognises a
      // Diagnostic-Code line on its own is judged in engine-on-real-bounces.test.ts.
      const expected = await explain(selected);
      const expectedTitles = expected.items.length > 0
        ? expected.items.map((i) => render(i.explanation.title, t))
        : expected.general ? [render(expected.general.title, t)] : [];
      const titles = await section.locator('.finding h3').allTextContents();
      expect(titles).toEqual(expectedTitles);
      if (expectedTitles.length === 0) expect(await section.locator('.empty').textContent()).toBe(t('ui_nothingRecognised'));
      await popup.screenshot({ path: join(SHOTS, 'roundcube-explain-selection.png'), fullPage: true });
    } finally {
      await popup.close();
    }
  });

  it('the probe, asked from the popup, streams its stages against the same Postfix and gives its verdict', async () => {
    probe = await startProbeServer(TOKEN);
    await configureProbe(browser, probe.url, TOKEN);
    const target = `${stack.smtpHost}:${stack.ports.submission}`;
    const popup = await openPopup();
    try {
      await popup.locator('textarea.palette-input').fill(target);
      await popup.keyboard.press('Enter');
      await popup.locator('section.explained button.probe-button').click();
      await popup.locator('.verdict').waitFor({ timeout: 30_000 });
      await popup.screenshot({ path: join(SHOTS, 'roundcube-probe-587.png'), fullPage: true });
      const shown = await popup.locator('li.stage:not(.pending)').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.stage));
      // Port 587 of this Postfix: STARTTLS, then login offered only over TLS, and no relaying without it.
      expect(shown).toEqual(expect.arrayContaining(['ehlo', 'starttls', 'ehlo-after-tls', 'auth-offered', 'relay']));
      expect(shown.indexOf('auth-offered')).toBeGreaterThan(shown.indexOf('starttls'));
      const summary = (await popup.locator('.verdict-summary').textContent()) ?? '';
      expect(summary.length).toBeGreaterThan(10);
    } finally {
      await popup.close();
    }
    // The same probe with SSL/TLS on 587 (a client set to SSL on the submission port): named as such.
    const ssl = (await (await fetch(`${probe.url}/v1/probe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ host: stack.smtpHost, port: stack.ports.submission, security: 'ssl' }),
    })).json()) as { verdict: { causes: Record<string, string>; summary: string } };
    expect(ssl.verdict.causes['port-encryption']).toBe('confirmed');
    expect(ssl.verdict.summary).toContain('587 expects STARTTLS');
  });
});
