// The content script's explainer: per-reason and per-bucket advice only, without the big
// tables (every code's meaning, provider replies, client errors), to stay small in the page.
import type { Analysis } from '../types.ts';
import type { ExplainOptions, ExplainResult } from './types.ts';
import { explainWith } from './explain-core.ts';

export function explainAnalysisLite(analysis: Analysis, opts?: ExplainOptions): ExplainResult {
  return explainWith(analysis, {}, opts);
}
