// Streams a run's items as they come: SSE (Accept: text/event-stream) or JSON lines
// (Accept: application/x-ndjson); the caller answers one JSON document otherwise.
import type { FastifyReply, FastifyRequest } from 'fastify';

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
