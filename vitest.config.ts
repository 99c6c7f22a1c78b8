import { configDefaults, defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit and integration tests. Browser end-to-end and the real mail stack have their own configs.
export default defineConfig({
  plugins: [preact()],
  test: {
    // test/security: every attack played against a real component; the ones that need a
    // browser (*.browser.test.ts) run with the e2e config.
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.{ts,tsx}', 'test/security/**/*.test.{ts,tsx}'],
    exclude: [...configDefaults.exclude, 'test/security/**/*.browser.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
