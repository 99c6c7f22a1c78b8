import { describe, expect, it } from 'vitest';
import { evidenceSpans } from '../../../../src/extension/content/evidence-spans.ts';
import type { Analysis } from '../../../../src/core/types.ts';

const analysis = (evidence: Analysis['findings'][number]['evidence']): Analysis => ({
  kind: 'bounce', format: 'text',
  findings: [{ recipient: null, action: 'failed', status: '5.1.1', replyCode: 550, diagnostic: null, remoteMta: null, reportingMta: null,
    command: null, hard: true, reason: 'userunknown', bucket: 'recipient', side: 'recipient', confidence: 0.9, evidence }],
});

describe('evidence spans in the rendered text', () => {
  it('are the ranges themselves when the rendered text was analysed, without end whitespace', () => {
    const text = 'Status: 5.1.1\nDiagnostic-Code: smtp; 550 no such user';
    const spans = evidenceSpans(analysis([{ start: 7, end: 13, kind: 'status' }, { start: 0, end: 6, kind: 'recipient' }]), text, text);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['5.1.1']);
  });
  it('are found by their text when the raw source was analysed', () => {
    const raw = 'Content-Type: message/delivery-status\r\n\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 no such user\r\n';
    const rendered = 'Delivery report\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 no such user';
    const start = raw.indexOf('smtp;');
    const spans = evidenceSpans(analysis([{ start, end: raw.indexOf('\r\n', start), kind: 'diagnostic' }, { start: 0, end: 2, kind: 'status' }]), raw, rendered);
    expect(spans.map(([s, e]) => rendered.slice(s, e))).toEqual(['smtp; 550 no such user']);
  });
});
