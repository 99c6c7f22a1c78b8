#!/usr/bin/env node
// Merges the catalogue fragments in src/locales/<lang>/*.json (one per area: knowledge, ui, cli)
// into public/_locales/<lang>/messages.json, the one catalogue that browser.i18n and the CLI read.
// --check: exit 1 if the committed catalogue is not what the fragments give.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const srcDir = join(root, 'src/locales');
let stale = 0;

for (const lang of readdirSync(srcDir).sort()) {
  const merged = {};
  const origin = {};
  for (const file of readdirSync(join(srcDir, lang)).filter((f) => f.endsWith('.json')).sort()) {
    const entries = JSON.parse(readFileSync(join(srcDir, lang, file), 'utf8'));
    for (const [key, value] of Object.entries(entries)) {
      if (!/^[A-Za-z0-9_@]+$/.test(key)) throw new Error(`${lang}/${file}: bad message name "${key}"`);
      const lower = key.toLowerCase(); // Chrome message names are case-insensitive
      if (origin[lower]) throw new Error(`${lang}: "${key}" is in both ${origin[lower]} and ${file}`);
      origin[lower] = file;
      merged[key] = value;
    }
  }
  const sorted = Object.fromEntries(Object.keys(merged).sort().map((k) => [k, merged[k]]));
  const out = JSON.stringify(sorted, null, 1) + '\n';
  const target = join(root, 'public/_locales', lang, 'messages.json');
  if (check) {
    if (!existsSync(target) || readFileSync(target, 'utf8') !== out) {
      console.error(`stale: ${target} (run node scripts/build-locales.mjs)`);
      stale++;
    }
  } else {
    mkdirSync(join(root, 'public/_locales', lang), { recursive: true });
    writeFileSync(target, out);
  }
}
process.exit(stale ? 1 : 0);
