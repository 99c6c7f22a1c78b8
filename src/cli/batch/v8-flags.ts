// V8 settings for a batch of explanations. A batch process is short and every thread pays its own
// warm-up, and the engine and knowledge base are a few big functions over hundreds of regexes:
//  - regexes go straight to machine code (by default each runs once in V8's regexp interpreter,
//    then is compiled anyway: a second compile of hundreds of patterns per thread). Through
//    `--regexp-tier-up-ticks=0` (compiled at its first run), not `--no-regexp-tier-up`: set at run
//    time, after Node's own regexes were made under tier-up, that one crashed Node 20 with SIGSEGV
//    (round 10: a German client error explained twice in one process; the CLI identity check's text
//    runs were cut short by it);
//  - TurboFan does not inline: inlining the big functions into one another made each optimising
//    compile several times longer (about 1.4 s of compile per 6,000 emails, on the second core
//    that a worker thread would otherwise use), and it gained nothing in the steady state;
//  - a function runs longer in the baseline tiers before it is optimised (V8's interrupt budget,
//    about 132 KB of bytecode run by default, raised to 1 MB): fewer functions of a short run are
//    compiled by TurboFan at all, and those that are have run long enough to be compiled once
//    (6,020 emails in one thread: 6-8% less CPU time).
// Flags are process-wide, so the worker threads started afterwards run with them too. They change
// how fast code runs, never what it computes.
import { setFlagsFromString } from 'node:v8';

const BATCH_FLAGS = ['--regexp-tier-up-ticks=0', '--no-turbo-inlining', '--interrupt-budget=1000000'];

let applied = false;

export function tuneV8ForBatch(): void {
  if (applied) return;
  applied = true;
  for (const flag of BATCH_FLAGS) setFlagsFromString(flag);
}
