// Check results and verdicts in the wire shape (CLI --json lines, HTTP JSON lines and SSE):
// catalogue messages become text in the caller's language.
import type { Translate } from '../../core/knowledge/types.ts';
import type { CheckResult, CheckVerdict } from './types.ts';

export type CheckEvent = Omit<CheckResult, 'meaning' | 'confirms'> & { meaning: string; fixerText: string; confirms: boolean | null };

export function renderCheck(r: CheckResult, t: Translate): CheckEvent {
  const { meaning, ...rest } = r;
  return { ...rest, meaning: t(meaning.key, meaning.subs), fixerText: t(`pc_fixer_${r.fixer.replace(/-/g, '_')}`) };
}

export interface CheckVerdictEvent {
  causes: CheckVerdict['causes'];
  checks: CheckEvent[];
  summary: string;
}

export function renderCheckVerdict(v: CheckVerdict, t: Translate): CheckVerdictEvent {
  return { causes: v.causes, checks: v.checks.map((c) => renderCheck(c, t)), summary: v.summary.map((m) => t(m.key, m.subs)).join(' ') };
}
