// A Server-Sent Events reader (the WHATWG event-stream format) over a fetch body.
// EventSource cannot send an Authorization header or a POST body, hence our own.

export interface SseMessage {
  event: string;
  data: string;
}

/** Longest line (field and value) and longest event (all its data lines) a probe may send. */
export const MAX_SSE_LINE = 64 * 1024;
export const MAX_SSE_EVENT = 256 * 1024;

/** The stream broke a limit: a hostile or broken server, not a probe. */
export class SseLimitError extends Error {}

/** Yields each dispatched message; a final message without its blank line is dropped, as the spec says. */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseMessage> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let dataSize = 0;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      // At the end a held-back "\r" is a whole line break: "\n" completes it (as "\r\n") or ends
      // a last line that has none; a last event without its blank line still is not dispatched.
      const chunk = done ? '\n' : decoder.decode(value, { stream: true });
      buffer += chunk;
      if (!/[\r\n]/.test(chunk)) {
        // No line ends yet: do not split the whole buffer again for every trickled byte.
        if (buffer.length > MAX_SSE_LINE) throw new SseLimitError(`an event-stream line over ${MAX_SSE_LINE} characters`);
        continue;
      }
      // A lone \r at the end may be the first half of \r\n: wait for more before splitting it.
      const lines = buffer.split(/\r\n|\r(?!$)|\n/);
      buffer = lines.pop() ?? '';
      // A server that never ends a line (or an event) must not make us hold an endless buffer.
      if (buffer.length > MAX_SSE_LINE) throw new SseLimitError(`an event-stream line over ${MAX_SSE_LINE} characters`);
      for (const line of lines) {
        if (line === '') {
          if (data.length > 0) yield { event: event || 'message', data: data.join('\n') };
          event = '';
          data = [];
          dataSize = 0;
          continue;
        }
        if (line.startsWith(':')) continue; // comment / keep-alive
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (line.length > MAX_SSE_LINE) throw new SseLimitError(`an event-stream line over ${MAX_SSE_LINE} characters`);
        if (field === 'event') event = value;
        else if (field === 'data') {
          dataSize += value.length + 1;
          if (dataSize > MAX_SSE_EVENT) throw new SseLimitError(`an event over ${MAX_SSE_EVENT} characters`);
          data.push(value);
        }
      }
      if (done) return;
    }
  } finally {
    // Stop the download too: releasing the lock alone would leave a hostile stream flowing.
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
