// Real headless Chromium (apt's /usr/bin/chromium) with the built extension, as DEVELOPERS.md
// says: a fresh profile per launch, no network but loopback (the proxy is a dead port).
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROME_EXTENSION_DIR, OUTPUT_DIR } from './paths.ts';

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The extension's id, read from its service worker URL. */
  extensionId: string;
  /** chrome-extension://ID/<path> */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  /**
   * Host names served by our loopback servers under their real names (https://mail.google.com:PORT
   * reaches 127.0.0.1:PORT): resolved to 127.0.0.1, kept off the dead proxy, and their self-signed
   * certificate accepted. Every other name fails to resolve, so nothing can leave the machine.
   */
  loopbackHosts?: string[];
  extraArgs?: string[];
}

function loopbackArgs(hosts: string[]): string[] {
  if (hosts.length === 0) return [];
  const rules = [...hosts.map((h) => `MAP ${h} 127.0.0.1`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  return [`--host-resolver-rules=${rules}`, `--proxy-bypass-list=${hosts.join(';')}`, '--ignore-certificate-errors'];
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const dist = options.extensionDir ?? CHROME_EXTENSION_DIR;
  const profile = mkdtempSync(join(tmpdir(), 'bounce-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--proxy-server=http://127.0.0.1:9',
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
      ...loopbackArgs(options.loopbackHosts ?? []),
      ...(options.extraArgs ?? []),
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      extensionId,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** Saves a screenshot to test-output/e2e/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false });
  return path;
}
