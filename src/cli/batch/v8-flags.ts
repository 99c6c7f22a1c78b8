// V8 settings for a batch of explanations. A batch process is short and every thread pays its own
// warm-up, and the engine and knowledge base are a few big functions over hundreds of regexes:
//  - regexes go straight to machine code (by default each runs once in V8's regexp interpreter,
//    then is compiled anyway: a second compile of hundreds of patterns per thread);
//  - TurboFan does not inline: inlining the big functions into one another made each optimising
//    compile several times longer (about 1.4 s of compile per 6,000 emails, on the second core
//    that a worker thread would otherwise use), and it gained nothing in the steady state.
// Flags are process-wide, so the worker threads started afterwards run with them too. They change
// how fast code runs, never what it computes.
import { setFlagsFromString } from 'node:v8';

const BATCH_FLAGS = ['--no-regexp-tier-up', '--no-turbo-inlining'];

let applied = false;

export function tuneV8ForBatch(): void {
  if (applied) return;
  applied = true;
  for (const flag of BATCH_FLAGS) setFlagsFromString(flag);
}
