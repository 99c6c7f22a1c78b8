// Evidence ranges of an analysis, as [start, end) spans of the rendered body text. When the raw
// source was analysed, its ranges point into the raw message, so the evidence text is looked up
// in the rendered text instead.
import type { Analysis, Evidence } from '../../core/types.ts';

/** The kinds worth highlighting in the page: the codes and the server's own words. */
const SHOWN: ReadonlySet<Evidence['kind']> = new Set(['status', 'reply-code', 'diagnostic', 'client-error']);
const MIN_MATCH = 3;

export type Span = readonly [number, number];

export function evidenceSpans(analysis: Analysis, analysed: string, rendered: string): Span[] {
  const spans: Span[] = [];
  for (const finding of analysis.findings) {
    for (const ev of finding.evidence) {
      if (!SHOWN.has(ev.kind) || ev.end <= ev.start) continue;
      if (analysed === rendered) {
        if (ev.end <= rendered.length) spans.push([ev.start, ev.end]);
        continue;
      }
      const snippet = analysed.slice(ev.start, ev.end).trim();
      const at = snippet.length >= MIN_MATCH ? rendered.indexOf(snippet) : -1;
      if (at >= 0) spans.push([at, at + snippet.length]);
    }
  }
  return dedupe(spans.map((span) => trimmed(rendered, span)).filter(([s, e]) => e > s));
}

/** The span without the whitespace at its ends (a highlighted leading space looks like a glitch). */
function trimmed(text: string, [start, end]: Span): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter(([s, e]) => {
    const key = `${s}:${e}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
