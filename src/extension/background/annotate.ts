// bg:annotate: one bounce body in, what its note says out. The request comes from a content
// script inside a web page we do not control (another site's may be compromised), so it is read
// as data only: two strings under ANNOTATE_LIMITS and a language from a fixed list, nothing else.
// Everything the knowledge base decides (the explanation, who acts, the one-line answer) happens
// here; the page gets plain data back (catalogue keys, and the headline as text).
import type { Analysis } from '../../core/types.ts';
import type { ExplainResult, Translate } from '../../core/knowledge/types.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { ANNOTATE_BUSY, ANNOTATE_LIMITS, NOTE_LANGUAGES, type AnnotateRefusal, type AnnotateRequest, type Annotation } from '../messages.ts';
import { noteFor } from './note-for.ts';

export interface AnnotateDeps {
  analyze(raw: string): Promise<Analysis>;
  analyzeText(text: string): Analysis;
  explain(analysis: Analysis, profile: Profile | undefined): ExplainResult;
  /** The user's provider profile; undefined for the built-in one. */
  profile(): Promise<Profile | undefined>;
  translator(language: AnnotateRequest['language']): Promise<Translate>;
}

const refuse = (refused: string): AnnotateRefusal => ({ refused });
const isLanguage = (v: unknown): v is AnnotateRequest['language'] => (NOTE_LANGUAGES as readonly unknown[]).includes(v);

/** The request as data, or why it is refused (the sender learns no more than that). */
export function parseAnnotateRequest(payload: unknown): AnnotateRequest | AnnotateRefusal {
  if (typeof payload !== 'object' || payload === null) return refuse('not an object');
  const { text, raw, language } = payload as Record<string, unknown>;
  if (typeof text !== 'string') return refuse('text');
  if (text.length > ANNOTATE_LIMITS.text) return refuse('text too long');
  if (raw !== undefined && typeof raw !== 'string') return refuse('raw');
  if (typeof raw === 'string' && raw.length > ANNOTATE_LIMITS.raw) return refuse('raw too long');
  if (!isLanguage(language)) return refuse('language');
  return raw === undefined ? { text, language } : { text, raw, language };
}

const NOTHING = { items: [], general: null, hint: null };

/**
 * `admit` is asked once the request has its shape, with the characters it brings; false refuses it
 * as 'busy' (the page's bucket is empty: see annotate-budget.ts) before anything is read.
 */
export async function annotate(payload: unknown, deps: AnnotateDeps, admit: (chars: number) => boolean = () => true): Promise<Annotation | AnnotateRefusal> {
  const request = parseAnnotateRequest(payload);
  if ('refused' in request) return request;
  if (!admit(request.text.length + (request.raw?.length ?? 0))) return refuse(ANNOTATE_BUSY);
  try {
    // The raw message when it is a bounce with findings; otherwise the text as the page shows it.
    const fromRaw = request.raw !== undefined ? await deps.analyze(request.raw).catch(() => null) : null;
    const useRaw = fromRaw !== null && fromRaw.kind !== 'not-bounce' && fromRaw.findings.length > 0;
    const analysis = useRaw ? fromRaw : deps.analyzeText(request.text);
    if (analysis.kind === 'not-bounce') return { analysis, fromRawSource: useRaw, explained: NOTHING, note: null };
    const [profile, t] = await Promise.all([deps.profile(), deps.translator(request.language)]);
    const result = deps.explain(analysis, profile);
    const { analysis: _same, ...explained } = result;
    return { analysis, fromRawSource: useRaw, explained, note: noteFor(analysis, result, t, profile) };
  } catch {
    // An engine error on one text: that body gets no note (asking again would fail the same way).
    return refuse('engine');
  }
}
