// What several browser tests do through the extension's own pages: find the tab in front, and set
// up the probe on the options page as a person would.
import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from './browser.ts';
import { t } from './catalogue.ts';

/** What these helpers need of a launched browser (two-sided.test.ts launches its own, with a known profile). */
export type ExtensionBrowser = Pick<LaunchedBrowser, 'context' | 'extensionUrl'>;

/** The slice of the chrome.* API the evaluated function uses (it runs in the service worker). */
interface WorkerGlobals {
  chrome: { tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> } };
}

/**
 * The id of the tab in front (the one just opened or navigated). Asked by focus, not by URL:
 * tabs.query by URL needs host access, which a page the extension does not cover lacks.
 */
export async function activeTabId(browser: Pick<LaunchedBrowser, 'context'>): Promise<number> {
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension has no running service worker');
  const id = await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WorkerGlobals;
    return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null;
  });
  if (id === null) throw new Error('no active tab');
  return id;
}

const SAVED = t('ui_saved');
if (!SAVED) throw new Error('the built catalogue has no ui_saved message');

/** Fills in the probe's URL and token on the options page, saves, and waits for "Saved". */
export async function configureProbe(browser: ExtensionBrowser, url: string, token: string): Promise<void> {
  const options = await browser.context.newPage();
  try {
    await options.goto(browser.extensionUrl('src/extension/options/index.html'));
    await openAdvanced(options);
    await options.locator('input[name=probeUrl]').fill(url);
    await options.locator('input[name=probeToken]').fill(token);
    await options.locator('section[aria-labelledby=probe-heading] button[type=submit]').click();
    // A Playwright wait, not expect.poll: this also runs in beforeAll hooks, outside any test.
    const saved = options.locator('section[aria-labelledby=probe-heading] .saved');
    await saved.filter({ hasText: SAVED }).waitFor();
    const shown = await saved.textContent();
    if (shown !== SAVED) throw new Error(`the options page said ${JSON.stringify(shown)}, not ${JSON.stringify(SAVED)}`);
  } finally {
    await options.close();
  }
}

/** The options page keeps the probe and the profile in a closed "Advanced" part: open it. */
export async function openAdvanced(options: Page): Promise<void> {
  await options.locator('input[name=probeUrl]').waitFor({ state: 'attached' });
  const details = options.locator('details.advanced');
  if ((await details.count()) === 0) return; // a page without the collapsed part (older builds)
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

/** Saves the user's own outgoing server on the options page, as a person would, and waits for "Saved". */
export async function configureOutgoingServer(browser: ExtensionBrowser, host: string): Promise<void> {
  const options = await browser.context.newPage();
  try {
    await options.goto(browser.extensionUrl('src/extension/options/index.html'));
    const field = options.locator('input[name=outgoingServer]');
    await field.fill(host);
    const form = options.locator('form', { has: field });
    await form.locator('button[type=submit]').click();
    await form.locator('.saved').filter({ hasText: SAVED }).waitFor();
  } finally {
    await options.close();
  }
}
