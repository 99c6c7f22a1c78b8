// Test support for the content script: the real English catalogue as `t`, and a stand-in engine.
// The stand-in exists because the real engine (src/core/analyze.ts) is still a placeholder that
// finds nothing: these tests check the content script's own work (finding bodies, gating, notes,
// highlights, messages) given an analysis, not the engine's judgement. The e2e tests use the real engine.
import en from '../../../../public/_locales/en/messages.json';
import type { Analysis, Finding } from '../../../../src/core/types.ts';
import type { ExplainResult, Translate } from '../../../../src/core/knowledge/types.ts';
import { annotate, type AnnotateDeps } from '../../../../src/extension/background/annotate.ts';
import { annotateRequest } from '../../../../src/extension/content/annotate-client.ts';
import type { ScannerDeps } from '../../../../src/extension/content/scanner.ts';

const catalogue: Record<string, { message: string } | undefined> = en;

export const t: Translate = (key, subs) =>
  (catalogue[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs?.[Number(n) - 1] ?? '');

/** Recognises "550 5.1.1 <addr>... text" and "Action: delayed" lines, with evidence ranges into the text. */
export function standInAnalyzeText(text: string): Analysis {
  const findings: Finding[] = [];
  const delayed = /Action: delayed/i.exec(text);
  for (const m of text.matchAll(/\b([45]\d\d) ([45]\.\d\.\d+) (<([^>]+)>)?[^\n]*/g)) {
    const start = m.index;
    findings.push({
      recipient: m[4] ?? null,
      action: delayed ? 'delayed' : 'failed',
      status: m[2] ?? null,
      replyCode: Number(m[1]),
      diagnostic: m[0],
      remoteMta: 'mx.example.jp [192.0.2.153]',
      reportingMta: null,
      command: 'RCPT',
      hard: !delayed,
      reason: delayed ? 'expired' : 'userunknown',
      bucket: delayed ? 'remote-transient' : 'recipient',
      side: delayed ? 'none' : 'recipient',
      confidence: 0.9,
      evidence: [
        { start, end: start + 3, kind: 'reply-code' },
        { start, end: start + m[0].length, kind: 'diagnostic' },
      ],
    });
  }
  if (findings.length === 0) return { kind: 'not-bounce', findings: [], format: 'text' };
  return { kind: delayed ? 'delay' : 'bounce', findings, format: 'text' };
}

export function standInExplain(analysis: Analysis): ExplainResult {
  return {
    analysis,
    general: null,
    hint: null,
    items: analysis.findings.map((finding) => ({
      finding,
      explanation: {
        reason: finding.reason,
        bucket: finding.bucket,
        title: { key: 'test_title_literal' },
        summary: { key: 'test_summary_literal' },
        actor: 'recipient',
        side: finding.side,
        temporary: false,
        lead: null,
        steps: [{ key: 'test_step_one' }, { key: 'test_step_two' }],
        donts: [{ key: 'test_dont_resend' }],
        codes: [],
        references: [],
        confidence: finding.confidence,
      },
    })),
  };
}

/** A rendered bounce as webmails show it: a notification paragraph and the server's reply. */
export const BOUNCE_HTML = `<div class="pre">Delivery to the following recipient failed permanently:<br><br>
     userunknown@example.jp<br><br>Technical details of permanent failure:<br>Google tried to deliver your message,
 but it was rejected by the server for the recipient domain example.jp by mx.example.jp. [192.0.2.153].<br><br>
The error that the other server returned was:<br>550 5.1.1 &lt;userunknown@example.jp&gt;... User Unknown<br></div>`;

/**
 * The service worker's bg:annotate (the real handler) over the stand-in engine, its answer
 * copied as messaging copies it (no shared objects between the worker's and the page's side).
 */
export function standInAnnotate(analyzeText: (text: string) => Analysis = standInAnalyzeText): ScannerDeps['annotate'] {
  const deps: AnnotateDeps = {
    analyze: async (raw) => analyzeText(raw),
    analyzeText,
    explain: (analysis) => standInExplain(analysis),
    profile: async () => undefined,
    translator: async () => t,
  };
  return async (text, raw) => {
    const answer = structuredClone(await annotate(annotateRequest(text, raw, 'en'), deps));
    return 'refused' in answer ? 'refused' : answer;
  };
}
