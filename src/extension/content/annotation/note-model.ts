// What one annotation says, decided from the engine's analysis and the knowledge base's
// explanation: pure data, so the wording rules are tested without a DOM.
import type { Analysis, Bucket, Finding, Reason } from '../../../core/types.ts';
import type { ExplainResult, Explanation, Msg, Translate } from '../../../core/knowledge/types.ts';
import type { Profile } from '../../../core/profile/schema.ts';
import { LIKELY } from '../../../core/knowledge/explain-core.ts';
import { oneLineSummary } from '../../../core/knowledge/one-line.ts';
import { render } from '../../../core/i18n.ts';

export type Tone = 'error' | 'delay' | 'info';

export interface NoteModel {
  tone: Tone;
  reason: Reason;
  bucket: Bucket;
  /** The answer in one line (what, to whom, permanent or temporary, who acts): the header and the note's accessible name. */
  headline: string;
  /** Said before the rest: that it is temporary, retried by itself, and when to worry. */
  lead: Msg | null;
  summary: Msg | null;
  steps: Msg[];
  donts: Msg[];
  /** What the server said, per affected recipient: shown as text, highlighted in the page. */
  evidence: { recipient: string | null; code: string | null; diagnostic: string | null }[];
  /** The explanation is below the knowledge base's "likely" threshold. */
  unsure: boolean;
}

/** The finding the note leads with: a failure before a delay before anything else, then the surest. */
export function leadingFinding(findings: readonly Finding[]): Finding | undefined {
  const rank = (f: Finding) => (f.action === 'failed' || (f.action === null && f.hard) ? 0 : f.action === null ? 1 : f.action === 'delayed' ? 2 : 3);
  return [...findings].sort((a, b) => rank(a) - rank(b) || b.confidence - a.confidence)[0];
}

function toneOf(analysis: Analysis, lead: Finding): Tone {
  if (analysis.kind === 'delivery' || analysis.kind === 'auto-reply' || lead.bucket === 'not-an-error') return 'info';
  if (analysis.kind === 'delay' || lead.action === 'delayed') return 'delay';
  if (lead.action === 'delivered' || lead.action === 'relayed' || lead.action === 'expanded') return 'info';
  return 'error';
}

function lineFor(tone: Tone, analysis: Analysis, explanation: Explanation | null): Msg {
  if (tone === 'delay') return { key: 'cs_delay_line' };
  if (tone === 'info') return { key: analysis.kind === 'auto-reply' ? 'cs_autoreply_line' : 'cs_delivery_line' };
  return explanation?.title ?? { key: 'cs_fallback_line' };
}

/** The one line: the shared summary for failures and delays; a notice's own plain line otherwise. */
function headlineFor(tone: Tone, analysis: Analysis, explained: ExplainResult, explanation: Explanation | null, t: Translate, profile?: Profile): string {
  if (tone === 'info' || !explanation) return render(lineFor(tone, analysis, explanation), t);
  return oneLineSummary(explained, t, profile);
}

/** The note for an analysis, or null when there is nothing to say (not a bounce). */
export function noteFor(analysis: Analysis, explained: ExplainResult, t: Translate, profile?: Profile): NoteModel | null {
  if (analysis.kind === 'not-bounce') return null;
  const lead = leadingFinding(analysis.findings);
  if (!lead) return null;
  const explanation = explained.items.find((item) => item.finding === lead)?.explanation ?? explained.items[0]?.explanation ?? explained.general;
  const tone = toneOf(analysis, lead);
  return {
    tone,
    reason: lead.reason,
    bucket: lead.bucket,
    headline: headlineFor(tone, analysis, explained, explanation, t, profile),
    lead: explanation?.lead ?? null,
    summary: explanation?.summary ?? null,
    steps: tone === 'error' ? (explanation?.steps ?? []) : [],
    donts: tone === 'error' ? (explanation?.donts ?? []) : [],
    evidence: analysis.findings.map((f) => ({
      recipient: f.recipient,
      code: [f.replyCode, f.status].filter((c) => c !== null).join(' ') || null,
      diagnostic: f.diagnostic,
    })),
    unsure: (explanation?.confidence ?? lead.confidence) < LIKELY,
  };
}
