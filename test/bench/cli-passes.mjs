// Where the CLI's time goes, in one process of the installed package: the same files explained
// pass after pass (JSON only, as `--format jsonl`), with the CPU time of each pass. The first
// passes carry the JIT's warm-up, which every process and worker thread pays again; the last
// ones show the steady cost per email. Args: the package's lib/ folder, then a file listing paths.
// The engine is loaded as `bounce-lens explain` loads it: the bundled script with its code cache
// (lib/bundle/engine.cjs) where the build has one, else the modules.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [lib, listFile, passArg] = process.argv.slice(2);
// The V8 settings `bounce-lens explain` runs with (absent from builds before they existed), set
// before the engine is compiled: its code cache is only taken under them.
const tuning = await import(join(lib, 'cli', 'batch', 'v8-flags.js')).catch(() => null);
tuning?.tuneV8ForBatch();
const bundle = join(lib, 'bundle', 'engine.cjs');
const loader = existsSync(bundle) ? await import(join(lib, 'cli', 'batch', 'engine-loader.js')).catch(() => null) : null;
const engine = loader
  ? await loader.loadEngine(pathToFileURL(bundle))
  : { ...(await import(join(lib, 'cli', 'explain-output.js'))), ...(await import(join(lib, 'core', 'profile', 'index.js'))) };
const { explainOutput, DEFAULT_PROFILE } = engine;
const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean).map((f) => readFileSync(f));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const passes = [];
for (let p = 0; p < Number(passArg ?? 12); p++) {
  const start = cpu();
  for (const data of files) await explainOutput(data, DEFAULT_PROFILE, (key) => key, false);
  passes.push(cpu() - start);
}
console.log(JSON.stringify({ emails: files.length, passes }));
