// What `bounce-lens explain` produces for one input: the JSON findings and the human text. The
// batch machinery (explain.ts: files, directories, workers, formats) calls this and only prints.
import { analyze, type Finding } from '../core/index.ts';
import { explainAnalysis } from '../core/knowledge/index.ts';
import type { Translate } from '../core/knowledge/types.ts';
import type { Profile } from '../core/profile/index.ts';
import { formatExplanation } from './format-explanation.ts';

/** One finding as `explain --json` prints it: every field present, null when unknown. */
export interface JsonFinding {
  recipient: string | null;
  action: string | null;
  status: string | null;
  replyCode: number | null;
  reason: string;
  bucket: string;
  side: string;
  hard: boolean;
  diagnostic: string | null;
  remoteMta: string | null;
  confidence: number;
}

export interface ExplainOutput {
  findings: JsonFinding[];
  /** The human explanation, ending in a newline. */
  text: string;
}

function toJsonFinding(f: Finding): JsonFinding {
  return {
    recipient: f.recipient, action: f.action, status: f.status, replyCode: f.replyCode, reason: f.reason,
    bucket: f.bucket, side: f.side, hard: f.hard, diagnostic: f.diagnostic, remoteMta: f.remoteMta,
    confidence: Math.round(f.confidence * 100) / 100,
  };
}

/** Analyses and explains one input. `withText: false` skips the human rendering (JSON/CSV output). */
export async function explainOutput(data: Uint8Array, profile: Profile, t: Translate, withText = true): Promise<ExplainOutput> {
  const analysis = await analyze(data);
  return {
    findings: analysis.findings.map(toJsonFinding),
    text: withText ? formatExplanation(explainAnalysis(analysis, { profile }), t, profile) : '',
  };
}
