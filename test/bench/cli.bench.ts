// `npm run bench:cli`: the CLI as users run it, whole processes side by side in one run, from the
// packed-and-installed package (npm pack, then production dependencies only, offline).
//   1. what the installed command loads (no tsx, esbuild or TypeScript);
//   2. one small file vs a bare `node -e 0` (target: within +150 ms);
//   3. 6,020 emails in one process vs Debian's Sisimai 4.25.15 (libsisimai-perl) on the same
//      files (target: ≥ 10×); the files are the labelled Sisimai corpus (as in engine.bench.ts),
//      copied round-robin until there are 6,020 of them. The default command (explanations for
//      every recipient) is the figure; `--lean` (the engine's findings only: the fields Sisimai
//      prints) is measured beside it, labelled, as the like-for-like comparison;
//   4. the peak RSS over a generated 1 GB mbox (target: < 200 MB).
// Options: --quick (fewer rounds, a 256 MB mbox), --no-mbox, --baseline DIR (another checkout with its
// lib/ built, e.g. main's: its bin/bounce-lens.js runs interleaved with ours in 2 and 3, for a
// before/after in one run).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_DIR, loadLabels } from './corpus.ts';
import { packAndInstall } from '../helpers/pack-install.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const quick = process.argv.includes('--quick');
const EMAILS = 6020;
const MBOX_BYTES = (quick ? 256 : 1024) * 1024 * 1024;
const baselineAt = process.argv.indexOf('--baseline');
const BASELINE = baselineAt === -1 ? null : join(process.argv[baselineAt + 1] ?? '.', 'bin', 'bounce-lens.js');
const RECORDER = fileURLToPath(new URL('../helpers/record-modules.mjs', import.meta.url));

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

interface Timing {
  wallMs: number;
  /** User + system CPU time of the process and its threads (the shell's `times`): what a loaded
   *  machine changes least, so the ratio to Sisimai is printed on it too. */
  cpuMs: number;
}

const seconds = (m: string, s: string): number => Number(m) * 60 + Number(s);

function timed(cmd: string, args: string[], options: { input?: string } = {}): Timing {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('sh', ['-c', '"$0" "$@" >/dev/null || exit $?; times', cmd, ...args], { input: options.input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr?.toString().slice(0, 500)}`);
  // `times` prints the shell's user/system times, then its children's: "0m1.234s 0m0.056s".
  const children = r.stdout.toString().trim().split('\n').at(-1) ?? '';
  const m = /(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/.exec(children);
  const cpuMs = m ? (seconds(m[1] ?? '0', m[2] ?? '0') + seconds(m[3] ?? '0', m[4] ?? '0')) * 1000 : NaN;
  return { wallMs, cpuMs };
}

/** Runs a process to its end, reading its peak resident memory (VmHWM covers all its threads). */
function peakRss(cmd: string, args: string[]): Promise<{ ms: number; peakMb: number; code: number | null }> {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    let peakKb = 0;
    const sample = (): void => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        // Gone between two samples.
      }
    };
    const timer = setInterval(sample, 20);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ ms: Number(process.hrtime.bigint() - t0) / 1e6, peakMb: peakKb / 1024, code });
    });
  });
}

function sisimaiInstalled(): boolean {
  return spawnSync('perl', ['-MSisimai', '-e', 'exit 0']).status === 0;
}

async function writeMbox(path: string, messages: Buffer[], bytes: number): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  let count = 0;
  const entries = messages.map((m) => {
    const body = m.toString('latin1').replace(/\r\n/g, '\n').replace(/^From /gm, '>From ');
    return Buffer.from(`From MAILER-DAEMON  Thu Apr 29 23:34:45 2021\n${body}${body.endsWith('\n') ? '' : '\n'}\n`, 'latin1');
  });
  while (written < bytes) {
    const entry = entries[count % entries.length] as Buffer;
    if (!out.write(entry)) await new Promise<void>((r) => out.once('drain', () => r()));
    written += entry.length;
    count++;
  }
  await new Promise<void>((r) => out.end(() => r()));
  return count;
}

async function main(): Promise<void> {
  console.log(`Bounce Lens CLI benchmark — ${new Date().toISOString()} — ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length} — Node ${process.version}`);
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-node.mjs'), '--if-stale'], { stdio: 'inherit' });
  const installed = packAndInstall();
  console.log(`installed from npm pack into ${installed.prefix} (production dependencies only, offline)`);
  const work = mkdtempSync(join(tmpdir(), 'bl-bench-cli-'));
  try {
    // 1. What the installed command loads.
    const sample = join(CORPUS_DIR, [...loadLabels().keys()][0] ?? '');
    const log = join(work, 'modules.log');
    spawnSync(installed.bin, ['explain', '--json', sample], { env: { ...process.env, NODE_OPTIONS: `--import=${RECORDER}`, BL_MODULE_LOG: log }, stdio: 'ignore' });
    const loaded = readFileSync(log, 'utf8').trim().split('\n').filter((l) => l.startsWith('file:') || l.startsWith('/'));
    const compilers = loaded.filter((l) => /\/node_modules\/(tsx|esbuild|@esbuild|typescript)\/|\.tsx?$/.test(l));
    console.log(`\n1. modules loaded by \`bounce-lens explain\`: ${loaded.length} files, TypeScript tooling among them: ${compilers.length ? compilers.join(', ') : 'none'}`);

    // 2. One small file vs a bare node, interleaved so both see the same machine load.
    const rounds = quick ? 7 : 21;
    const bare: Timing[] = [];
    const one: Timing[] = [];
    const oneBefore: Timing[] = [];
    for (let i = 0; i < rounds + 2; i++) {
      const b = timed(process.execPath, ['-e', '0']);
      const o = timed(installed.bin, ['explain', sample]);
      const ob = BASELINE ? timed(process.execPath, [BASELINE, 'explain', sample]) : null;
      if (i >= 2) { bare.push(b); one.push(o); if (ob) oneBefore.push(ob); } // two warm-up rounds (file cache)
    }
    const wall = (ts: Timing[]): number => median(ts.map((t) => t.wallMs));
    const cpu = (ts: Timing[]): number => median(ts.map((t) => t.cpuMs));
    console.log(`\n2. one small file (medians of ${rounds}; target ≤ +150 ms):`);
    console.log(`   wall: bounce-lens explain ${wall(one).toFixed(0)} ms, node -e 0 ${wall(bare).toFixed(0)} ms → +${(wall(one) - wall(bare)).toFixed(0)} ms`);
    console.log(`   CPU:  bounce-lens explain ${cpu(one).toFixed(0)} ms, node -e 0 ${cpu(bare).toFixed(0)} ms → +${(cpu(one) - cpu(bare)).toFixed(0)} ms`);
    if (BASELINE) console.log(`   baseline (${BASELINE}): wall ${wall(oneBefore).toFixed(0)} ms → +${(wall(oneBefore) - wall(bare)).toFixed(0)} ms; CPU ${cpu(oneBefore).toFixed(0)} ms → +${(cpu(oneBefore) - cpu(bare)).toFixed(0)} ms`);

    // 3. 6,020 emails, whole processes, vs Sisimai on the same files.
    const files = [...loadLabels().keys()];
    const set = join(work, 'emails');
    mkdirSync(set);
    const list: string[] = [];
    for (let i = 0; i < EMAILS; i++) {
      const source = files[i % files.length] as string;
      const copy = join(set, `${String(i).padStart(5, '0')}-${source.replaceAll('/', '_')}`);
      copyFileSync(join(CORPUS_DIR, source), copy);
      list.push(copy);
    }
    const listFile = join(work, 'emails.txt');
    writeFileSync(listFile, `${list.join('\n')}\n`);
    const bigRounds = quick ? 3 : 5;
    const ours: Timing[] = [];
    const ours1: Timing[] = [];
    const oursAll: Timing[] = [];
    const oursLean: Timing[] = [];
    const theirs: Timing[] = [];
    const before: Timing[] = [];
    const haveSisimai = sisimaiInstalled();
    for (let i = 0; i < bigRounds + 1; i++) {
      const a = timed(installed.bin, ['explain', '--format', 'jsonl', '--files-from', listFile]);
      const a1 = timed(installed.bin, ['explain', '--format', 'jsonl', '--jobs', '1', '--files-from', listFile]);
      const aAll = timed(installed.bin, ['explain', '--format', 'jsonl', '--jobs', String(cpus().length), '--files-from', listFile]);
      const aLean = timed(installed.bin, ['explain', '--lean', '--files-from', listFile]);
      const s = haveSisimai ? timed('perl', [join(ROOT, 'test', 'bench', 'sisimai-run.pl')], { input: `${list.join('\n')}\n` }) : { wallMs: NaN, cpuMs: NaN };
      const b = BASELINE ? timed(process.execPath, [BASELINE, 'explain', '--format', 'jsonl', '--files-from', listFile]) : null;
      if (i >= 1) { ours.push(a); ours1.push(a1); oursAll.push(aAll); oursLean.push(aLean); theirs.push(s); if (b) before.push(b); } // one warm-up round
    }
    const rate = (ms: number): string => `${(EMAILS / (ms / 1000)).toFixed(0)} emails/s`;
    console.log(`\n3. ${EMAILS} emails (${files.length} labelled corpus files, copied round-robin), one whole process each run, medians of ${bigRounds}:`);
    console.log(`   bounce-lens explain --files-from (default threads): wall ${wall(ours).toFixed(0)} ms = ${rate(wall(ours))}; CPU ${cpu(ours).toFixed(0)} ms`);
    console.log(`   bounce-lens explain --jobs 1 (one thread):          wall ${wall(ours1).toFixed(0)} ms = ${rate(wall(ours1))}; CPU ${cpu(ours1).toFixed(0)} ms`);
    console.log(`   bounce-lens explain --jobs ${cpus().length} (every core):       wall ${wall(oursAll).toFixed(0)} ms = ${rate(wall(oursAll))}; CPU ${cpu(oursAll).toFixed(0)} ms`);
    console.log(`   bounce-lens explain --lean (findings only, no explanations; default threads): wall ${wall(oursLean).toFixed(0)} ms = ${rate(wall(oursLean))}; CPU ${cpu(oursLean).toFixed(0)} ms`);
    if (BASELINE) console.log(`   baseline (${BASELINE}), default threads: wall ${wall(before).toFixed(0)} ms = ${rate(wall(before))}; CPU ${cpu(before).toFixed(0)} ms${haveSisimai ? ` (ratio to Sisimai, wall: ${(wall(theirs) / wall(before)).toFixed(1)}×)` : ''}`);
    if (haveSisimai) {
      console.log(`   Sisimai 4.25.15 (perl test/bench/sisimai-run.pl): wall ${wall(theirs).toFixed(0)} ms = ${rate(wall(theirs))}; CPU ${cpu(theirs).toFixed(0)} ms`);
      const ratios = theirs.map((s, i) => s.wallMs / (ours[i]?.wallMs ?? NaN));
      console.log(`   ratio, wall: ${(wall(theirs) / wall(ours)).toFixed(1)}× default, ${(wall(theirs) / wall(ours1)).toFixed(1)}× one thread, ${(wall(theirs) / wall(oursAll)).toFixed(1)}× every core (per round, default: ${ratios.map((r) => r.toFixed(1)).join(', ')}; target ≥ 10×)`);
      console.log(`   ratio, CPU time: ${(cpu(theirs) / cpu(ours1)).toFixed(1)}× one thread, ${(cpu(theirs) / cpu(oursAll)).toFixed(1)}× every core`);
      const leanRatios = theirs.map((s, i) => s.wallMs / (oursLean[i]?.wallMs ?? NaN));
      console.log(`   --lean (like for like: the fields Sisimai prints), not the default command: ${(wall(theirs) / wall(oursLean)).toFixed(1)}× wall (per round: ${leanRatios.map((r) => r.toFixed(1)).join(', ')}), ${(cpu(theirs) / cpu(oursLean)).toFixed(1)}× CPU time`);
    } else console.log('   Sisimai: not installed (perl -MSisimai failed); install libsisimai-perl for the side-by-side figure');

    // 3b. Where the time goes: the same files pass after pass in one process (CPU per pass).
    const distinct = join(work, 'distinct.txt');
    writeFileSync(distinct, `${files.map((f) => join(CORPUS_DIR, f)).join('\n')}\n`);
    const passRun = spawnSync(process.execPath, [fileURLToPath(new URL('./cli-passes.mjs', import.meta.url)), join(installed.packageDir, 'lib'), distinct, '14'], { encoding: 'utf8' });
    if (passRun.status === 0) {
      const { emails, passes } = JSON.parse(passRun.stdout) as { emails: number; passes: number[] };
      const steady = median(passes.slice(-5));
      const perEmail = (ms: number): string => `${((ms / emails) * 1000).toFixed(0)} µs`;
      console.log(`\n3b. in one process, the ${emails} files pass after pass (CPU ms per pass): ${passes.map((p) => p.toFixed(0)).join(' ')}`);
      console.log(`   first pass ${perEmail(passes[0] ?? NaN)}/email, steady ${perEmail(steady)}/email (${(emails / (steady / 1000)).toFixed(0)} emails/s per thread); warm-up over steady: ${(passes.reduce((a, b) => a + b, 0) - steady * passes.length).toFixed(0)} ms`);
    } else console.log(`\n3b. passes: failed: ${passRun.stderr.slice(0, 300)}`);

    // 4. A generated mbox, streamed.
    if (!process.argv.includes('--no-mbox')) {
      const mbox = join(work, 'big.mbox');
      const messages = files.map((f) => readFileSync(join(CORPUS_DIR, f)));
      const count = await writeMbox(mbox, messages, MBOX_BYTES);
      const run = await peakRss(installed.bin, ['explain', '--format', 'jsonl', mbox]);
      console.log(`\n4. mbox of ${(MBOX_BYTES / 1024 / 1024).toFixed(0)} MB (${count} messages): peak RSS ${run.peakMb.toFixed(0)} MB (target < 200 MB), ${(run.ms / 1000).toFixed(1)} s = ${(count / (run.ms / 1000)).toFixed(0)} messages/s, exit ${run.code}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
