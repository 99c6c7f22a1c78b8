// The note, the popup and the explain-selection flow in firefox-esr with the Firefox build, driven
// over WebDriver BiDi (helpers/firefox-bidi.ts): the note answers in one line and its "Help on
// this" opens the bundled help at the cause; from there the popup page (opened for the bounce's
// tab, as the toolbar would) lists the bounce with the same line, is a proper combobox, explains
// pasted text, and runs "Explain this SMTP error" on the page's selection.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from './helpers/build-extension.ts';
import { t } from './helpers/catalogue.ts';
import { launchFirefox, waitIn, type FirefoxSession } from './helpers/firefox-bidi.ts';
import { ROOT } from './helpers/paths.ts';
import { startStaticServer, type StaticServer } from './helpers/static-server.ts';
import { webmailPath, webmailRoutes } from './helpers/webmail-pages.ts';

const FIREFOX_DIR = join(ROOT, 'test-output/e2e-extension/firefox-popup');
const MESSAGE = 'eml/lhost-qmail-01.eml';

let server: StaticServer;
let ff: FirefoxSession;
let page: string;
let extensionPage: string;

beforeAll(async () => {
  buildExtension({ outDir: FIREFOX_DIR, hosts: 'http://127.0.0.1/*', target: 'firefox' });
  server = await startStaticServer({ routes: [webmailRoutes([MESSAGE])] });
  ff = await launchFirefox(FIREFOX_DIR);
}, 180_000);
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const inNote = (expr: string) => `(() => { const root = document.querySelector('bounce-lens-note')?.shadowRoot; return root ? ${expr} : null; })()`;

describe('Firefox: note, popup and explain-selection', () => {
  it('the note answers in one line, and "Help on this" opens the bundled help at its cause', async () => {
    // The add-on is installed shortly after Firefox starts: try the page until a note appears.
    const until = Date.now() + 60_000;
    for (;;) {
      page = await ff.open(server.origin + webmailPath.generic(1));
      const found = await waitIn<boolean>(ff, page, "document.querySelector('bounce-lens-note') !== null", 8_000).catch(() => false);
      if (found || Date.now() > until) break;
    }
    const line = await ff.evaluate<string>(page, inNote("root.querySelector('.line').textContent"));
    expect(line).toContain(t('sum_perm_permanent'));
    expect(await ff.evaluate<string>(page, inNote("root.querySelector('section').getAttribute('aria-label')"))).toBe(line);
    const bucket = await ff.evaluate<string>(page, "document.querySelector('bounce-lens-note').getAttribute('data-bounce-lens-bucket')");
    await ff.evaluate(page, inNote("(root.querySelector('button.head').click(), [...root.querySelectorAll('.actions button')].find((b) => b.textContent === " + JSON.stringify(t('ext_help_topic')) + ").click(), true)"));
    const help = await (async () => {
      for (let i = 0; i < 40; i++) {
        const tab = (await ff.tabs()).find((x) => x.url.startsWith('moz-extension://') && x.url.includes('/help/'));
        if (tab) return tab;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error('the help page did not open');
    })();
    expect(new URL(help.url).hash).toBe(`#${bucket}`);
    extensionPage = help.context;
    expect(await waitIn<string>(ff, extensionPage, `document.querySelector('section#${bucket} h2')?.textContent ?? ''`)).toBe(t(`help_${bucket.replace(/-/g, '_')}_t`));
  }, 120_000);

  it('the popup lists the bounce with the same one line, and its input is a combobox', async () => {
    // From the extension's own page, open the popup for the bounce's tab (as the toolbar button would).
    await ff.evaluate(extensionPage, `(async () => {
      const tabs = await browser.tabs.query({});
      const tab = tabs.find((x) => (x.url ?? '').includes('/imp/dynamic.php'));
      location.href = location.origin + '/src/extension/popup/index.html?tabId=' + tab.id;
      return true;
    })()`);
    await waitIn(ff, extensionPage, "document.querySelectorAll('li.bounce').length === 1");
    const row = await ff.evaluate<string>(extensionPage, "document.querySelector('li.bounce .bounce-title').textContent");
    expect(row).toBe(await ff.evaluate<string>(page, inNote("root.querySelector('.line').textContent")));
    const input = await ff.evaluate<Record<string, string | null>>(extensionPage, `(() => { const i = document.querySelector('textarea.palette-input');
      return { role: i.getAttribute('role'), expanded: i.getAttribute('aria-expanded'), controls: i.getAttribute('aria-controls') }; })()`);
    expect(input).toEqual({ role: 'combobox', expanded: 'false', controls: null });
  }, 60_000);

  it('explains pasted text: the answer in one line, the text shown once', async () => {
    const text = '550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox table';
    await ff.evaluate(extensionPage, `(() => { const i = document.querySelector('textarea.palette-input'); i.focus();
      i.value = ${JSON.stringify(text)}; i.dispatchEvent(new Event('input', { bubbles: true })); return true; })()`);
    await waitIn(ff, extensionPage, "document.querySelector('textarea.palette-input').getAttribute('aria-expanded') === 'true'");
    await ff.evaluate(extensionPage, "(document.querySelector('textarea.palette-input').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })), true)");
    const headline = await waitIn<string>(ff, extensionPage, "document.querySelector('section.explained .headline')?.textContent ?? ''");
    expect(headline).toContain(t('sum_perm_permanent'));
    expect(await ff.evaluate<number>(extensionPage, "document.querySelectorAll('.explained-text').length")).toBe(0);
  }, 60_000);

  it('runs "Explain this SMTP error" on the selection in the page', async () => {
    const selected = await ff.evaluate<string>(page, `(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent.indexOf('550 ');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, n.textContent.length);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        return getSelection().toString();
      }
      return '';
    })()`);
    expect(selected).toMatch(/^550 /);
    await ff.evaluate(extensionPage, `(() => { const i = document.querySelector('textarea.palette-input'); i.focus();
      i.value = '> explain'; i.dispatchEvent(new Event('input', { bubbles: true })); return true; })()`);
    await waitIn(ff, extensionPage, "document.querySelector('.palette-item.active')?.getAttribute('data-command') === 'explain-selection'");
    await ff.evaluate(extensionPage, "(document.querySelector('textarea.palette-input').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })), true)");
    const shown = await waitIn<string>(ff, extensionPage, "document.querySelector('section.explained .explained-text')?.textContent ?? ''");
    expect(shown.trim()).toBe(selected.trim());
    expect(await ff.evaluate<string>(extensionPage, "document.querySelector('section.explained .headline')?.textContent ?? ''")).toMatch(/\S/);
  }, 60_000);
});
