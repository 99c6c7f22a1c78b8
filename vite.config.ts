// Builds the extension: Chrome MV3 into dist/, TARGET=firefox into dist-firefox/.
// BOUNCE_LENS_HOSTS (comma-separated match patterns) adds webmail hosts at build time.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { manifestForTarget, type SourceManifest, type Target } from './src/extension/shared/manifest-for-target.ts';
import { parseHostList, webmailPatterns } from './src/extension/shared/webmail-hosts.ts';
import { geckoIdFrom } from './src/shared/extension-identity.ts';

const target: Target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const extraHosts = parseHostList(process.env.BOUNCE_LENS_HOSTS);
if (!extraHosts.ok) throw new Error(`BOUNCE_LENS_HOSTS: ${extraHosts.error}`);
// BOUNCE_LENS_GECKO_ID: a provider's own Firefox id (give the helper's installer the same one).
const geckoId = geckoIdFrom(process.env.BOUNCE_LENS_GECKO_ID);
if (!geckoId.ok) throw new Error(`BOUNCE_LENS_GECKO_ID: ${geckoId.error}`);

// The catalogue is merged from its fragments before every build so _locales is never stale.
execFileSync(process.execPath, [fileURLToPath(new URL('./scripts/build-locales.mjs', import.meta.url))], { stdio: 'inherit' });

const source = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as SourceManifest;
const manifest = manifestForTarget(source, target, webmailPatterns(target, extraHosts.patterns), geckoId.id);

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: manifest as unknown as ManifestV3Export,
      browser: target,
      // One self-contained classic script: it also runs where scripting.registerContentScripts
      // puts it (self-hosted webmail enabled later), where a loader's chunks are not web-accessible.
      contentScripts: { standaloneFiles: ['src/extension/content/index.ts'] },
    }),
  ],
  build: {
    outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
    // Pages the manifest does not name (crxjs builds those it does): the bundled help page.
    rollupOptions: { input: { help: 'src/extension/help/index.html' } },
    emptyOutDir: true,
    target: 'es2022',
  },
});
