#!/usr/bin/env node
// `npm run package`: builds the extension for both stores and writes their zips to artifacts/:
// bounce-lens-chrome-<version>.zip (Chrome Web Store) and bounce-lens-firefox-<version>.zip (AMO).
// Store builds take no BOUNCE_LENS_HOSTS: an administrator's extra hosts are for their own build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const artifacts = join(root, 'artifacts');
const env = { ...process.env };
delete env.BOUNCE_LENS_HOSTS;

mkdirSync(artifacts, { recursive: true });
for (const [target, dir] of [['chrome', 'dist'], ['firefox', 'dist-firefox']]) {
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, TARGET: target },
  });
  if (target === 'chrome') {
    // The Chrome Web Store refuses a manifest with "key" (it signs with its own); the key only
    // pins the id of unpacked and policy-installed builds.
    const file = join(root, dir, 'manifest.json');
    const { key: _key, ...manifest } = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify(manifest, null, 2));
  }
  const filename = `bounce-lens-${target}-${version}.zip`;
  rmSync(join(artifacts, filename), { force: true });
  execFileSync(process.execPath, [
    join(root, 'node_modules/web-ext/bin/web-ext.js'), 'build', '--source-dir', join(root, dir),
    '--artifacts-dir', artifacts, '--filename', filename, '--overwrite-dest', '--no-config-discovery',
  ], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`artifacts/${filename}`);
}
