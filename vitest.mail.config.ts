import { defineConfig } from 'vitest/config';

// The real mail stack on loopback (scripts/mail-stack): Postfix, Dovecot, Exim, dnsmasq, Roundcube.
// Needs root and the Debian packages of scripts/mail-stack/install.sh. BL_KEEP_STACK=1 leaves it running.
export default defineConfig({
  test: {
    include: ['test/mail/**/*.test.ts'],
    globalSetup: ['test/helpers/build-node-setup.ts', 'test/mail/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
