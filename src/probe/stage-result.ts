// Builds StageResults with timing and the catalogue key for their detail, in one place.
import type { FailureCode, StageName, StageResult } from './types.ts';

export function elapsed(since: number): number {
  return Math.round(performance.now() - since);
}

/** Catalogue key of a success detail: p_s_<stage>. */
export function passed(stage: StageName, since: number, reply: string[], subs: string[] = [], extra: Partial<StageResult> = {}): StageResult {
  return { stage, ok: true, ms: elapsed(since), reply, detail: { key: `p_s_${stage.replaceAll('-', '_')}`, subs }, failure: null, ...extra };
}

/** Catalogue key of a failure detail: p_f_<failure>. */
export function failed(stage: StageName, since: number, reply: string[], failure: FailureCode, subs: string[] = [], extra: Partial<StageResult> = {}): StageResult {
  return { stage, ok: false, ms: elapsed(since), reply, detail: { key: `p_f_${failure.replaceAll('-', '_')}`, subs }, failure, ...extra };
}

/** A stage that ran as it should but whose finding the verdict needs (e.g. 530 on MAIL FROM). */
export function noted(stage: StageName, since: number, reply: string[], failure: FailureCode, subs: string[] = []): StageResult {
  return { ...failed(stage, since, reply, failure, subs), ok: true };
}
