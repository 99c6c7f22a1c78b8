import { describe, expect, it } from 'vitest';
import { leadingFinding } from '../../../../src/extension/content/annotation/note-model.ts';
import { noteFor } from '../../../../src/extension/background/note-for.ts';
import type { Analysis, Finding } from '../../../../src/core/types.ts';
import { standInAnalyzeText, standInExplain, t } from './support.ts';

const finding = (over: Partial<Finding>): Finding => ({
  recipient: 'a@example.org', action: 'failed', status: '5.1.1', replyCode: 550, diagnostic: null, remoteMta: null,
  reportingMta: null, command: null, hard: true, reason: 'userunknown', bucket: 'recipient', side: 'recipient',
  confidence: 0.9, evidence: [], ...over,
});

describe('what a note says', () => {
  it('nothing for text that is not a bounce', () => {
    const analysis = standInAnalyzeText('Lunch on Friday?');
    expect(noteFor(analysis, standInExplain(analysis), t)).toBeNull();
  });
  it('a failure: the explanation title, who acts, the steps and the server words', () => {
    const analysis = standInAnalyzeText('550 5.1.1 <u@example.jp>... User Unknown');
    const note = noteFor(analysis, standInExplain(analysis), t);
    expect(note).toMatchObject({ tone: 'error', reason: 'userunknown', bucket: 'recipient' });
    // The one-line answer: recipient, permanence and who acts, in the catalogue's words.
    expect(note?.headline).toContain('u@example.jp');
    expect(note?.headline).toContain(t('sum_perm_permanent'));
    expect(note?.headline).toContain(t('k_actor_recipient'));
    expect(note?.steps).toHaveLength(2);
    expect(note?.evidence[0]).toEqual({ recipient: 'u@example.jp', code: '550 5.1.1', diagnostic: '550 5.1.1 <u@example.jp>... User Unknown' });
  });
  it('a delay: still trying, nothing to do, no steps', () => {
    const analysis = standInAnalyzeText('Action: delayed\n450 4.4.1 <u@example.jp>... connection timed out');
    const note = noteFor(analysis, standInExplain(analysis), t);
    expect(note).toMatchObject({ tone: 'delay', steps: [] });
    expect(note?.headline).toContain('u@example.jp');
  });
  it('a delivery notice is not an error', () => {
    const analysis: Analysis = { kind: 'delivery', format: 'mime', findings: [finding({ action: 'delivered', status: '2.0.0', replyCode: 250, hard: false, reason: 'delivered', bucket: 'not-an-error', side: 'none' })] };
    expect(noteFor(analysis, { analysis, items: [], general: null, hint: null }, t)).toMatchObject({ tone: 'info', headline: t('cs_delivery_line'), bucket: 'not-an-error' });
  });
  it('without an explanation, a plain fallback line', () => {
    const analysis: Analysis = { kind: 'bounce', format: 'text', findings: [finding({ side: 'sender', bucket: 'credentials', reason: 'authfailure', confidence: 0.2 })] };
    expect(noteFor(analysis, { analysis, items: [], general: null, hint: null }, t)).toMatchObject({ headline: t('cs_fallback_line'), unsure: true });
  });
  it('leads with a failure over a delay or a delivery', () => {
    const lead = leadingFinding([finding({ action: 'delivered' }), finding({ action: 'delayed' }), finding({ action: 'failed', recipient: 'x@y.example' })]);
    expect(lead?.recipient).toBe('x@y.example');
  });
});

describe('leading finding among equals', () => {
  it('is the one the engine is surest of', () => {
    const lead = leadingFinding([finding({ reason: 'filtered', confidence: 0.3 }), finding({ reason: 'userunknown', confidence: 0.8 })]);
    expect(lead?.reason).toBe('userunknown');
  });
});
