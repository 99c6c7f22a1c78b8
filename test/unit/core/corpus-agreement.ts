// Agreement of the engine with the corpus labels, per reason, for the ratchet test and its updates.
import { analyze, analyzeText } from '../../../src/core/index.ts';
import { loadLabels, outcomeOf, readCorpusFile, reasonAgrees, replyAgrees, statusAgrees, type Outcome } from '../../bench/corpus.ts';
import { renderAsWebmail } from '../../bench/render-as-webmail.ts';

export interface Agreement {
  perReason: Map<string, { rows: number; agree: number }>;
  rows: number;
  reason: number;
  status: number;
  reply: number;
}

export async function corpusAgreement(path: 'raw' | 'rendered'): Promise<Agreement> {
  const a: Agreement = { perReason: new Map(), rows: 0, reason: 0, status: 0, reply: 0 };
  for (const [file, labels] of loadLabels()) {
    const raw = readCorpusFile(file);
    const findings = path === 'raw' ? (await analyze(raw)).findings : analyzeText(await renderAsWebmail(raw)).findings;
    labels.forEach((label, i) => {
      const o: Outcome = outcomeOf(findings[i]);
      const r = a.perReason.get(label.reason) ?? { rows: 0, agree: 0 };
      r.rows++;
      a.rows++;
      if (reasonAgrees(label, o)) {
        r.agree++;
        a.reason++;
      }
      if (statusAgrees(label, o)) a.status++;
      if (replyAgrees(label, o)) a.reply++;
      a.perReason.set(label.reason, r);
    });
  }
  return a;
}
