// `npm pack`, then an install of that tarball into an empty prefix with production dependencies
// only, as a user gets it, with no network: the prefix's lockfile is the project's own (its
// production entries), so npm takes every dependency from the local cache that `npm ci` filled.
// Used by the packaging test, the local-user security tests and `npm run bench:cli`.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface LockEntry {
  dev?: boolean;
  [field: string]: unknown;
}
interface Lock {
  packages: Record<string, LockEntry>;
}

export interface PackedInstall {
  /** The installed package: <prefix>/node_modules/bounce-lens */
  packageDir: string;
  /** <prefix>/node_modules/.bin/bounce-lens, the command npm links */
  bin: string;
  prefix: string;
  tarball: string;
}

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });
}

function prefixLock(tarballName: string, integrity: string): { pkg: object; lock: object } {
  const project = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lock;
  const { name: _n, devDependencies: _d, ...rootEntry } = project.packages[''] as LockEntry;
  const spec = `file:${tarballName}`;
  const packages: Record<string, LockEntry> = {
    '': { name: 'bounce-lens-install', dependencies: { 'bounce-lens': spec } },
    'node_modules/bounce-lens': { ...rootEntry, resolved: spec, integrity },
  };
  for (const [path, entry] of Object.entries(project.packages)) {
    if (path.startsWith('node_modules/') && !entry.dev) packages[path] = entry;
  }
  return {
    pkg: { name: 'bounce-lens-install', private: true, dependencies: { 'bounce-lens': spec } },
    lock: { name: 'bounce-lens-install', lockfileVersion: 3, requires: true, packages },
  };
}

/**
 * The default parent is outside the checkout, so that nothing the installed package loads can be
 * found in the checkout's node_modules by Node walking up; and it is ours alone (0700, checked),
 * since another local user could otherwise prepare it in the shared temporary folder.
 */
function privateParent(): string {
  const dir = join(tmpdir(), `bounce-lens-packed-${process.getuid?.() ?? 'user'}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = lstatSync(dir);
  if (!st.isDirectory() || st.uid !== process.getuid?.() || (st.mode & 0o077) !== 0) {
    throw new Error(`${dir} is not a private folder of this user: refusing to install there`);
  }
  return dir;
}

/**
 * Packs the checkout (its lib/ must be built: the packing does not build, so tests running
 * meanwhile never see lib/ replaced) and installs it into a fresh prefix under `parent`. The
 * same build is installed once per `parent`: later calls reuse it.
 */
export function packAndInstall(parent = privateParent()): PackedInstall {
  const built = readFileSync(join(ROOT, 'lib', '.built'), 'utf8');
  const key = createHash('sha256').update(built).update(readFileSync(join(ROOT, 'package-lock.json'))).update(readFileSync(join(ROOT, 'package.json'))).digest('hex').slice(0, 12);
  const prefix = join(parent, key);
  const result = (): PackedInstall => {
    const packageDir = join(prefix, 'node_modules', 'bounce-lens');
    return { prefix, packageDir, bin: join(prefix, 'node_modules', '.bin', 'bounce-lens'), tarball: join(prefix, 'bounce-lens.tgz') };
  };
  if (existsSync(join(prefix, '.installed'))) return result();

  const work = `${prefix}.tmp-${randomBytes(6).toString('hex')}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work, ROOT], work)) as { filename: string; integrity: string }[];
  if (!packed) throw new Error('npm pack wrote nothing');
  renameSync(join(work, packed.filename), join(work, 'bounce-lens.tgz'));
  const { pkg, lock } = prefixLock('bounce-lens.tgz', packed.integrity);
  writeFileSync(join(work, 'package.json'), JSON.stringify(pkg, null, 2));
  writeFileSync(join(work, 'package-lock.json'), JSON.stringify(lock, null, 2));
  npm(['ci', '--offline', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], work);
  writeFileSync(join(work, '.installed'), `${new Date().toISOString()}\n`);
  try {
    renameSync(work, prefix);
  } catch {
    // Another test file installed the same build first: use that one.
    rmSync(work, { recursive: true, force: true });
  }
  // Installs of older builds go after an hour (a run in progress may still use a recent one).
  for (const other of readdirSync(parent)) {
    const path = join(parent, other);
    if (path !== prefix && Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true, force: true });
  }
  return result();
}
