// What a probe run looks like on the wire: the server's SSE stream, the native helper's replies and
// `bounce-lens probe --json` carry these shapes, and the popup reads them. No code, types only.
import type { Bucket } from '../core/types.ts';

/** One probe stage as the server (SSE), the helper and `probe --json` send it; the popup shows it. */
export interface ProbeStageEvent {
  stage: string;
  ok: boolean;
  ms: number;
  reply: string[];
  detail: string;
  /** The probe's failure code (refused, filtered, timeout …), when the server sends it. */
  failure?: string | null;
  /** The certificate this stage saw (tls, starttls), when the server sends it: the two-sided verdict compares it. */
  certificate?: { fingerprint256: string; verified: boolean };
}
export interface ProbeVerdict {
  causes: Partial<Record<Bucket, 'confirmed' | 'ruled-out' | 'inconclusive'>>;
  recommended: { host: string; port: number; security: 'ssl' | 'starttls' | 'none' } | null;
  summary: string;
}
