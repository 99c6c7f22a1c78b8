#!/usr/bin/env node
// Compiles the Node side (library, CLI, server, helper) to lib/ with declaration files, so that
// the installed package runs plain JavaScript and never compiles TypeScript at run time.
//   node scripts/build-node.mjs              always rebuilds
//   node scripts/build-node.mjs --if-stale   rebuilds only when a source is newer than the last build
// The build goes to a fresh folder that replaces lib/ in one rename: a process that starts the
// CLI meanwhile sees the old build or the new one, never half of one.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asciiScript } from './build-ascii.mjs';
import { lazyData } from './build-lazy-data.mjs';

const root = new URL('..', import.meta.url).pathname;
const lib = join(root, 'lib');
const stamp = join(lib, '.built');
const SKIP = new Set(['extension']);

/** Newest modification time among the inputs of the Node build. */
function newestInput() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) walk(join(dir, entry.name));
      } else newest = Math.max(newest, statSync(join(dir, entry.name)).mtimeMs);
    }
  };
  walk(join(root, 'src'));
  for (const file of ['tsconfig.json', 'tsconfig.build.json']) newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
  return newest;
}

function fresh() {
  return existsSync(stamp) && statSync(stamp).mtimeMs >= newestInput();
}

if (process.argv.includes('--if-stale') && fresh()) process.exit(0);

const started = Date.now();
const out = `${lib}.tmp-${process.pid}`;
rmSync(out, { recursive: true, force: true });
try {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', out], {
    cwd: root,
    stdio: 'inherit',
  });
} catch {
  rmSync(out, { recursive: true, force: true });
  process.exit(1);
}
// The command runs from one bundle (lib/bundle/): 120-odd modules, each resolved, read and compiled
// on its own, were a third of the time `bounce-lens explain` took for one file. Each command's code
// is a chunk loaded when the command runs; packages stay outside. The bundle sits at the depth of
// lib/node/, so paths made from import.meta.url (the catalogue, the manifest) still meet; the
// worker stays at batch/worker.js beside the code that starts it. lib/ keeps the modules (the library).
try {
  const { build } = await import('esbuild');
  await build({
    entryPoints: { main: join(out, 'cli', 'main.js'), 'batch/worker': join(out, 'cli', 'batch', 'worker.js') },
    outdir: join(out, 'bundle'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    chunkNames: 'chunk-[hash]',
    legalComments: 'none',
    logLevel: 'warning',
  });
  // The batch engine once more, as one CommonJS script, which (unlike an ES module) V8 can load
  // from a code cache: each thread of `bounce-lens explain` loads this (src/cli/batch/engine-loader.ts).
  await build({
    entryPoints: [join(out, 'cli', 'batch', 'engine.js')],
    outfile: join(out, 'bundle', 'engine.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // Its one package (postal-mime) inside it too: a dozen modules more to resolve and compile
    // on every start, outside the cache.
    define: { 'import.meta.url': 'importMetaUrl' },
    // Without comments or indentation (1.2 → 1.0 MB), and in ASCII (build-ascii.mjs): each thread
    // reads the whole script as a string before V8 takes its code cache.
    minifyWhitespace: true,
    // The word model, read only for texts nothing else recognised, as a file read on first use (build-lazy-data.mjs).
    plugins: [lazyData({ '/core/knowledge/word-model-data.js': 'word-model-data.json' }, join(out, 'bundle'))],
    legalComments: 'none',
    logLevel: 'warning',
  });
  const engine = join(out, 'bundle', 'engine.cjs');
  writeFileSync(engine, asciiScript(readFileSync(engine, 'utf8'), 'engine.cjs').source);
} catch (error) {
  process.stderr.write(`build-node: bundle failed: ${error.message}\n`);
  rmSync(out, { recursive: true, force: true });
  process.exit(1);
}
// Its code cache, made with this Node (a package used with another Node compiles the script as usual).
try {
  execFileSync(process.execPath, [join(root, 'scripts', 'build-engine-cache.mjs'), out], { cwd: root, stdio: 'inherit' });
} catch {
  process.stderr.write('build-node: no code cache for the engine (it still runs, compiled at start)\n');
}
// The stamp carries the build's start time: a source saved during the build makes the next run rebuild.
writeFileSync(join(out, '.built'), `${new Date(started).toISOString()}\n`);
utimesSync(join(out, '.built'), new Date(started), new Date(started));
const old = `${lib}.old-${process.pid}`;
if (existsSync(lib)) renameSync(lib, old);
renameSync(out, lib);
rmSync(old, { recursive: true, force: true });
process.stdout.write(`build-node: lib/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
