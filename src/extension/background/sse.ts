// A Server-Sent Events reader (the WHATWG event-stream format) over a fetch body.
// EventSource cannot send an Authorization header or a POST body, hence our own.

export interface SseMessage {
  event: string;
  data: string;
}

/** Yields each dispatched message; a final message without its blank line is dropped, as the spec says. */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseMessage> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let event = '';
  let data: string[] = [];
  try {
    for (;;) {
      const { value, done } = await reader.read();
      // At the end a held-back "\r" is a whole line break: "\n" completes it (as "\r\n") or ends
      // a last line that has none; a last event without its blank line still is not dispatched.
      buffer += done ? '\n' : decoder.decode(value, { stream: true });
      // A lone \r at the end may be the first half of \r\n: wait for more before splitting it.
      const lines = buffer.split(/\r\n|\r(?!$)|\n/);
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === '') {
          if (data.length > 0) yield { event: event || 'message', data: data.join('\n') };
          event = '';
          data = [];
          continue;
        }
        if (line.startsWith(':')) continue; // comment / keep-alive
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      if (done) return;
    }
  } finally {
    reader.releaseLock();
  }
}
