// Where the e2e run keeps what it builds and saves. One place, so every e2e test agrees.
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');
/** The Chrome build the e2e global setup makes (never dist/: other work builds there). */
export const CHROME_EXTENSION_DIR = join(ROOT, 'test-output/e2e-extension/chrome');
/** Screenshots and other things a person should look at after a run. */
export const OUTPUT_DIR = join(ROOT, 'test-output/e2e');
