// Vitest global setup for the e2e run: one build of the extension for every test file.
import { buildExtension } from './build-extension.ts';
import { CHROME_EXTENSION_DIR } from './paths.ts';

export default function setup(): void {
  buildExtension({ outDir: CHROME_EXTENSION_DIR, hosts: 'http://127.0.0.1/*' });
}
