// The bounce-check client: POST /v1/check with only a bounce's facts (never the message), read
// its Server-Sent Events, and turn each into a port message. The token is sent when one is set;
// a provider's public probe (its profile's probeUrl) answers without one.
import { BUCKETS, type Bucket } from '../../core/types.ts';
import { DEFAULT_PROFILE } from '../../core/profile/index.ts';
import { REFUSAL_CAP, type CheckFacts, type CheckPortMessage, type CheckRow, type CheckVerdictView } from '../shared/bounce-check.ts';
import { errorText } from '../shared/result.ts';
import { readSse } from './sse.ts';

export interface CheckConfig {
  probeUrl: string;
  probeToken: string;
}

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

function statusError(status: number, detail: string): CheckPortMessage {
  if (status === 401 || status === 403) return { kind: 'error', error: 'ui_errProbeToken', detail };
  if (status === 400) return { kind: 'error', error: 'ui_errProbeRefused', detail };
  if (status === 429 || status === 503) return { kind: 'error', error: 'ui_errProbeBusy', detail };
  return { kind: 'error', error: 'ui_errProbeFailed', detail: `HTTP ${status} ${detail}`.trim() };
}

/** Runs one bounce check; always ends with exactly one verdict or one error. */
export async function* runBounceCheck(config: CheckConfig, facts: unknown, signal?: AbortSignal): AsyncGenerator<CheckPortMessage> {
  const url = config.probeUrl || DEFAULT_PROFILE.probeUrl || '';
  if (url === '') {
    yield { kind: 'error', error: 'ui_errProbeNotConfigured' };
    return;
  }
  const body = checkBodyFrom(facts);
  if (!body) {
    yield { kind: 'error', error: 'ui_errProbeTarget' };
    return;
  }
  let response: Response;
  try {
    response = await fetch(`${url}/v1/check`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json', accept: 'text/event-stream',
        ...(config.probeToken ? { authorization: `Bearer ${config.probeToken}` } : {}),
      },
      body: JSON.stringify(body),
      signal,
    });
  } catch (e) {
    yield { kind: 'error', error: 'ui_errProbeUnreachable', detail: errorText(e) };
    return;
  }
  if (!response.ok || !response.body) {
    let detail = '';
    try {
      const b = (await response.json()) as { message?: unknown };
      detail = String(b.message ?? '').slice(0, 300);
    } catch {
      /* no body */
    }
    yield statusError(response.status, detail);
    return;
  }
  try {
    for await (const { event, data } of readSse(response.body)) {
      const message = toCheckMessage(event, data);
      if (!message) continue;
      yield message;
      if (message.kind !== 'check') return;
    }
  } catch (e) {
    yield { kind: 'error', error: 'ui_errProbeUnreachable', detail: errorText(e) };
    return;
  }
  yield { kind: 'error', error: 'ui_errProbeIncomplete' };
}
