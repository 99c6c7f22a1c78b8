// A discovery try as a "discover" stage event: what worked, or where and why it failed.
import type { StageResult } from './types.ts';
import type { TryResult } from './tries.ts';

export function tryStage(t: TryResult): StageResult {
  const { host, port, security } = t.target;
  const greeting = t.stages.find((s) => s.stage === 'greeting')?.reply ?? [];
  if (t.works) {
    const key = t.verified ? 'p_s_discover' : security === 'none' ? 'p_s_discover_plain' : 'p_s_discover_unverified';
    return { stage: 'discover', ok: true, ms: t.ms, reply: greeting, detail: { key, subs: [host, String(port), security] }, failure: t.failure };
  }
  const failedAt = t.failedStage?.stage ?? 'tcp';
  return {
    stage: 'discover', ok: false, ms: t.ms, reply: t.failedStage?.reply ?? [],
    detail: { key: 'p_f_discover', subs: [host, String(port), security, failedAt] },
    ...(t.failedStage ? { because: t.failedStage.detail } : {}),
    failure: t.failure,
  };
}
