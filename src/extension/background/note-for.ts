// What one annotation says, decided in the service worker from the engine's analysis and the
// knowledge base's explanation: pure data (the headline rendered as text), so the wording rules
// are tested without a DOM and the knowledge base never rides along in the content script.
import type { Analysis, Finding } from '../../core/types.ts';
import type { ExplainResult, Explanation, Msg, Translate } from '../../core/knowledge/types.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { LIKELY } from '../../core/knowledge/explain-core.ts';
import { oneLineSummary } from '../../core/knowledge/one-line.ts';
import { render } from '../../core/i18n.ts';
import { leadingFinding, type NoteModel, type Tone } from '../content/annotation/note-model.ts';

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
