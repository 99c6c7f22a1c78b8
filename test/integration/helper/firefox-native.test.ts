// Real Firefox (headless, through web-ext) finds the helper in ~/.mozilla/native-messaging-hosts
// of a throwaway HOME and lets in the add-on with the project's gecko id. The add-on is a minimal
// stand-in that says hello and posts what it hears to a loopback server of this test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extensionIds, HOST_NAME } from '../../../src/helper/host-manifest.ts';

const FIREFOX = '/usr/bin/firefox-esr';
const BIN = fileURLToPath(new URL('../../../bin/bounce-lens.js', import.meta.url));
const WEB_EXT = fileURLToPath(new URL('../../../node_modules/.bin/web-ext', import.meta.url));

describe.skipIf(!existsSync(FIREFOX))('Firefox ↔ installed helper (native messaging)', () => {
  let home: string;
  let server: Server;
  let firefox: ChildProcess | undefined;
  let heard: Promise<unknown>;

  beforeAll(async () => {
    const ids = extensionIds();
    if (!ids.ok) throw new Error(ids.error);
    home = mkdtempSync(join(tmpdir(), 'bl-firefox-'));
    heard = new Promise((resolve) => {
      server = createServer((request, response) => {
        let body = '';
        request.on('data', (d: Buffer) => { body += d.toString(); });
        request.on('end', () => {
          response.end();
          resolve(JSON.parse(body) as unknown);
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const addon = join(home, 'addon');
    mkdirSync(addon);
    writeFileSync(join(addon, 'manifest.json'), JSON.stringify({
      manifest_version: 2, name: 'helper-probe', version: '1.0',
      browser_specific_settings: { gecko: { id: ids.ids.firefox } },
      permissions: ['nativeMessaging', 'http://127.0.0.1/*'],
      background: { scripts: ['bg.js'] },
    }));
    writeFileSync(join(addon, 'bg.js'), `
      const report = (m) => fetch('http://127.0.0.1:${port}/', { method: 'POST', body: JSON.stringify(m) });
      const native = browser.runtime.connectNative(${JSON.stringify(HOST_NAME)});
      native.onMessage.addListener(report);
      native.onDisconnect.addListener((p) => report({ disconnected: p.error ? p.error.message : null }));
      native.postMessage({ type: 'hello', id: 'firefox' });
    `);
    const env = { PATH: process.env.PATH, HOME: home, LANG: 'C' };
    await new Promise<void>((resolve, reject) => {
      execFile(process.execPath, [BIN, 'helper', 'install', '--browser', 'firefox'], { env }, (error) => (error ? reject(error) : resolve()));
    });
    // Its own process group, so the browser and its children stop with it.
    firefox = spawn(WEB_EXT, ['run', '--source-dir', addon, '--firefox', FIREFOX, '--args=-headless', '--no-reload', '--no-input'], {
      env, detached: true, stdio: 'ignore',
    });
  });

  afterAll(async () => {
    if (firefox?.pid) {
      try {
        process.kill(-firefox.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await new Promise((resolve) => server.close(resolve));
    rmSync(home, { recursive: true, force: true });
  });

  it('starts the helper for the add-on and gets its hello', async () => {
    expect(await heard).toMatchObject({ id: 'firefox', kind: 'hello', protocol: 1 });
  }, 60_000);
});
