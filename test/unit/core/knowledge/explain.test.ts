// explainAnalysis / explain on findings built here (the engine's output shape) and on texts the
// knowledge recognises on its own (client errors, provider replies, bare codes).
import { describe, expect, it } from 'vitest';
import { LIKELY, explainWith } from '../../../../src/core/knowledge/explain-core.ts';
import { FULL_TABLES } from '../../../../src/core/knowledge/tables.ts';
import type { ExplainOptions } from '../../../../src/core/knowledge/types.ts';
import type { Analysis, Finding } from '../../../../src/core/types.ts';
import { DEFAULT_PROFILE, type Profile } from '../../../../src/core/profile/index.ts';
import { finding } from './findings.ts';
import { recognizeClientError } from '../../../../src/core/client-errors/recognize.ts';
import { recognizeFallback } from '../../../../src/core/knowledge/recognize-fallback.ts';

// What index.ts's explainAnalysis does, without loading the engine (explain(text) below needs it).
const explainAnalysis = (a: Analysis, opts?: ExplainOptions) => explainWith(a, FULL_TABLES, opts);
const explain = async (input: string | Uint8Array) => (await import('../../../../src/core/knowledge/index.ts')).explain(input);

const analysis = (findings: Finding[], kind: Analysis['kind'] = 'bounce'): Analysis => ({ kind, findings, format: 'text' });
const keys = (msgs: { key: string }[]) => msgs.map((m) => m.key);

describe('explainAnalysis', () => {
  it('explains an SPF/DMARC bounce with the deliverability page, not DNS editing', () => {
    const f = finding({ reason: 'authfailure', bucket: 'policy-reputation', status: '5.7.26', replyCode: 550,
      diagnostic: "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy" });
    const [item] = explainAnalysis(analysis([f])).items;
    const e = item!.explanation;
    expect(e.actor).toBe('sender');
    expect(keys(e.steps)[0]).toBe('k_s_deliverability');
    expect(e.summary.key).toBe('k_p_gmail_dmarc');
    expect(e.codes.map((c) => c.code)).toEqual(['550', '5.7.26', '5.x.x']);
    expect(e.steps[0]!.subs).toContain(DEFAULT_PROFILE.places.deliverability);
    expect(e.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('says a delay is still being tried and nobody needs to act', () => {
    const f = finding({ action: 'delayed', reason: 'expired', bucket: 'remote-transient', status: '4.4.7', hard: false });
    const e = explainAnalysis(analysis([f], 'delay')).items[0]!.explanation;
    expect(e.actor).toBe('none');
    expect(e.title.key).toBe('k_delay_t');
    expect(keys(e.donts)).toContain('k_n_resend_delay');
  });

  it('lets a temporary fault further along retry by itself', () => {
    const f = finding({ action: null, reason: 'systemfull', bucket: 'remote-transient', replyCode: 452, status: '4.3.1', hard: false });
    expect(explainAnalysis(analysis([f], 'smtp-error')).items[0]!.explanation).toMatchObject({ actor: 'none', temporary: true, lead: { key: 'k_temp_lead' } });
    // A bounce's "failed" is final even with a 4.x.x status: the sending server gave up.
    const gaveUp = finding({ reason: 'systemfull', bucket: 'remote-transient', replyCode: 452, status: '4.3.1', hard: false });
    expect(explainAnalysis(analysis([gaveUp])).items[0]!.explanation).toMatchObject({ actor: 'recipient-provider', temporary: false });
    const permanent = finding({ reason: 'systemfull', bucket: 'remote-transient', replyCode: 552, status: '5.3.1' });
    expect(explainAnalysis(analysis([permanent])).items[0]!.explanation.actor).toBe('recipient-provider');
  });

  it('uses the bucket\'s advice when the engine put the reason in another bucket', () => {
    const f = finding({ reason: 'networkerror', bucket: 'settings', evidence: [{ start: 0, end: 5, kind: 'client-error' }], diagnostic: 'Error 0x800CCC0E' });
    const e = explainAnalysis(analysis([f], 'client-error')).items[0]!.explanation;
    expect(e.actor).toBe('sender');
    expect(e.title.key).toBe('k_b_settings_t');
    expect(keys(e.steps)).toContain('k_s_check_server_name');
    expect(e.codes[0]).toMatchObject({ code: '0x800CCC0E', meaning: { key: 'k_ce_0x800ccc0e' } });
  });

  it('says a mail client\'s message in its own sentence when it has no code', () => {
    const findings = recognizeClientError('The message could not be sent because connecting to Outgoing server (SMTP) mail.example.com failed.') ?? [];
    const e = explainAnalysis(analysis(findings, 'client-error')).items[0]!.explanation;
    expect(e.summary.key).toBe('k_ce_smtpsendrequestrefused');
    expect(e.codes.map((c) => c.code)).toEqual([]);
    expect(keys(e.steps)[0]).toBe('k_s_try_other_network');
  });

  it('lets a provider\'s wording decide who acts', () => {
    const f = finding({ reason: 'blocked', bucket: 'policy-reputation', replyCode: 550, status: '5.7.1',
      diagnostic: "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150)." });
    const e = explainAnalysis(analysis([f])).items[0]!.explanation;
    expect(e.actor).toBe('sender-provider');
    expect(keys(e.donts)).toContain('k_n_blame_recipient');
    expect(e.references).toContain('https://postmaster.live.com');
  });

  it('is honest when it does not know: no who acts, no steps, one hint', () => {
    const f = finding({ reason: 'undefined', bucket: 'unknown', confidence: 0.9 });
    const result = explainAnalysis(analysis([f]));
    const e = result.items[0]!.explanation;
    expect(e.confidence).toBeLessThan(LIKELY);
    expect(e.actor).toBeNull();
    expect(e.steps).toEqual([]);
    expect(result.general).toBeNull();
    expect(result.hint?.key).toBe('k_unknown_hint');
    expect(explainAnalysis(analysis([], 'not-bounce'))).toMatchObject({ general: null, hint: { key: 'k_unknown_hint' } });
    const known = explainAnalysis(analysis([finding({ reason: 'userunknown', bucket: 'recipient', status: '5.1.1' })]));
    expect(known).toMatchObject({ general: null, hint: null });
  });

  it('gives the general sending guidance only for a mail program\'s failure to send', () => {
    const vague = finding({ reason: 'undefined', bucket: 'unknown', evidence: [{ start: 0, end: 5, kind: 'client-error' }] });
    const result = explainAnalysis(analysis([vague], 'client-error'));
    expect(result.general?.steps.map((s) => s.key)).toEqual(['k_s_required_security', ...DEFAULT_PROFILE.dos, 'k_s_self_setup']);
    const lenient = { ...DEFAULT_PROFILE, configuresClientsRemotely: true, smtp: { ...DEFAULT_PROFILE.smtp, secureOnly: false } };
    const helping = explainWith(analysis([], 'client-error'), FULL_TABLES, { profile: lenient });
    expect(helping.general?.steps.map((s) => s.key)).toEqual(DEFAULT_PROFILE.dos);
  });

  it('treats reason and bucket names it does not know as unknown instead of failing', () => {
    const f = finding({ reason: 'constructor' as Finding['reason'], bucket: 'elsewhere' as Finding['bucket'] });
    const result = explainAnalysis(analysis([f]));
    expect(result.items[0]!.explanation).toMatchObject({ reason: 'undefined', bucket: 'unknown', actor: null });
    expect(result.hint).not.toBeNull();
  });

  it('names another host\'s places when given its profile', () => {
    const other: Profile = { ...DEFAULT_PROFILE, id: 'examplehost', name: 'ExampleHost', places: { settings: 'Plesk → Mail → Settings', deliverability: 'Plesk → DNS check', mailboxStatus: 'Plesk → Mail' } };
    const e = explainAnalysis(analysis([finding({ reason: 'norelaying', bucket: 'settings' })], 'smtp-error'), { profile: other }).items[0]!.explanation;
    expect(e.steps.find((s) => s.key === 'k_s_recheck_settings')?.subs).toEqual(expect.arrayContaining(['ExampleHost', 'Plesk → Mail → Settings']));
  });

  it('reads a provider\'s wording from the source text when the finding has no diagnostic', () => {
    const text = 'Delivery failed.\n550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using Barracuda Reputation\nBye';
    const start = text.indexOf('550');
    const f = finding({ reason: 'blocked', bucket: 'policy-reputation', evidence: [{ start, end: start + 3, kind: 'reply-code' }] });
    expect(explainAnalysis(analysis([f]), { text }).items[0]!.explanation.summary.key).toBe('k_p_barracuda_reputation');
    expect(explainAnalysis(analysis([f])).items[0]!.explanation.summary.key).toBe('k_r_blocked_s');
  });
});

describe('recognizeFallback (when the engine finds nothing)', () => {
  const none: Analysis = { kind: 'not-bounce', findings: [], format: 'text' };

  it('finds a client error, a provider reply or a bare code, with evidence in the text', () => {
    const client = recognizeFallback('Error 0x800CCC0E', none);
    expect(client.kind).toBe('client-error');
    const text = 'note: 550 5.7.1 Service unavailable; client [192.0.2.1] blocked using prs.proofpoint.com';
    const provider = recognizeFallback(text, none);
    expect(provider.findings[0]).toMatchObject({ reason: 'blocked', replyCode: 550, status: '5.7.1', side: 'sender-provider' });
    const ev = provider.findings[0]!.evidence[0]!;
    expect(text.slice(ev.start, ev.end)).toBe('prs.proofpoint.com');
    const bare = recognizeFallback('  550 5.7.1 ', none);
    expect(bare.findings[0]).toMatchObject({ replyCode: 550, status: '5.7.1', reason: 'undefined', bucket: 'unknown' });
    expect(recognizeFallback('hello', none)).toBe(none);
  });
});

describe('explain(text)', () => {
  it('recognises a bare Outlook code', async () => {
    const result = await explain('0x800CCC0F');
    // Microsoft: "The connection to the server was interrupted" (the path, not the encryption setting).
    expect(result.items[0]?.explanation.bucket).toBe('network-block');
    expect(result.items[0]?.finding.evidence.some((e) => e.kind === 'client-error')).toBe(true);
  });

  it('classifies the server reply a client quotes', async () => {
    const result = await explain("Task 'me@example.com - Sending' reported error (0x80042109) : 'The server responded: 535 5.7.8 Error: authentication failed'");
    const e = result.items[0]!.explanation;
    expect(e.bucket).toBe('credentials');
    expect(keys(e.steps)).not.toContain('k_s_try_other_network');
  });

  it('takes the raw bytes of a message as well as text', async () => {
    const result = await explain(new TextEncoder().encode('Error 0x800CCC0E'));
    expect(result.items[0]?.explanation.bucket).toBe('settings');
  });

  it('gives a bare code its meaning, whatever the cause', async () => {
    const result = await explain('550');
    expect(result.items[0]?.explanation.codes.map((c) => c.code)).toContain('550');
  });

  it('never throws, whatever it is given', async () => {
    for (const text of ['', ' ', '\u0000\uffff', 'x'.repeat(100_000), '5.', '0x800CCC']) {
      const result = await explain(text);
      expect(result.items.length > 0 || result.general !== null || result.hint !== null).toBe(true);
    }
  });
});
