import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit and integration tests. Browser end-to-end and the real mail stack have their own configs.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.{ts,tsx}', 'test/security/extension-*.node.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
