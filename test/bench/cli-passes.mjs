// Where the CLI's time goes, in one process of the installed package: the same files explained
// pass after pass (JSON only, as `--format jsonl`), with the CPU time of each pass. The first
// passes carry the JIT's warm-up, which every process and worker thread pays again; the last
// ones show the steady cost per email. Args: the package's lib/ folder, then a file listing paths.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [lib, listFile, passArg] = process.argv.slice(2);
const { explainOutput } = await import(join(lib, 'cli', 'explain-output.js'));
const { DEFAULT_PROFILE } = await import(join(lib, 'core', 'profile', 'index.js'));
// The V8 settings `bounce-lens explain` runs with (absent from builds before they existed).
const tuning = await import(join(lib, 'cli', 'batch', 'v8-flags.js')).catch(() => null);
tuning?.tuneV8ForBatch();
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
