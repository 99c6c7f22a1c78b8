// `bounce-lens helper install|status|uninstall` for real, in a throwaway HOME (Linux paths).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeFrame, FrameReader } from '../../../src/helper/framing.ts';
import { extensionIds, HOST_NAME } from '../../../src/helper/host-manifest.ts';

const BIN = fileURLToPath(new URL('../../../bin/bounce-lens.js', import.meta.url));
const FILE = `${HOST_NAME}.json`;
let home: string;

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, LANG: 'C' };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, 'helper', ...args], { env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/** Every path under HOME, with file contents, to prove uninstall leaves it as it was. */
function tree(dir: string = home): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? [`${relative(home, path)}/`, ...tree(path)] : [`${relative(home, path)}:${readFileSync(path, 'utf8')}`];
  }).sort();
}

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'bl-home-'));
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

const ids = extensionIds();
if (!ids.ok) throw new Error(ids.error);

describe('bounce-lens helper install / status / uninstall', () => {
  it('installs for Chromium and Firefox, the launcher starts a working host, uninstall restores HOME', async () => {
    mkdirSync(join(home, 'Documents'));
    writeFileSync(join(home, 'Documents/keep.txt'), 'mine');
    const before = tree();

    const installed = await cli('install', '--browser', 'chromium', '--browser', 'firefox');
    expect(installed).toMatchObject({ code: 0, stderr: '' });
    expect(installed.stdout).toContain(`Installed for chromium: ${home}/.config/chromium/NativeMessagingHosts/${FILE}`);

    const chromium = JSON.parse(readFileSync(join(home, '.config/chromium/NativeMessagingHosts', FILE), 'utf8')) as Record<string, unknown>;
    const firefox = JSON.parse(readFileSync(join(home, '.mozilla/native-messaging-hosts', FILE), 'utf8')) as Record<string, unknown>;
    const launcher = join(home, '.local/share/bounce-lens/bounce-lens-helper');
    expect(chromium).toMatchObject({ name: HOST_NAME, type: 'stdio', path: launcher, allowed_origins: [`chrome-extension://${ids.ids.chrome}/`] });
    expect(firefox).toMatchObject({ name: HOST_NAME, type: 'stdio', path: launcher, allowed_extensions: [ids.ids.firefox] });
    accessSync(launcher, constants.X_OK);

    // Start the launcher the way Chrome does (origin as the argument) and say hello.
    const child = spawn(launcher, [`chrome-extension://${ids.ids.chrome}/`], { env: { PATH: process.env.PATH, HOME: home } });
    const reader = new FrameReader();
    const reply = new Promise<unknown>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const frame = reader.push(chunk)[0];
        if (frame?.ok) resolve(frame.message);
      });
    });
    const hello = encodeFrame({ type: 'hello', id: 'x' });
    if (hello.ok) child.stdin.end(hello.frame);
    expect(await reply).toMatchObject({ id: 'x', kind: 'hello' });
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(0);

    const status = await cli('status');
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`chromium: installed (${home}/.config/chromium/NativeMessagingHosts/${FILE})`);
    expect(status.stdout).toContain('firefox: installed');
    expect(status.stdout).toContain('chrome: not installed');

    // Installing again changes nothing that uninstall could miss.
    expect((await cli('install', '--browser', 'firefox')).code).toBe(0);
    const removed = await cli('uninstall');
    expect(removed.code).toBe(0);
    expect(tree()).toEqual(before);
    expect((await cli('uninstall')).stdout).toContain('Nothing to remove');
  });

  it('without --browser installs only for browsers this user has, and keeps their other files', async () => {
    mkdirSync(join(home, '.mozilla/firefox'), { recursive: true });
    writeFileSync(join(home, '.mozilla/firefox/profiles.ini'), '[General]\n');
    const before = tree();
    const installed = await cli('install');
    expect(installed.code).toBe(0);
    expect(installed.stdout).toContain('Installed for firefox');
    expect(installed.stdout).not.toContain('chrom');
    expect(statSync(join(home, '.mozilla/native-messaging-hosts', FILE)).isFile()).toBe(true);
    expect((await cli('uninstall')).code).toBe(0);
    expect(tree()).toEqual(before);
  });

  it('refuses to guess when no browser profile exists', async () => {
    const result = await cli('install');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--browser');
    expect(readdirSync(home)).toEqual([]);
  });

  it('installs into a Chromium --user-data-dir profile', async () => {
    const profile = join(home, 'profile');
    expect((await cli('install', '--user-data-dir', profile)).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(profile, 'NativeMessagingHosts', FILE), 'utf8')) as Record<string, unknown>;
    expect(manifest.allowed_origins).toEqual([`chrome-extension://${ids.ids.chrome}/`]);
    const status = await cli('status', '--json', '--user-data-dir', profile);
    const report = JSON.parse(status.stdout) as { manifestPath: string; status: { state: string; idsMatch?: boolean } }[];
    expect(report.find((r) => r.manifestPath.startsWith(profile))?.status).toMatchObject({ state: 'installed', idsMatch: true, launcherPresent: true });
    expect((await cli('uninstall')).code).toBe(0);
    expect(readdirSync(home)).toEqual([]);
  });

  it('status tells a stale or foreign registration apart', async () => {
    expect((await cli('install', '--browser', 'chrome')).code).toBe(0);
    rmSync(join(home, '.local/share/bounce-lens/bounce-lens-helper'));
    expect((await cli('status')).stdout).toContain('chrome: registered');
    const ff = join(home, '.mozilla/native-messaging-hosts');
    mkdirSync(ff, { recursive: true });
    writeFileSync(join(ff, FILE), '{"name":"something.else"}');
    expect((await cli('status')).stdout).toContain(`firefox: ${ff}/${FILE} is not a Bounce Lens host manifest`);
  });

  it('rejects unknown subcommands and options with usage', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    const bad = await cli('install', '--browser', 'netscape');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('usage: bounce-lens helper install');
  });
});
