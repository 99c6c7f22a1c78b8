// Vitest global setup: the CLI and helper tests start the real `bin/bounce-lens.js`, which runs the
// compiled lib/. Rebuild it when a source is newer than the last build (a fresh clone has none).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const script = fileURLToPath(new URL('../../scripts/build-node.mjs', import.meta.url));
  execFileSync(process.execPath, [script, '--if-stale'], { stdio: 'inherit' });
}
