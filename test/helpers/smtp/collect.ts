// Runs a probe generator to the end: every stage and the verdict.
import type { StageResult, Verdict } from '../../../src/probe/index.ts';

export async function collect(run: AsyncGenerator<StageResult, Verdict>): Promise<{ stages: StageResult[]; verdict: Verdict }> {
  const stages: StageResult[] = [];
  for (;;) {
    const next = await run.next();
    if (next.done) return { stages, verdict: next.value };
    stages.push(next.value);
  }
}

export function stage(stages: StageResult[], name: string): StageResult {
  const found = stages.find((s) => s.stage === name);
  if (!found) throw new Error(`no ${name} stage in: ${stages.map((s) => s.stage).join(', ')}`);
  return found;
}
