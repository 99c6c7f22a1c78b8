// Streams a run's items as they come: SSE (Accept: text/event-stream) or JSON lines
// (Accept: application/x-ndjson); the caller answers one JSON document otherwise.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Translate } from '../../../core/knowledge/types.ts';

export type StreamFormat = 'sse' | 'ndjson' | 'json';

export function streamFormat(request: FastifyRequest): StreamFormat {
  const accept = request.headers.accept ?? '';
  if (accept.includes('text/event-stream')) return 'sse';
  if (accept.includes('application/x-ndjson') || accept.includes('application/jsonl')) return 'ndjson';
  return 'json';
}

export interface StreamWriter {
  /** One item; SSE event name, or (JSON lines) the key that wraps it (none for items). */
  send(event: string, data: unknown, wrapKey?: string): void;
  end(): void;
}

/** Takes the response over (copying hook-set headers such as CORS) and opens the stream. */
export function openStream(reply: FastifyReply, format: 'sse' | 'ndjson'): StreamWriter {
  reply.hijack();
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined) reply.raw.setHeader(name, typeof value === 'number' ? String(value) : value);
  }
  reply.raw.writeHead(200, {
    'content-type': format === 'sse' ? 'text/event-stream; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no',
  });
  return {
    send(event, data, wrapKey) {
      if (reply.raw.destroyed) return;
      if (format === 'sse') reply.raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      else reply.raw.write(`${JSON.stringify(wrapKey ? { [wrapKey]: data } : data)}\n`);
    },
    end() {
      reply.raw.end();
    },
  };
}

export interface Relay<I, R> {
  /** The run: items as they finish, then its result. */
  items: AsyncGenerator<I, R>;
  /** The SSE event of an item, and the key of their list in the one-document answer. */
  itemEvent: string;
  listKey: string;
  render(item: I): unknown;
  verdict(result: R): unknown;
  /** Seen once per item before it is sent (metrics). */
  observe?(item: I): void;
  /** The log line when the run throws. */
  failure: string;
}

/**
 * Answers with a run: streamed as it goes (SSE or JSON lines, per Accept), or collected into one
 * JSON document `{ <listKey>: [...], verdict }`. A failure mid-stream ends the stream with an
 * "error" event; before anything was sent it is the route's 500.
 */
export async function relayRun<I, R>(request: FastifyRequest, reply: FastifyReply, t: Translate, relay: Relay<I, R>): Promise<unknown> {
  const format = streamFormat(request);
  const stream = format === 'json' ? null : openStream(reply, format);
  const rendered: unknown[] = [];
  try {
    for (;;) {
      const next = await relay.items.next();
      if (next.done) {
        const verdict = relay.verdict(next.value);
        if (!stream) return { [relay.listKey]: rendered, verdict };
        stream.send('verdict', verdict, 'verdict');
        break;
      }
      relay.observe?.(next.value);
      const item = relay.render(next.value);
      if (stream) stream.send(relay.itemEvent, item);
      else rendered.push(item);
    }
  } catch (err) {
    request.log.error({ err }, relay.failure);
    if (!stream) throw err;
    stream.send('error', { error: t('p_http_internal') }, 'error');
  }
  stream?.end();
  return reply;
}
