// Builds the extension for the e2e run with loopback pages allowed (BOUNCE_LENS_HOSTS).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

export function buildExtension(options: { outDir: string; hosts: string; target?: 'chrome' | 'firefox' }): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', options.outDir, '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, BOUNCE_LENS_HOSTS: options.hosts, TARGET: options.target ?? 'chrome' },
  });
}
