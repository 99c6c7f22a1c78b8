// Issue 13, item 2: another local user must not be able to plant code that runs as you. The CLI and
// the native helper used to compile TypeScript through tsx, whose cache lives in $TMPDIR/tsx-<uid>
// without an ownership check: a second user could pre-create that folder and rewrite the cached
// modules. This plays the attack with a real second Unix user against the packed-and-installed
// command and the helper launcher that `helper install` writes, as the browser starts it.
// Needs root (useradd, acting as the second user); skipped otherwise, and says so.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFrame, FrameReader, MAX_REPLY_BYTES } from '../../src/helper/framing.ts';
import { packAndInstall, type PackedInstall } from '../helpers/pack-install.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/engine/postfix-two-recipients.eml', import.meta.url));
const isRoot = process.getuid?.() === 0;
const hasUseradd = spawnSync('sh', ['-c', 'command -v useradd && command -v userdel']).status === 0;

let installed: PackedInstall;
let attacker: { name: string; uid: number; gid: number };
let shared: string;
let victimHome: string;

function asAttacker(script: string, ...args: string[]): void {
  const r = spawnSync(process.execPath, ['-e', script, ...args], { uid: attacker.uid, gid: attacker.gid, cwd: '/', encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`attacker step failed: ${r.stderr}`);
}

// The attacker's rewrite: every cached module (tsx stores {"code": ...} JSON per module) gets a
// first line that leaves a mark when it runs; files that are not such entries are replaced whole.
const POISON = `
const fs = require('node:fs');
const [dir, marker] = process.argv.slice(1);
const payload = 'process.getBuiltinModule("node:fs").writeFileSync(' + JSON.stringify(marker) + ', "planted by " + process.getuid());\\n';
for (const name of fs.readdirSync(dir)) {
  const file = dir + '/' + name;
  let entry;
  try { entry = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { entry = { code: '' }; }
  entry.code = payload + (entry.code || '');
  fs.rmSync(file, { force: true, recursive: true });
  fs.writeFileSync(file, JSON.stringify(entry), { mode: 0o666 });
}`;

const victimEnv = (): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH, LANG: 'en_US.UTF-8', HOME: victimHome, TMPDIR: shared, XDG_DATA_HOME: join(victimHome, '.local/share'),
});

function runCli(): void {
  const r = spawnSync(installed.bin, ['explain', '--json', FIXTURE], { env: victimEnv(), encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout).findings).toHaveLength(2);
}

/** Starts the launcher as the browser would (host manifest path, origin argument) and says hello. */
function runLauncher(launcher: string): void {
  const hello = encodeFrame({ type: 'hello', id: 'h1' });
  if (!hello.ok) throw new Error(hello.error);
  const r = spawnSync(launcher, ['chrome-extension://test/'], { env: victimEnv(), input: hello.frame, timeout: 20_000 });
  const reader = new FrameReader(MAX_REPLY_BYTES);
  const replies = reader.push(r.stdout).map((f) => (f.ok ? f.message : f.error));
  expect(replies).toContainEqual(expect.objectContaining({ id: 'h1', kind: 'hello' }));
}

describe.skipIf(!isRoot || !hasUseradd)('another local user and the compile cache (needs root)', () => {
  beforeAll(() => {
    installed = packAndInstall();
    const name = `blatk${randomBytes(4).toString('hex')}`;
    const add = spawnSync('useradd', ['--no-create-home', '--shell', '/usr/sbin/nologin', name], { encoding: 'utf8' });
    if (add.status !== 0) throw new Error(`useradd: ${add.stderr}`);
    const id = (flag: string): number => Number(spawnSync('id', [flag, name], { encoding: 'utf8' }).stdout.trim());
    attacker = { name, uid: id('-u'), gid: id('-g') };
    // A shared temporary folder like /tmp: everyone may create entries, sticky.
    shared = mkdtempSync('/tmp/bl-shared-tmp-');
    chmodSync(shared, 0o1777);
    victimHome = mkdtempSync('/tmp/bl-victim-home-');
  }, 180_000);

  afterAll(() => {
    if (attacker) spawnSync('userdel', [attacker.name]);
    if (shared) rmSync(shared, { recursive: true, force: true });
    if (victimHome) rmSync(victimHome, { recursive: true, force: true });
  });

  it('planted compile-cache code runs neither in the CLI nor in the helper the browser starts', () => {
    const victimUid = process.getuid?.() ?? 0;
    const planted = join(shared, `tsx-${victimUid}`);
    const marker = join(shared, 'planted-code-ran');
    // The attacker prepares the victim's cache folder before the victim runs anything.
    asAttacker(`require('node:fs').mkdirSync(${JSON.stringify(planted)}, { mode: 0o777 }); require('node:fs').chmodSync(${JSON.stringify(planted)}, 0o777);`);

    const install = spawnSync(installed.bin, ['helper', 'install', '--user-data-dir', join(victimHome, 'chrome')], { env: victimEnv(), encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(victimHome, 'chrome', 'NativeMessagingHosts', 'com.proredline.bounce_lens.json'), 'utf8')) as { path: string };
    expect(readFileSync(manifest.path, 'utf8')).toContain(installed.packageDir);

    // The victim works as usual; the attacker then rewrites whatever landed in the folder; the
    // victim works again.
    runCli();
    runLauncher(manifest.path);
    asAttacker(POISON, planted, marker);
    runCli();
    runLauncher(manifest.path);

    expect(existsSync(marker) ? readFileSync(marker, 'utf8') : 'no planted code ran').toBe('no planted code ran');
    // Nothing of the victim's was written into the folder another user owns.
    expect(readdirSync(planted)).toEqual([]);
  });
});
