// An esbuild plugin for `scripts/build-node.mjs`: a module that only exports data the engine seldom
// needs (the word model, a third of the engine's source, read only for a text nothing else
// recognised) is bundled as a JSON file beside the bundle, read on first use. As an object
// literal it sat in V8's code cache, which every thread of `bounce-lens explain` deserialises
// whole when it starts: a one-file explain that never reached the model paid ~700 page faults
// and its share of the cache's 1.4 MB for it.
// Each export must be a plain object of JSON data (checked: it survives JSON unchanged); it becomes
// an object with a getter per property, which reads the file the first time any is read.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const isPlainObject = (v) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;

/** The module at `path` as getters over `file` (a name beside the bundle), and that file's JSON. */
export async function lazyModule(path, file) {
  const exports = { ...(await import(pathToFileURL(path).href)) };
  const json = JSON.stringify(exports);
  for (const [name, value] of Object.entries(exports)) {
    if (name === 'default' || !isPlainObject(value) || !isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value)) {
      throw new Error(`build-lazy-data: ${path}: export ${name} is not a named plain object of JSON data`);
    }
  }
  const lines = [
    "import { readFileSync } from 'node:fs';",
    'let data;',
    `const load = () => (data ??= JSON.parse(readFileSync(new URL(${JSON.stringify(`./${file}`)}, import.meta.url), 'utf8')));`,
  ];
  for (const [name, value] of Object.entries(exports)) {
    const getters = Object.keys(value).map((key) => `get ${JSON.stringify(key)}() { return load()[${JSON.stringify(name)}][${JSON.stringify(key)}]; }`);
    lines.push(`export const ${name} = { ${getters.join(', ')} };`);
  }
  return { source: lines.join('\n'), json };
}

/** An esbuild plugin: each module whose path ends with a key of `modules` is bundled lazily, its data written to `outdir`/<value>. */
export function lazyData(modules, outdir) {
  const seen = new Set();
  return {
    name: 'lazy-data',
    setup(build) {
      build.onLoad({ filter: /\.js$/ }, async ({ path }) => {
        const suffix = Object.keys(modules).find((s) => path.endsWith(s));
        if (!suffix) return undefined;
        seen.add(suffix);
        const file = modules[suffix];
        const { source, json } = await lazyModule(path, file);
        mkdirSync(outdir, { recursive: true });
        writeFileSync(join(outdir, basename(file)), json);
        return { contents: source, loader: 'js' };
      });
      // A module renamed or gone would otherwise silently stay in the bundle as it is.
      build.onEnd((result) => {
        const missing = Object.keys(modules).filter((s) => !seen.has(s));
        if (missing.length && result.errors.length === 0) throw new Error(`build-lazy-data: not in the bundle: ${missing.join(', ')}`);
      });
    },
  };
}
