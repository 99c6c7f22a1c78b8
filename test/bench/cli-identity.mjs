#!/usr/bin/env node
// Performance work must not change a byte of what `bounce-lens explain` prints. This runs the built
// CLI (bin/bounce-lens.js, so `npm run build:node` first) over every message in test/fixtures and
// every text of the knowledge tables (error-texts.tsv, explain-cases.tsv; no lead-held table), in
// each output format, and either keeps the outputs or compares them with kept ones:
//   node test/bench/cli-identity.mjs save <dir>      before a change
//   node test/bench/cli-identity.mjs compare <dir>   after it: exit 1 and the first differences
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'test', 'fixtures');
// A fixed place, so that the file names in the output are the same from run to run.
const TEXTS = '/tmp/bl-cli-identity-texts';
const [mode, dir] = process.argv.slice(2);
if (!['save', 'compare'].includes(mode ?? '') || !dir) {
  process.stderr.write('usage: cli-identity.mjs save|compare <dir>\n');
  process.exit(2);
}

function messages(folder) {
  const found = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...messages(path));
    else if (!/\.(md|py|tsv|json|txt-notes)$|LICENSE$/.test(entry.name)) found.push(path);
  }
  return found;
}

function tableTexts() {
  rmSync(TEXTS, { recursive: true, force: true });
  mkdirSync(TEXTS, { recursive: true });
  const written = [];
  for (const table of ['knowledge/error-texts.tsv', 'explain-cases.tsv']) {
    const [header, ...rows] = readFileSync(join(FIXTURES, table), 'utf8').split('\n');
    const column = header.split('\t').indexOf('text');
    rows.forEach((row, i) => {
      const text = row.split('\t')[column];
      if (!text) return;
      const path = join(TEXTS, `${table.replace(/\W/g, '_')}-${String(i).padStart(5, '0')}.txt`);
      writeFileSync(path, text.replaceAll('\\n', '\n').replaceAll('\\t', '\t'));
      written.push(path);
    });
  }
  return written;
}

const files = [...messages(FIXTURES).filter((f) => !f.includes('/knowledge/error-texts')).sort(), ...tableTexts()];
const list = join(TEXTS, 'list.txt');
writeFileSync(list, `${files.join('\n')}\n`);
const RUNS = {
  'jsonl.jobs1': ['--format', 'jsonl', '--jobs', '1'],
  'jsonl.default': ['--format', 'jsonl'],
  'text.default': ['--format', 'text'],
  'text.de': ['--format', 'text', '--lang', 'de'],
  'csv.jobs2': ['--format', 'csv', '--jobs', '2'],
};
let failed = false;
mkdirSync(dir, { recursive: true });
for (const [name, args] of Object.entries(RUNS)) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'bounce-lens.js'), 'explain', ...args, '--files-from', list], {
    cwd: ROOT, maxBuffer: 1 << 30, env: { ...process.env, LANG: 'C', LANGUAGE: '' },
  });
  const out = Buffer.concat([run.stdout, Buffer.from(`\n#exit ${run.status}\n`), run.stderr]);
  // A run killed by a signal printed only part of its output: neither a baseline nor a match (round 10: a
  // V8 flag made Node crash with SIGSEGV and two cut-short runs compared "identical").
  if (run.signal) {
    failed = true;
    process.stdout.write(`${name}: killed by ${run.signal} after ${run.stdout.length} bytes of output\n`);
    continue;
  }
  const kept = join(dir, `${name}.out`);
  if (mode === 'save') {
    writeFileSync(kept, out);
    process.stdout.write(`${name}: ${out.length} bytes kept\n`);
    continue;
  }
  const before = readFileSync(kept);
  if (before.equals(out)) {
    process.stdout.write(`${name}: identical (${out.length} bytes)\n`);
    continue;
  }
  failed = true;
  const a = before.toString('utf8').split('\n');
  const b = out.toString('utf8').split('\n');
  const diffs = [];
  for (let i = 0; i < Math.max(a.length, b.length) && diffs.length < 5; i++) {
    if (a[i] !== b[i]) diffs.push(`  line ${i + 1}:\n   - ${(a[i] ?? '').slice(0, 400)}\n   + ${(b[i] ?? '').slice(0, 400)}`);
  }
  process.stdout.write(`${name}: DIFFERS (${before.length} → ${out.length} bytes)\n${diffs.join('\n')}\n`);
}
process.stdout.write(`${files.length} inputs (${relative(ROOT, FIXTURES)} + table texts)\n`);
process.exit(failed ? 1 : 0);
