// bg:annotate in the service worker: a content script in someone else's page may send anything,
// so the request is read as data (two strings under the limits, a language from a list) and the
// answer is plain data. The real engine and knowledge base (the lite explainer the notes use).
import { describe, expect, it, vi } from 'vitest';
import { analyze, analyzeText } from '../../../../src/core/index.ts';
import { explainAnalysis } from '../../../../src/core/knowledge/index.ts';
import { annotate, parseAnnotateRequest, type AnnotateDeps } from '../../../../src/extension/background/annotate.ts';
import { ANNOTATE_LIMITS, type Annotation } from '../../../../src/extension/messages.ts';
import { t } from '../content/support.ts';

function deps(over: Partial<AnnotateDeps> = {}): AnnotateDeps {
  return {
    analyze, analyzeText,
    explain: (analysis, profile) => explainAnalysis(analysis, profile ? { profile } : {}),
    profile: async () => undefined,
    translator: async () => t,
    ...over,
  };
}

const REFUSAL = '<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)';

describe('bg:annotate request', () => {
  it('takes text, an optional raw source and a listed language, and nothing else', () => {
    expect(parseAnnotateRequest({ text: 'x', language: 'de', url: 'https://evil.example/' })).toEqual({ text: 'x', language: 'de' });
    expect(parseAnnotateRequest({ text: 'x', raw: 'y', language: 'auto' })).toEqual({ text: 'x', raw: 'y', language: 'auto' });
  });

  it('refuses what is not that shape', () => {
    for (const bad of [null, 'text', { text: 5, language: 'en' }, { text: 'x' }, { text: 'x', language: 'fr' }, { text: 'x', raw: {}, language: 'en' }]) {
      expect(parseAnnotateRequest(bad)).toHaveProperty('refused');
    }
  });

  it('refuses text and raw sources over the limits, without reading them', async () => {
    const analyzeTextSpy = vi.fn(analyzeText);
    const big = await annotate({ text: 'a'.repeat(ANNOTATE_LIMITS.text + 1), language: 'en' }, deps({ analyzeText: analyzeTextSpy }));
    expect(big).toEqual({ refused: 'text too long' });
    expect(await annotate({ text: '', raw: 'a'.repeat(ANNOTATE_LIMITS.raw + 1), language: 'en' }, deps())).toEqual({ refused: 'raw too long' });
    expect(analyzeTextSpy).not.toHaveBeenCalled();
  });
});

describe('bg:annotate answer', () => {
  it('a refusal: analysis, explanation and the note with its one line, as plain data', async () => {
    const answer = await annotate({ text: REFUSAL, language: 'en' }, deps()) as Annotation;
    expect(answer.fromRawSource).toBe(false);
    expect(answer.analysis.findings[0]?.recipient).toBe('bob@example.org');
    expect(answer.explained.items[0]?.explanation.bucket).toBe('recipient');
    expect(answer.note?.tone).toBe('error');
    expect(answer.note?.headline).toContain('bob@example.org');
    expect(answer.note?.headline).toContain(t('sum_perm_permanent'));
    // What crosses to the page survives a JSON round trip unchanged: no functions, no shared objects.
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
  });

  it('page text that is not a bounce: no note, and no explanation work', async () => {
    const explain = vi.fn();
    const answer = await annotate({ text: 'Lunch on Friday?', language: 'en' }, deps({ explain })) as Annotation;
    expect(answer.note).toBeNull();
    expect(explain).not.toHaveBeenCalled();
  });

  it('reads the raw source first, and the rendered text when the source is no bounce', async () => {
    const raw = `From: MAILER-DAEMON@example.net\nSubject: Undelivered Mail Returned to Sender\n\n${REFUSAL}\n`;
    expect(((await annotate({ text: 'nothing here', raw, language: 'en' }, deps())) as Annotation).fromRawSource).toBe(true);
    const fallback = await annotate({ text: REFUSAL, raw: 'Subject: hello\n\nhi', language: 'en' }, deps()) as Annotation;
    expect(fallback.fromRawSource).toBe(false);
    expect(fallback.note).not.toBeNull();
  });

  it('an engine error on one text is a refusal, not a crash', async () => {
    const answer = await annotate({ text: REFUSAL, language: 'en' }, deps({ analyzeText: () => { throw new Error('engine bug'); } }));
    expect(answer).toEqual({ refused: 'engine' });
  });
});
