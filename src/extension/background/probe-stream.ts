// One request to the probe server, read as Server-Sent Events: the part the connection probe
// and the bounce check share. Always ends with exactly one final message or one error.
import { errorText } from '../shared/result.ts';
import { validateProbeUrl } from '../shared/probe-url.ts';
import type { ProbeConfig } from './probe-config.ts';
import { readSse } from './sse.ts';

export type StreamError = { kind: 'error'; error: string; detail?: string };

export interface ProbeCall<M extends { kind: string }> {
  /** The route, given whether a token is set (a provider's public probe answers without one). */
  path: (withToken: boolean) => string;
  body: unknown;
  /** An SSE event as a port message; null skips it. */
  toMessage: (event: string, data: string) => M | StreamError | null;
  /** The kind of the messages that come before the last one (stages, check rows). */
  progress: string;
}

function statusError(status: number, detail: string): StreamError {
  if (status === 401 || status === 403) return { kind: 'error', error: 'ui_errProbeToken', detail };
  if (status === 400) return { kind: 'error', error: 'ui_errProbeRefused', detail };
  if (status === 429 || status === 503) return { kind: 'error', error: 'ui_errProbeBusy', detail };
  return { kind: 'error', error: 'ui_errProbeFailed', detail: `HTTP ${status} ${detail}`.trim() };
}

async function responseDetail(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: unknown; error?: unknown };
    return String(body.message ?? body.error ?? '').slice(0, 300);
  } catch {
    return '';
  }
}

/** The probe URL as the token may travel to it, or the error to show. */
export function probeBase(config: ProbeConfig): { ok: true; value: string } | { ok: false; error: StreamError } {
  if (config.probeUrl === '') return { ok: false, error: { kind: 'error', error: 'ui_errProbeNotConfigured' } };
  // Checked again before every request: the token must never go over plain http to anything but loopback.
  const base = validateProbeUrl(config.probeUrl);
  return base.ok ? base : { ok: false, error: { kind: 'error', error: base.error } };
}

export async function* streamFromProbe<M extends { kind: string }>(base: string, token: string, call: ProbeCall<M>, signal?: AbortSignal): AsyncGenerator<M | StreamError> {
  let response: Response;
  try {
    response = await fetch(`${base}${call.path(token !== '')}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(call.body),
      signal,
    });
  } catch (e) {
    yield { kind: 'error', error: 'ui_errProbeUnreachable', detail: errorText(e) };
    return;
  }
  if (!response.ok || !response.body) {
    yield statusError(response.status, await responseDetail(response));
    return;
  }
  try {
    for await (const { event, data } of readSse(response.body)) {
      const message = call.toMessage(event, data);
      if (!message) continue;
      yield message;
      if (message.kind !== call.progress) return;
    }
  } catch (e) {
    yield { kind: 'error', error: 'ui_errProbeUnreachable', detail: errorText(e) };
    return;
  }
  yield { kind: 'error', error: 'ui_errProbeIncomplete' };
}
