// Real Chromium finds the installed helper and lets the extension in. A minimal throwaway
// extension with the project's manifest `key` (so the same id, which allowed_origins must
// match) connects with runtime.connectNative, as the background will. The popup flow itself
// belongs to the extension's e2e suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { HOST_NAME } from '../../../src/helper/host-manifest.ts';

const CHROMIUM = '/usr/bin/chromium';

/** The slice of the extension API this test calls inside the service worker. */
interface NativeApi {
  runtime: {
    lastError?: { message?: string };
    connectNative(name: string): {
      postMessage(message: unknown): void;
      disconnect(): void;
      onMessage: { addListener(listener: (message: unknown) => void): void };
      onDisconnect: { addListener(listener: () => void): void };
    };
  };
}
const BIN = fileURLToPath(new URL('../../../bin/bounce-lens.js', import.meta.url));
const key = (JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8')) as { key: string }).key;

describe.skipIf(!existsSync(CHROMIUM))('Chromium ↔ installed helper (native messaging)', () => {
  let home: string;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'bl-chromium-'));
    const profile = join(home, 'profile');
    const extension = join(home, 'extension');
    mkdirSync(extension);
    writeFileSync(join(extension, 'manifest.json'), JSON.stringify({
      manifest_version: 3, name: 'helper-probe', version: '1.0', key,
      permissions: ['nativeMessaging'], background: { service_worker: 'sw.js' },
    }));
    writeFileSync(join(extension, 'sw.js'), '// connectNative is called from the test through evaluate()\n');
    await new Promise<void>((resolve, reject) => {
      execFile(process.execPath, [BIN, 'helper', 'install', '--user-data-dir', profile], { env: { PATH: process.env.PATH, HOME: home, LANG: 'C' } },
        (error) => (error ? reject(error) : resolve()));
    });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
        '--proxy-server=http://127.0.0.1:9', '--no-first-run', '--no-sandbox',
      ],
    });
  });

  afterAll(async () => {
    await context?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('starts the helper for the extension and gets its hello', async () => {
    const ctx = context as BrowserContext;
    const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    const reply = await worker.evaluate((host) => new Promise((resolve) => {
      const chrome = (globalThis as unknown as { chrome: NativeApi }).chrome;
      const port = chrome.runtime.connectNative(host);
      port.onMessage.addListener((message) => {
        resolve(message);
        port.disconnect();
      });
      port.onDisconnect.addListener(() => resolve({ disconnected: chrome.runtime.lastError?.message ?? null }));
      port.postMessage({ type: 'hello', id: 'chromium' });
    }), HOST_NAME);
    expect(reply).toMatchObject({ id: 'chromium', kind: 'hello', protocol: 1 });
  });
});
