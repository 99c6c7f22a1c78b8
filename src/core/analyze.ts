// PLACEHOLDER until the engine lands: same signatures, no analysis.
import type { Analysis } from './types.ts';

/** Plain text as a person sees it (a rendered bounce, a pasted error). Synchronous: cheap for the content script. */
export function analyzeText(_text: string): Analysis {
  return { kind: 'not-bounce', findings: [], format: 'text' };
}

/** Anything: raw RFC 5322 / MIME (any line endings) or plain text. Never throws. */
export async function analyze(input: string | Uint8Array): Promise<Analysis> {
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  return analyzeText(text);
}
