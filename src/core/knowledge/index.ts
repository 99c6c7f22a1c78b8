// The knowledge base's public API: explanations for an analysis or for any text a person has.
import type { Analysis } from '../types.ts';
import type { ExplainOptions, ExplainResult } from './types.ts';
import { analyze } from '../analyze.ts';
import { MAX_INPUT } from '../text/analyze-text.ts';
import { explainWith } from './explain-core.ts';
import { FULL_TABLES } from './tables.ts';
import { recognizeFallback } from './recognize-fallback.ts';
import { orPastedProgram } from './pasted-wordings.ts';
import { saysTooLittle } from './client-texts-r7.ts';
import { ambiguousCodeUnknown, saysTooLittleToTell } from './languages-r7.ts';
import { preferLanguageR8 } from './languages-r8.ts';

export * from './types.ts';
export { LIKELY, actorMsg, generalExplanation } from './explain-core.ts';

/** Explanations for an analysis already made (sync: the content script and popup use it). */
export function explainAnalysis(analysis: Analysis, opts?: ExplainOptions): ExplainResult {
  return explainWith(analysis, FULL_TABLES, opts);
}

// Nodemailer names the SMTP step before the reply it got ("Error: Data command failed: 554 5.7.1 …"),
// and the engine reads the step's words as a mailer's own failure. The reply is read as it stands:
// the lead is blanked (same length, so offsets hold); the whole text still tells the situation.
const STEP_LEAD = /^\s*(?:error:\s*)?(?:mail|recipient|rcpt|data|message) (?:command )?failed:\s*(?=[245]\d\d\b)/i;
// PHPMailer's examples print "Mailer Error: " before its own message (in any of its languages): the
// lead is the page's, not Sendmail's "mailer error" (a delivery agent that failed); the message after it is read.
const MAILER_LEAD = /^\s*mailer error ?:\s*(?=\S)/i;
function blankStepLead(text: string): string {
  const m = STEP_LEAD.exec(text) ?? MAILER_LEAD.exec(text);
  return m ? ' '.repeat(m[0].length) + text.slice(m[0].length) : text;
}

// One decoder for every call (a non-streaming decode keeps no state): making one per input cost
// more than the decoding itself.
const UTF8 = new TextDecoder();

/**
 * Anything a person has: a bare code, a one-line error, a whole bounce (text, or the raw bytes of
 * a message, which the engine decodes). Never throws.
 */
export async function explain(input: string | Uint8Array, opts?: ExplainOptions): Promise<ExplainResult> {
  // Decoded once, as analyze() would (UTF-8, the engine's input cap), and the same text serves both.
  const text = typeof input === 'string' ? input : UTF8.decode(input.subarray(0, MAX_INPUT));
  // A program's bare "could not send" names no cause: the honest unknown and its hint, not a guess (client-texts-r7.ts).
  if (saysTooLittle(text) || saysTooLittleToTell(text)) return explainAnalysis({ kind: 'not-bounce', findings: [], format: 'text' }, { ...opts, text });
  // Read without a program's lead (same length: offsets into the text hold).
  const read = blankStepLead(text);
  let analysis: Analysis;
  try {
    analysis = await analyze(read);
  } catch {
    // analyze() promises not to throw; if it ever does, the person still gets an answer.
    analysis = { kind: 'not-bounce', findings: [], format: 'text' };
  }
  return explainAnalysis(ambiguousCodeUnknown(text, analysis.findings.length ? preferLanguageR8(read, analysis) : orPastedProgram(read, recognizeFallback(read, analysis))), { ...opts, text });
}
