import { defineConfig } from 'vitest/config';

// End-to-end tests in real headless Chromium with the built extension. One build for the run
// (global setup), files one after another (the machine is shared), generous timeouts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts', 'test/security/**/*.browser.test.ts'],
    environment: 'node',
    globalSetup: ['test/helpers/build-node-setup.ts', 'test/e2e/helpers/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
