#!/usr/bin/env node
// Makes V8's code cache for the bundled batch engine (lib/bundle/engine.cjs; see
// src/cli/batch/engine-loader.ts). Run by build-node.mjs on the build it is making:
//   node scripts/build-engine-cache.mjs <build folder>
// The script is compiled under the V8 settings `bounce-lens explain` runs with, then explains a few
// messages in each output format, so the cache also holds the functions a run compiles lazily;
// then its cache is written beside it. The messages are the repository's own examples
// (test/fixtures/engine/*.eml, bounce-checks/*.eml, explain-cases.tsv), not the benchmark's
// corpus; where they are absent (an unpacked package) the cache holds what loading compiles.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const build = process.argv[2];
if (!build) {
  process.stderr.write('usage: build-engine-cache.mjs <build folder>\n');
  process.exit(2);
}
const { tuneV8ForBatch } = await import(join(build, 'cli', 'batch', 'v8-flags.js'));
const { compileEngine, cacheFileOf, automataFileOf } = await import(join(build, 'cli', 'batch', 'engine-loader.js'));
const { encodeAutomata } = await import(join(build, 'cli', 'batch', 'automata-file.js'));
const { DEFAULT_PROFILE } = await import(join(build, 'core', 'profile', 'index.js'));
tuneV8ForBatch();

function examples() {
  const found = [];
  for (const dir of ['test/fixtures/engine', 'test/fixtures/bounce-checks']) {
    const at = join(root, dir);
    if (!existsSync(at)) continue;
    for (const name of readdirSync(at).sort()) if (name.endsWith('.eml')) found.push(readFileSync(join(at, name)));
  }
  const cases = join(root, 'test/fixtures/explain-cases.tsv');
  if (existsSync(cases)) {
    const [header, ...rows] = readFileSync(cases, 'utf8').split('\n');
    const column = header.split('\t').indexOf('text');
    for (const row of rows) {
      const text = row.split('\t')[column];
      if (text) found.push(Buffer.from(text.replaceAll('\\n', '\n').replaceAll('\\t', '\t')));
    }
  }
  return found;
}

const file = join(build, 'bundle', 'engine.cjs');
// The keyword automata the engine builds are recorded, to be shipped ready-made (automata-file.ts).
const automata = { made: [] };
const { engine, script } = compileEngine(file, undefined, automata);
const inputs = examples();
// Each output format, then --lean (the engine's findings only).
for (const [format, lean] of [['jsonl', false], ['text', false], ['csv', false], ['jsonl', true]]) {
  const ctx = { format, profile: DEFAULT_PROFILE, lang: 'en', headers: true, columns: ['recipient', 'reason'], lean };
  const t = engine.loadTranslate('en');
  let id = 0;
  for (const data of inputs) await engine.runTask({ id: id++, name: 'example', data: new Uint8Array(data) }, ctx, t);
}
const cache = script.createCachedData();
writeFileSync(cacheFileOf(file), cache);
// After the examples, so that the transitions they needed are worked out in the tables too.
const tables = encodeAutomata(automata.made);
writeFileSync(automataFileOf(file), tables);
process.stdout.write(`build-engine-cache: ${(cache.length / 1024).toFixed(0)} KB after ${inputs.length} examples; ${automata.made.length} keyword automata, ${(tables.length / 1024).toFixed(0)} KB\n`);
