// The content script's patience with the service worker: one retry when it rejects (restarted
// mid-request), stays silent (stuck) or answers nonsense (an old worker after an update).
import { describe, expect, it, vi } from 'vitest';
import { askWorker } from '../../../../src/extension/content/ask-worker.ts';
import { annotateWith } from '../../../../src/extension/content/annotate-client.ts';
import { ANNOTATE_BUSY, ANNOTATE_LIMITS } from '../../../../src/extension/messages.ts';

const isNumber = (a: unknown): a is number => typeof a === 'number';
const quick = { timeoutMs: 30, retries: 1 };

describe('asking the service worker', () => {
  it('answers at once when the worker does', async () => {
    const send = vi.fn(async () => 7);
    expect(await askWorker(send, isNumber, quick)).toBe(7);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('retries once after a rejection, a silence or a wrong answer', async () => {
    for (const first of [() => Promise.reject(new Error('port closed')), () => new Promise(() => undefined), async () => undefined]) {
      const send = vi.fn().mockImplementationOnce(first).mockImplementationOnce(async () => 8);
      expect(await askWorker(send, isNumber, quick)).toBe(8);
      expect(send).toHaveBeenCalledTimes(2);
    }
  });

  it('gives up after the retry: null, never a throw', async () => {
    const send = vi.fn(() => new Promise(() => undefined));
    expect(await askWorker(send, isNumber, quick)).toBeNull();
    expect(send).toHaveBeenCalledTimes(2);
    const throwing = vi.fn(() => { throw new Error('no runtime'); });
    expect(await askWorker(throwing, isNumber, quick)).toBeNull();
  });
});

describe('the bg:annotate client', () => {
  it('cuts the text to the worker limit and drops a raw source over it', async () => {
    const sent: unknown[] = [];
    const send = async (message: unknown) => {
      sent.push(message);
      return { refused: 'x' };
    };
    await annotateWith(send, 'de', quick)('a'.repeat(ANNOTATE_LIMITS.text + 10), 'b'.repeat(ANNOTATE_LIMITS.raw + 1));
    const { payload } = sent[0] as { payload: { text: string; raw?: string; language: string } };
    expect(payload.text).toHaveLength(ANNOTATE_LIMITS.text);
    expect(payload.raw).toBeUndefined();
    expect(payload.language).toBe('de');
  });

  it('says "refused" for a refusal and "unavailable" when the worker never answers', async () => {
    expect(await annotateWith(async () => ({ refused: 'engine' }), 'en', quick)('x', null)).toBe('refused');
    expect(await annotateWith(() => new Promise(() => undefined), 'en', quick)('x', null)).toBe('unavailable');
    expect(await annotateWith(async () => ({ analysis: 'forged' }), 'en', quick)('x', null)).toBe('unavailable');
  });

  it('treats a busy worker (the tab asked for more than its share) as not reached: the body is asked again later', async () => {
    expect(await annotateWith(async () => ({ refused: ANNOTATE_BUSY }), 'en', quick)('x', null)).toBe('unavailable');
  });
});
