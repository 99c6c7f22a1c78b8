// The content script's side of bg:annotate: cuts the text to what the worker reads, asks with
// one retry, and checks the answer's shape (our own worker answers, but an old one after an
// update, or a polyfill's marker, may not).
import { ANNOTATE_BUSY, ANNOTATE_LIMITS, type AnnotateRefusal, type AnnotateRequest, type Annotation, type Envelope } from '../messages.ts';
import type { AnnotateAnswer } from './scanner.ts';
import { askWorker, WORKER_PATIENCE, type Patience } from './ask-worker.ts';

function isAnswer(answer: unknown): answer is Annotation | AnnotateRefusal {
  if (typeof answer !== 'object' || answer === null) return false;
  const a = answer as Partial<Annotation & AnnotateRefusal>;
  if (typeof a.refused === 'string') return true;
  return typeof a.analysis === 'object' && a.analysis !== null && Array.isArray(a.analysis.findings)
    && typeof a.explained === 'object' && a.explained !== null && Array.isArray(a.explained.items)
    && typeof a.fromRawSource === 'boolean' && (a.note === null || typeof a.note === 'object');
}

/** The request for one body: the text cut to the worker's limit, a raw source only when it fits. */
export function annotateRequest(text: string, raw: string | null, language: AnnotateRequest['language']): AnnotateRequest {
  const request: AnnotateRequest = { text: text.slice(0, ANNOTATE_LIMITS.text), language };
  if (raw !== null && raw.length <= ANNOTATE_LIMITS.raw) request.raw = raw;
  return request;
}

export function annotateWith(
  sendMessage: (message: Envelope<'bg:annotate'>) => Promise<unknown>,
  language: AnnotateRequest['language'],
  patience: Patience = WORKER_PATIENCE,
) {
  return async (text: string, raw: string | null): Promise<AnnotateAnswer> => {
    const payload = annotateRequest(text, raw, language);
    const answer = await askWorker(() => sendMessage({ type: 'bg:annotate', payload }), isAnswer, patience);
    // A busy worker (this tab asked for more than its share) is asked again on a later scan.
    if (answer === null || ('refused' in answer && answer.refused === ANNOTATE_BUSY)) return 'unavailable';
    return 'refused' in answer ? 'refused' : answer;
  };
}
