// The bounce-check client: POST /v1/check with only a bounce's facts (never the message), read
// its Server-Sent Events, and turn each into a port message. The token is sent when one is set;
// a provider's public probe (its profile's probeUrl) answers without one.
import { BUCKETS, type Bucket } from '../../core/types.ts';
import { REFUSAL_CAP, type CheckFacts, type CheckPortMessage, type CheckRow, type CheckVerdictView } from '../shared/bounce-check.ts';
import type { ProbeConfig } from './probe-config.ts';
import { probeBase, streamFromProbe } from './probe-stream.ts';



const DOMAIN = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const IP = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:.]{2,45})$/i;

/** Exactly the allowed fields, checked; anything else in the input is dropped. */
export function checkBodyFrom(input: unknown): CheckFacts | null {
  const f = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  if (typeof f.refusal !== 'string' || typeof f.bucket !== 'string' || !(BUCKETS as readonly string[]).includes(f.bucket)) return null;
  const body: CheckFacts = { refusal: f.refusal.slice(0, REFUSAL_CAP), bucket: f.bucket as Bucket };
  if (typeof f.reason === 'string' && /^[a-z]{1,40}$/.test(f.reason)) body.reason = f.reason;
  if (Array.isArray(f.sendingIps)) {
    const ips = f.sendingIps.filter((ip): ip is string => typeof ip === 'string' && IP.test(ip)).slice(0, 4);
    if (ips.length) body.sendingIps = ips;
  }
  for (const k of ['senderDomain', 'recipientDomain', 'reportingMta'] as const) {
    const v = f[k];
    if (typeof v === 'string' && DOMAIN.test(v)) body[k] = v;
  }
  return body;
}

function asRow(o: Record<string, unknown>): CheckRow {
  const s = (k: string): string => (typeof o[k] === 'string' ? (o[k] as string) : '');
  const delist = s('delistUrl');
  return {
    check: s('check'), target: s('target'), result: s('result'), ok: o.ok === true,
    meaning: s('meaning'), fixer: s('fixer'), fixerText: s('fixerText'),
    ...(s('list') ? { list: s('list') } : {}),
    ...(/^https:\/\/[^\s"<>]+$/.test(delist) ? { delistUrl: delist } : {}),
    ...(s('policy') ? { policy: s('policy') } : {}),
  };
}

function asVerdict(o: Record<string, unknown>): CheckVerdictView {
  const causes: CheckVerdictView['causes'] = {};
  const raw = (typeof o.causes === 'object' && o.causes !== null ? o.causes : {}) as Record<string, unknown>;
  for (const [bucket, state] of Object.entries(raw)) {
    if ((BUCKETS as readonly string[]).includes(bucket) && (state === 'confirmed' || state === 'ruled-out' || state === 'inconclusive')) causes[bucket as Bucket] = state;
  }
  return { causes, summary: typeof o.summary === 'string' ? o.summary : '' };
}

export function toCheckMessage(event: string, data: string): CheckPortMessage | null {
  let o: unknown;
  try {
    o = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof o !== 'object' || o === null) return null;
  const r = o as Record<string, unknown>;
  if (event === 'verdict') return { kind: 'verdict', verdict: asVerdict(r) };
  if (event === 'check' && typeof r.check === 'string') return { kind: 'check', row: asRow(r) };
  if (event === 'error') return { kind: 'error', error: 'ui_errProbeFailed', detail: String(r.error ?? '') };
  return null;
}

/** Runs one bounce check; always ends with exactly one verdict or one error. */
export async function* runBounceCheck(config: ProbeConfig, facts: unknown, signal?: AbortSignal): AsyncGenerator<CheckPortMessage> {
  const base = probeBase(config);
  if (!base.ok) {
    yield base.error;
    return;
  }
  const body = checkBodyFrom(facts);
  if (!body) {
    yield { kind: 'error', error: 'ui_errProbeTarget' };
    return;
  }
  yield* streamFromProbe(base.value, config.probeToken, { path: () => '/v1/check', body, toMessage: toCheckMessage, progress: 'check' }, signal);
}
