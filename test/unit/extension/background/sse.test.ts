import { describe, expect, it } from 'vitest';
import { readSse, type SseMessage } from '../../../../src/extension/background/sse.ts';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(encoder.encode(c));
      controller.close();
    },
  });
}

async function all(chunks: string[]): Promise<SseMessage[]> {
  const out: SseMessage[] = [];
  for await (const m of readSse(streamOf(chunks))) out.push(m);
  return out;
}

describe('readSse', () => {
  it('reads events and their data', async () => {
    expect(await all(['event: stage\ndata: {"a":1}\n\n', 'data: plain\n\n'])).toEqual([
      { event: 'stage', data: '{"a":1}' },
      { event: 'message', data: 'plain' },
    ]);
  });

  it('joins multi-line data and ignores comments and unknown fields', async () => {
    expect(await all([': keep-alive\n', 'id: 3\ndata: one\ndata: two\nretry: 10\n\n'])).toEqual([{ event: 'message', data: 'one\ntwo' }]);
  });

  it('handles CRLF, CR, and lines split anywhere across chunks (even inside \\r\\n and UTF-8)', async () => {
    const text = 'event: verdict\r\ndata: {"s":"größer"}\r\n\r\nevent: x\rdata: y\r\r';
    const bytes = new TextEncoder().encode(text);
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 3) chunks.push(bytes.slice(i, i + 3));
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (const ch of chunks) c.enqueue(ch);
        c.close();
      },
    });
    const out: SseMessage[] = [];
    for await (const m of readSse(stream)) out.push(m);
    expect(out).toEqual([{ event: 'verdict', data: '{"s":"größer"}' }, { event: 'x', data: 'y' }]);
  });

  it('drops a last event that never got its blank line', async () => {
    expect(await all(['data: done\n\n', 'data: cut off'])).toEqual([{ event: 'message', data: 'done' }]);
  });
});
