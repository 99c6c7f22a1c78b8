// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { noteActionsFor } from '../../../../src/extension/content/note-actions.ts';
import { explainAnalysis } from '../../../../src/core/knowledge/index.ts';
import type { Analysis, Finding } from '../../../../src/core/types.ts';
import { DEFAULT_PROFILE } from '../../../../src/core/profile/index.ts';
import { t } from './support.ts';

const finding = (over: Partial<Finding>): Finding => ({
  recipient: 'a@example.org', action: 'failed', status: '5.1.1', replyCode: 550, diagnostic: null, remoteMta: null,
  reportingMta: null, command: null, hard: true, reason: 'userunknown', bucket: 'recipient', side: 'recipient',
  confidence: 0.9, evidence: [], ...over,
});
const bounceOf = (analysis: Analysis) => ({ id: 'x', adapter: 'generic', fromRawSource: false, analysis, probeTargets: [] });

describe("a note's ways to a human", () => {
  const env = (probe: boolean, profile = DEFAULT_PROFILE) => ({ t, profile: () => profile, probeAvailable: () => probe, openHelp: () => undefined });
  it('no check hint for the recipient\'s side; a hint for the own server, or what a check would need', () => {
    const recipient: Analysis = { kind: 'bounce', format: 'text', findings: [finding({})] };
    const login: Analysis = { kind: 'smtp-error', format: 'text', findings: [finding({ status: '5.7.8', replyCode: 535, reason: 'securityerror', bucket: 'credentials', side: 'sender' })] };
    expect(noteActionsFor(document, env(true))(bounceOf(recipient), explainAnalysis(recipient), 'x').checkHint).toBeUndefined();
    expect(noteActionsFor(document, env(true))(bounceOf(login), explainAnalysis(login), 'x').checkHint).toBe('ext_note_check');
    expect(noteActionsFor(document, env(false))(bounceOf(login), explainAnalysis(login), 'x').checkHint).toBe('ext_probe_needs');
  });
  it("links the provider's own help and support when its profile has them", () => {
    const analysis: Analysis = { kind: 'bounce', format: 'text', findings: [finding({})] };
    const profile = { ...DEFAULT_PROFILE, helpUrl: 'https://help.example/', supportUrl: 'https://support.example/' };
    const { links } = noteActionsFor(document, env(false, profile))(bounceOf(analysis), explainAnalysis(analysis), 'x');
    expect(links.map((l) => l.href)).toEqual(['https://help.example/', 'https://support.example/']);
  });
});
