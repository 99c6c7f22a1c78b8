// Engine results → the wire shapes the extension, the CLI --json lines and the helper share.
import type { ProbeStageEvent, ProbeVerdict } from '../shared/probe-wire.ts';
import type { Translate } from '../core/knowledge/types.ts';
import type { StageResult, Verdict } from './types.ts';

/** The CLI's --json line: exactly the contract's fields. */
export function renderStage(r: StageResult, t: Translate): ProbeStageEvent {
  const detail = t(r.detail.key, r.detail.subs);
  const because = r.because ? t(r.because.key, r.because.subs) : '';
  return { stage: r.stage, ok: r.ok, ms: r.ms, reply: r.reply, detail: because ? `${detail}: ${because}` : detail };
}

/** What the server and the local helper send the extension: the line plus the failure kind and the
 *  certificate seen, which the two-sided verdict compares with the user's own view. */
export function renderWireStage(r: StageResult, t: Translate): ProbeStageEvent {
  return {
    ...renderStage(r, t),
    failure: r.failure,
    ...(r.certificate ? { certificate: { fingerprint256: r.certificate.fingerprint256, verified: r.certificate.verified } } : {}),
  };
}

export function renderVerdict(v: Verdict, t: Translate): ProbeVerdict {
  return { causes: v.causes, recommended: v.recommended, summary: v.summary.map((m) => t(m.key, m.subs)).join(' ') };
}
