// PLACEHOLDER until the knowledge base lands: same signatures.
import type { Analysis } from '../types.ts';
import type { ExplainResult } from './types.ts';
import { analyze } from '../analyze.ts';

export * from './types.ts';

/** Explanations for an analysis already made (sync: the content script and popup use it). */
export function explainAnalysis(analysis: Analysis): ExplainResult {
  return { analysis, items: [], general: null };
}

/** Anything a person has: a bare code, a one-line error, a whole bounce. Never throws. */
export async function explain(text: string): Promise<ExplainResult> {
  return explainAnalysis(await analyze(text));
}
