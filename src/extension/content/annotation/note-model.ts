// What one annotation says: pure data the service worker decides (background/note-for.ts) and
// the page renders. Types and the leading finding only: no knowledge base on the page's side.
import type { Bucket, Finding, Reason } from '../../../core/types.ts';
import type { Msg } from '../../../core/knowledge/types.ts';

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
