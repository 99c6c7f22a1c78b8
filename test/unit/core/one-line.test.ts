// The one-line summary, with the real engine, knowledge base and English/German catalogue.
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import de from '../../../public/_locales/de/messages.json';
import { catalogueTranslator } from '../../../src/core/i18n.ts';
import { explain, explainAnalysis } from '../../../src/core/knowledge/index.ts';
import { oneLineSummary, permanenceOf } from '../../../src/core/knowledge/one-line.ts';
import { actorKey } from '../../../src/core/knowledge/actors.ts';
import type { Analysis, Finding } from '../../../src/core/types.ts';

const t = catalogueTranslator(en);
const tDe = catalogueTranslator(de);

const finding = (over: Partial<Finding>): Finding => ({
  recipient: 'a@example.org', action: 'failed', status: '5.1.1', replyCode: 550, diagnostic: null, remoteMta: null,
  reportingMta: null, command: null, hard: true, reason: 'userunknown', bucket: 'recipient', side: 'recipient',
  confidence: 0.9, evidence: [], ...over,
});
const line = (analysis: Analysis, tr = t) => oneLineSummary(explainAnalysis(analysis), tr);

describe('the one-line summary', () => {
  it('names the recipient, the cause, permanence and who acts', () => {
    const text = line({ kind: 'bounce', format: 'text', findings: [finding({ recipient: 'bob@example.org' })] });
    expect(text).toContain('bob@example.org');
    expect(text).toContain(t('k_r_userunknown_t'));
    expect(text).toContain(t('sum_perm_permanent'));
    expect(text).toMatch(/^To bob@example\.org: .+\. Permanent: .+ Who acts: .+\.$/);
    expect(text).not.toMatch(/Your move/);
  });
  it('a temporary failure says it is being retried', () => {
    // A bare 4xx reply (a bounce's "failed" is final whatever its code).
    const text = line({ kind: 'smtp-error', format: 'text', findings: [finding({ action: null, status: '4.2.2', replyCode: 452, hard: false, reason: 'mailboxfull', bucket: 'recipient' })] });
    expect(text).toContain(t('sum_perm_temporary'));
  });
  it('a temporary reply that the user\'s own program got does not say a server keeps trying', async () => {
    // The explanation's lead says the program does not retry; the line must not say the opposite.
    const result = await explain('SMTP Error: data not accepted. SMTP server error: 421 4.7.0 Try again later, closing connection.');
    expect(result.items.map((i) => i.explanation.lead?.key)).toEqual(['k_temp_program_lead']);
    const text = oneLineSummary(result, t);
    expect(text).toContain(t('sum_perm_temporary_program'));
    expect(text).not.toContain(t('sum_perm_temporary'));
    expect(oneLineSummary(result, tDe)).toContain(tDe('sum_perm_temporary_program'));
    // A bare reply pasted on its own keeps the server's retry.
    expect(oneLineSummary(await explain('451 4.7.1 Greylisted, please try again later'), t)).toContain(t('sum_perm_temporary'));
  });
  it('several recipients with different causes get one counted line', () => {
    const text = line({
      kind: 'bounce', format: 'text', findings: [
        finding({ recipient: 'a@x.example' }), finding({ recipient: 'b@x.example' }),
        finding({ recipient: 'c@x.example', status: '5.2.2', reason: 'mailboxfull' }),
      ],
    });
    expect(text).toMatch(/^3 recipients: 2 with an address that doesn't exist, 1 with a full mailbox\. /);
  });
  it('several recipients with one cause: one count, one cause', () => {
    const text = line({ kind: 'bounce', format: 'text', findings: [finding({ recipient: 'a@x.example' }), finding({ recipient: 'b@x.example' })] });
    expect(text).toMatch(/^2 recipients: /);
    expect(text).toContain(t('k_r_userunknown_t'));
  });
  it('renders any actor name through the catalogue, so new actors need no code', () => {
    const analysis: Analysis = { kind: 'bounce', format: 'text', findings: [finding({})] };
    const result = explainAnalysis(analysis);
    const custom = { ...result, items: result.items.map((i) => ({ ...i, explanation: { ...i.explanation, actor: 'recipient-provider' as never } })) };
    const text = oneLineSummary(custom, (key, subs) => (key === actorKey('recipient-provider') ? 'ACTOR-X' : t(key, subs)));
    expect(text).toContain('Who acts: ACTOR-X.');
  });
  it('a delivery notice asks nobody to act and has no permanence', () => {
    const text = line({ kind: 'delivery', format: 'mime', findings: [finding({ action: 'delivered', status: '2.0.0', replyCode: 250, hard: false, reason: 'delivered', bucket: 'not-an-error', side: 'none' })] });
    expect(text).not.toContain('Who acts');
    expect(text).not.toContain('Permanent');
  });
  it('German comes from the German catalogue', () => {
    const text = line({ kind: 'bounce', format: 'text', findings: [finding({ recipient: 'bob@example.org' })] }, tDe);
    expect(text).toMatch(/^An bob@example\.org: .+Dauerhaft/);
  });
  it('works on a real pasted reply', async () => {
    const text = oneLineSummary(await explain('550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown in virtual mailbox table'), t);
    expect(text).toContain(t('k_r_userunknown_t'));
    expect(text).toContain('Permanent');
  });
  it('permanence: a delay is temporary, a 5xx is permanent, a delivery is none', () => {
    expect(permanenceOf(finding({ action: 'delayed', status: '4.4.1', hard: false }), 'delay')).toBe('temporary');
    expect(permanenceOf(finding({}), 'bounce')).toBe('permanent');
    expect(permanenceOf(finding({ action: 'delivered', status: '2.0.0' }), 'delivery')).toBe('none');
  });
});

describe('the one-line summary when nothing is recognised', () => {
  it('says so plainly, asking nobody to act', async () => {
    const text = oneLineSummary(await explain('Thanks for the slides, see you on Friday!'), t);
    expect(text).toBe(t('sum_nothing'));
  });
});
