// Loads the engine of a batch thread (engine.ts) with V8's code cache. Each thread of
// `bounce-lens explain` otherwise parses and compiles the engine's ~900 KB of JavaScript on its
// own, then compiles each function again the first time it runs: about a tenth of a thread's
// warm-up. The build (scripts/build-node.mjs) bundles engine.ts as one script, runs it over a few
// messages and keeps the compiled code in lib/bundle/engine.cjs.v8cache, in the package itself.
// Nothing is written at run time. A cache made by another Node version or with other V8 settings
// is refused by V8, and the script is then compiled as usual: the cache changes how fast the
// engine starts, never what it computes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { PREBUILT_AUTOMATA, type PrebuiltAutomata } from '../../core/text/keyword-automaton.ts';
import { readAutomata } from './automata-file.ts';

export type BatchEngine = typeof import('./engine.ts');

/** Where the build puts the cache of a bundled script. */
export const cacheFileOf = (file: string): string => `${file}.v8cache`;
/** Where the build puts the keyword automata of a bundled engine (automata-file.ts). */
export const automataFileOf = (file: string): string => `${file}.automata`;

export interface CompiledEngine {
  engine: BatchEngine;
  /** The compiled script (the build asks it for its cache once warmed up). */
  script: Script;
  /** Whether V8 took the cache (false: none given, or refused). */
  cached: boolean;
}

/**
 * Compiles and runs the bundled engine script at `file`. The bundle is CommonJS with
 * `import.meta.url` renamed to `importMetaUrl` (the build's `define`), given here as the
 * script's own URL: the bundle sits at the depth of lib/node/, so the catalogue's paths still meet.
 */
export function compileEngine(file: string, cachedData?: Buffer, automata: PrebuiltAutomata = {}): CompiledEngine {
  const source = readFileSync(file, 'utf8');
  // The engine's keyword automata are built while it loads: what it may take ready-made, or where to record them.
  (globalThis as { [PREBUILT_AUTOMATA]?: PrebuiltAutomata })[PREBUILT_AUTOMATA] = automata;
  const wrapped = `(function (exports, require, module, __filename, __dirname, importMetaUrl) {${source}\n})`;
  const script = new Script(wrapped, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as BatchEngine };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, dirname(file), pathToFileURL(file).href);
  return { engine: module.exports, script, cached: cachedData !== undefined && script.cachedDataRejected !== true };
}

/** The engine from the bundle at `url` with its cache; where there is no bundle (running from
 *  source or from lib/cli/), the engine's ES modules. */
export async function loadEngine(url: URL): Promise<BatchEngine> {
  const file = fileURLToPath(url);
  let cache: Buffer | undefined;
  try {
    cache = readFileSync(cacheFileOf(file));
  } catch {
    // No cache (a build that could not make one): compiled as usual.
  }
  try {
    const tables = readAutomata(automataFileOf(file));
    return compileEngine(file, cache, tables ? { tables } : {}).engine;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    return import('./engine.ts');
  }
}
