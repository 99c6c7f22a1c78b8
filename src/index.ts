// The library entry (`import … from 'bounce-lens'`): this file is the public API, and everything
// not exported here is internal. The probe engine is the subpath 'bounce-lens/probe'.
//
//   analyze(input: string | Uint8Array): Promise<Analysis>   a whole message (raw bytes or text), never throws
//   analyzeText(text: string): Analysis                      a pasted reply, transcript or bounce text, sync
//   explain(input, { profile? }): Promise<ExplainResult>      what happened and what to do, as catalogue messages
//   explainAnalysis(analysis, { profile? }): ExplainResult    the same for an analysis already made
//   loadTranslate(lang: 'en' | 'de' | string): Translate      the shipped message catalogue
//   render(msg: Msg, t: Translate): string                   one message in words
//   formatExplanation(result, t, profile?): string           the plain text `bounce-lens explain` prints
//   DEFAULT_PROFILE, validateProfile(json)                    the hosting provider the advice names
export type {
  Action, Analysis, Bucket, Evidence, Finding, InputKind, Reason, Side,
} from './core/types.ts';
export { BUCKETS, REASONS, SIDES } from './core/types.ts';
export { analyze, analyzeText } from './core/analyze.ts';
export type {
  Actor, ExplainedFinding, ExplainOptions, ExplainResult, Explanation, Msg, Translate,
} from './core/knowledge/types.ts';
export { explain, explainAnalysis } from './core/knowledge/index.ts';
export { DEFAULT_PROFILE, validateProfile, type Profile, type ProfileResult } from './core/profile/index.ts';
export { render } from './core/i18n.ts';
export { loadTranslate } from './node/catalogue.ts';
export { formatExplanation } from './cli/format-explanation.ts';
