// What `bounce-lens explain` produces for one input: the JSON findings and the human text, both
// from the one explanation the extension shows (explain(): the engine, then the knowledge
// base's last-resort recogniser). The batch machinery (explain.ts) calls this and only prints.
import type { Finding } from '../core/index.ts';
import { explain } from '../core/knowledge/index.ts';
import type { Actor, Explanation, Translate } from '../core/knowledge/types.ts';
import type { Profile } from '../core/profile/index.ts';
import { formatExplanation } from './format-explanation.ts';

/** One finding as `explain --json` prints it: every field present, null when unknown. */
export interface JsonFinding {
  recipient: string | null;
  action: string | null;
  status: string | null;
  replyCode: number | null;
  /** The reason and bucket the explanation uses (a provider's own meaning included). */
  reason: string;
  bucket: string;
  /** Where the fault lies. */
  side: string;
  /** Who must act: the human "Who acts" line; null when the text is not understood. */
  actor: Actor | null;
  /** Temporary (4xx or a delay): the sending server retries by itself. */
  temporary: boolean;
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

function toJsonFinding(f: Finding, e: Explanation): JsonFinding {
  return {
    recipient: f.recipient, action: f.action, status: f.status, replyCode: f.replyCode, reason: e.reason,
    bucket: e.bucket, side: e.side, actor: e.actor, temporary: e.temporary, hard: f.hard && !e.temporary,
    diagnostic: f.diagnostic, remoteMta: f.remoteMta, confidence: Math.round(e.confidence * 100) / 100,
  };
}

/** Analyses and explains one input. `withText: false` skips the human rendering (JSON/CSV output). */
export async function explainOutput(input: string | Uint8Array, profile: Profile, t: Translate, withText = true, lang?: string): Promise<ExplainOutput> {
  const result = await explain(input, { profile, ...(lang ? { lang } : {}) });
  return {
    findings: result.items.map(({ finding, explanation }) => toJsonFinding(finding, explanation)),
    text: withText ? formatExplanation(result, t, profile, lang) : '',
  };
}
