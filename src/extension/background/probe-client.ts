// The probe client: POST /v1/probe with the Bearer token and turn its Server-Sent Events into
// port messages. Only host, port and domain ever leave the browser — never message content.
import type { ProbePortMessage, ProbeStageEvent, ProbeTarget, ProbeVerdict } from '../messages.ts';
import { BUCKETS, type Bucket } from '../../core/types.ts';
import { fail, ok, type Result } from '../shared/result.ts';
import type { ProbeConfig } from './probe-config.ts';
import { probeBase, streamFromProbe } from './probe-stream.ts';

export interface ProbeRequest {
  host: string;
  port?: number;
  domain?: string;
}

const HOST = /^(?=.{1,253}$)[a-z0-9.-]+$|^\[?[0-9a-f:.]+\]?$/i;
const DOMAIN = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

/** Keeps exactly host, port and domain from a target, checked; anything else is not sent. */
export function probeRequestFrom(target: unknown): Result<ProbeRequest> {
  const t = (typeof target === 'object' && target !== null ? target : {}) as Partial<ProbeTarget>;
  if (typeof t.host !== 'string' || !HOST.test(t.host)) return fail('ui_errProbeTarget');
  const request: ProbeRequest = { host: t.host.replace(/^\[|\]$/g, '') };
  if (t.port !== undefined) {
    if (!Number.isInteger(t.port) || t.port < 1 || t.port > 65535) return fail('ui_errProbeTarget');
    request.port = t.port;
  }
  if (t.domain !== undefined) {
    if (typeof t.domain !== 'string' || !DOMAIN.test(t.domain)) return fail('ui_errProbeTarget');
    request.domain = t.domain;
  }
  return ok(request);
}

function asStage(o: Record<string, unknown>): ProbeStageEvent {
  return {
    stage: String(o.stage),
    ok: o.ok === true,
    ms: typeof o.ms === 'number' && Number.isFinite(o.ms) ? o.ms : 0,
    reply: Array.isArray(o.reply) ? o.reply.map(String) : [],
    detail: typeof o.detail === 'string' ? o.detail : '',
    ...(typeof o.failure === 'string' ? { failure: o.failure } : {}),
    ...(isCertificate(o.certificate) ? { certificate: { fingerprint256: o.certificate.fingerprint256, verified: o.certificate.verified } } : {}),
  };
}

function isCertificate(c: unknown): c is { fingerprint256: string; verified: boolean } {
  if (typeof c !== 'object' || c === null) return false;
  const o = c as Record<string, unknown>;
  return typeof o.fingerprint256 === 'string' && typeof o.verified === 'boolean';
}

function isSecurity(s: unknown): s is 'ssl' | 'starttls' | 'none' {
  return s === 'ssl' || s === 'starttls' || s === 'none';
}

function asVerdict(o: Record<string, unknown>): ProbeVerdict {
  const causes: ProbeVerdict['causes'] = {};
  const raw = (typeof o.causes === 'object' && o.causes !== null ? o.causes : {}) as Record<string, unknown>;
  for (const [bucket, state] of Object.entries(raw)) {
    if ((BUCKETS as readonly string[]).includes(bucket) && (state === 'confirmed' || state === 'ruled-out' || state === 'inconclusive')) {
      causes[bucket as Bucket] = state;
    }
  }
  const r = o.recommended as Record<string, unknown> | null | undefined;
  const security = r?.security;
  const recommended: ProbeVerdict['recommended'] =
    r && typeof r.host === 'string' && typeof r.port === 'number' && isSecurity(security)
      ? { host: r.host, port: r.port, security }
      : null;
  return { causes, recommended, summary: typeof o.summary === 'string' ? o.summary : '' };
}

/** One SSE message as a port message; null for anything that is neither a stage, a verdict nor an error. */
export function toPortMessage(event: string, data: string): ProbePortMessage | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const o = parsed as Record<string, unknown>;
  if (typeof o.verdict === 'object' && o.verdict !== null) return { kind: 'verdict', verdict: asVerdict(o.verdict as Record<string, unknown>) };
  if (event === 'verdict' && 'causes' in o) return { kind: 'verdict', verdict: asVerdict(o) };
  if (typeof o.stage === 'string') return { kind: 'stage', event: asStage(o) };
  if (event === 'error' || typeof o.error === 'string') {
    return { kind: 'error', error: 'ui_errProbeFailed', detail: String(o.message ?? o.error ?? '') };
  }
  return null;
}

/** Runs one probe; always ends with exactly one verdict or one error. */
export async function* runProbe(config: ProbeConfig, target: unknown, signal?: AbortSignal): AsyncGenerator<ProbePortMessage> {
  const base = probeBase(config);
  if (!base.ok) {
    yield base.error;
    return;
  }
  const request = probeRequestFrom(target);
  if (!request.ok) {
    yield { kind: 'error', error: request.error };
    return;
  }
  yield* streamFromProbe(base.value, config.probeToken, {
    // Without a token, the provider's public probe (serve --public) checks its own submission hosts.
    path: (withToken) => (withToken ? '/v1/probe' : '/v1/public/probe'),
    body: request.value,
    toMessage: toPortMessage,
    progress: 'stage',
  }, signal);
}
