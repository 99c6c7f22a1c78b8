// `explain --lean`: what the engine found, without the explanations. Scripts that only act on a
// bounce (suppress a hard-bouncing address, count reasons) need the fields Sisimai prints:
// recipient, action, status, reply code, reason and whether the failure is hard. The knowledge
// base's work per finding (provider wordings, who acts, steps: about 40 % of an email's time) is
// skipped. The reason is the engine's own (Sisimai's names); the default output's reason is the
// explanation's, which a provider's own wording may refine.
import { analyze } from '../../core/analyze.ts';
import type { Finding } from '../../core/types.ts';

/** One finding as `explain --lean` prints it: every field present, null when unknown. */
export interface LeanFinding {
  recipient: string | null;
  action: string | null;
  status: string | null;
  replyCode: number | null;
  reason: string;
  hard: boolean;
}

const leanFinding = (f: Finding): LeanFinding => ({
  recipient: f.recipient, action: f.action, status: f.status, replyCode: f.replyCode, reason: f.reason, hard: f.hard,
});

/** The engine's findings of one input (the same shape as explainOutput()'s, with no text). */
export async function leanOutput(input: Uint8Array): Promise<{ findings: LeanFinding[]; text: string }> {
  return { findings: (await analyze(input)).findings.map(leanFinding), text: '' };
}
