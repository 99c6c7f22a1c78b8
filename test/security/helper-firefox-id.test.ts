// Issue 13, item 11 (the Firefox id). Attack: Firefox lets the native helper talk to the add-on
// whose id the host manifest names, and AMO hands an id to whoever submits it first; an id under
// a domain no one owns (bounce-lens@proredline.example) can be taken by anyone, whose add-on
// then drives the helper. Played with the real build (vite), the real `helper install` in a
// throwaway HOME, and real Firefox loading an add-on that claims the former id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOST_NAME } from '../../src/helper/host-manifest.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/bounce-lens.js');
const VITE = join(ROOT, 'node_modules/.bin/vite');
const FIREFOX = '/usr/bin/firefox-esr';
const WEB_EXT = join(ROOT, 'node_modules/.bin/web-ext');
const FORMER_ID = 'bounce-lens@proredline.example';
const PROVIDER_ID = 'bounce-lens@mail.provider.net';

function run(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { env, cwd: ROOT }, (error, _stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }));
  });
}

/** `helper install --browser firefox` in a fresh HOME; the allowed_extensions it wrote, or null. */
async function install(geckoId?: string): Promise<{ code: number; allowed: string[] | null; home: string }> {
  const home = mkdtempSync(join(tmpdir(), 'bl-ffid-'));
  const env = { PATH: process.env.PATH, HOME: home, LANG: 'C', ...(geckoId ? { BOUNCE_LENS_GECKO_ID: geckoId } : {}) };
  const { code } = await run(process.execPath, [BIN, 'helper', 'install', '--browser', 'firefox'], env);
  const path = join(home, '.mozilla/native-messaging-hosts', `${HOST_NAME}.json`);
  const allowed = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { allowed_extensions: string[] }).allowed_extensions : null;
  return { code, allowed, home };
}

/** TARGET=firefox vite build into a temporary folder; the gecko id it wrote, or null. */
async function build(geckoId?: string): Promise<{ code: number; id: string | null }> {
  const out = mkdtempSync(join(tmpdir(), 'bl-ffbuild-'));
  try {
    const env = { ...process.env, TARGET: 'firefox', ...(geckoId ? { BOUNCE_LENS_GECKO_ID: geckoId } : {}) };
    const { code } = await run(VITE, ['build', '--outDir', out, '--logLevel', 'error'], env);
    const manifest = join(out, 'manifest.json');
    const id = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } }).browser_specific_settings.gecko.id : null;
    return { code, id };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const UNOWNED = /@([a-z0-9-]+\.)*(example|invalid|test|localhost|local)$/;
const homes: string[] = [];
afterAll(() => {
  for (const h of homes) rmSync(h, { recursive: true, force: true });
});

describe('the id the build ships and the id the helper lets in', () => {
  it('by default: the same id, under a domain someone owns', async () => {
    const [built, installed] = await Promise.all([build(), install()]);
    homes.push(installed.home);
    expect(built.code).toBe(0);
    expect(installed.allowed).toEqual([built.id]);
    expect(built.id).not.toMatch(UNOWNED);
  }, 120_000);

  it('a provider’s own id (BOUNCE_LENS_GECKO_ID) goes into both', async () => {
    const [built, installed] = await Promise.all([build(PROVIDER_ID), install(PROVIDER_ID)]);
    homes.push(installed.home);
    expect(built.id).toBe(PROVIDER_ID);
    expect(installed.allowed).toEqual([PROVIDER_ID]);
  }, 120_000);

  it.each([FORMER_ID, 'bounce-lens@example.com', 'bounce-lens@mail.test', 'not an id'])('%s is refused by the build and the installer', async (id) => {
    const [built, installed] = await Promise.all([build(id), install(id)]);
    homes.push(installed.home);
    expect(built.code).not.toBe(0);
    expect(installed.code).not.toBe(0);
    expect(installed.allowed).toBeNull();
  }, 120_000);
});

describe.skipIf(!existsSync(FIREFOX))('real Firefox: an add-on claiming the former id', () => {
  let home: string;
  let server: Server;
  let firefox: ChildProcess | undefined;
  let heard: Promise<unknown>;

  beforeAll(async () => {
    const installed = await install();
    home = installed.home;
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
    const addon = join(home, 'impostor');
    mkdirSync(addon);
    writeFileSync(join(addon, 'manifest.json'), JSON.stringify({
      manifest_version: 2, name: 'impostor', version: '1.0',
      browser_specific_settings: { gecko: { id: FORMER_ID } },
      permissions: ['nativeMessaging', 'http://127.0.0.1/*'],
      background: { scripts: ['bg.js'] },
    }));
    writeFileSync(join(addon, 'bg.js'), `
      const report = (m) => fetch('http://127.0.0.1:${port}/', { method: 'POST', body: JSON.stringify(m) });
      const native = browser.runtime.connectNative(${JSON.stringify(HOST_NAME)});
      native.onMessage.addListener(report);
      native.onDisconnect.addListener((p) => report({ disconnected: p.error ? p.error.message : null }));
      native.postMessage({ type: 'hello', id: 'impostor' });
    `);
    firefox = spawn(WEB_EXT, ['run', '--source-dir', addon, '--firefox', FIREFOX, '--args=-headless', '--no-reload', '--no-input'], {
      env: { PATH: process.env.PATH, HOME: home, LANG: 'C' }, detached: true, stdio: 'ignore',
    });
  }, 60_000);

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

  it('is not let in: Firefox disconnects it without starting the helper', async () => {
    const first = await heard;
    expect(first).toMatchObject({ disconnected: expect.any(String) });
    expect(first).not.toMatchObject({ kind: 'hello' });
  }, 60_000);
});
