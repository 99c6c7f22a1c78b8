// Maps what the stages found onto the engine's buckets: confirmed / ruled out / inconclusive,
// the combination to use, and a summary in catalogue messages. Pure: results in, verdict out.
import type { Bucket } from '../core/types.ts';
import type { Msg } from '../core/knowledge/types.ts';
import type { CauseState, FailureCode, Recommended, StageResult, Verdict } from './types.ts';
import type { Target } from './target.ts';
import type { SessionTarget } from './smtp-stages.ts';
import type { TryResult } from './tries.ts';
import { rankTries } from './tries.ts';

export interface VerdictContext {
  target: Target | null;
  session: SessionTarget | null;
  tries: TryResult[];
  vantage: 'server' | 'client';
}

/** Which finding settles which bucket, and the summary sentence that says so. */
const FINDINGS: Partial<Record<FailureCode, { bucket: Bucket; state: CauseState; key: string }>> = {
  'nxdomain': { bucket: 'settings', state: 'confirmed', key: 'p_v_nxdomain' },
  'dns-error': { bucket: 'settings', state: 'inconclusive', key: 'p_v_dns_error' },
  'refused-target': { bucket: 'settings', state: 'inconclusive', key: 'p_v_refused_target' },
  'refused': { bucket: 'port-encryption', state: 'inconclusive', key: 'p_v_refused' },
  'filtered': { bucket: 'network-block', state: 'inconclusive', key: 'p_v_filtered' },
  'unreachable': { bucket: 'network-block', state: 'inconclusive', key: 'p_v_filtered' },
  'tls-on-plain-port': { bucket: 'port-encryption', state: 'confirmed', key: 'p_v_tls_on_plain_port' },
  'plain-on-tls-port': { bucket: 'port-encryption', state: 'confirmed', key: 'p_v_plain_on_tls_port' },
  'starttls-not-offered': { bucket: 'port-encryption', state: 'confirmed', key: 'p_v_starttls_not_offered' },
  'auth-needs-encryption': { bucket: 'port-encryption', state: 'confirmed', key: 'p_v_auth_needs_encryption' },
  'no-greeting': { bucket: 'remote-transient', state: 'inconclusive', key: 'p_v_no_greeting' },
  'closed': { bucket: 'remote-transient', state: 'inconclusive', key: 'p_v_closed' },
  'reply-too-long': { bucket: 'remote-transient', state: 'inconclusive', key: 'p_v_reply_too_long' },
  'cert-name-mismatch': { bucket: 'settings', state: 'confirmed', key: 'p_v_cert_name_mismatch' },
  'cert-expired': { bucket: 'settings', state: 'inconclusive', key: 'p_v_cert_expired' },
  'cert-untrusted': { bucket: 'settings', state: 'inconclusive', key: 'p_v_cert_untrusted' },
  'auth-failed': { bucket: 'credentials', state: 'confirmed', key: 'p_v_auth_failed' },
  'auth-required': { bucket: 'settings', state: 'inconclusive', key: 'p_v_auth_required' },
  'relay-denied': { bucket: 'sender-account', state: 'inconclusive', key: 'p_v_relay_denied' },
  'open-relay': { bucket: 'policy-reputation', state: 'inconclusive', key: 'p_v_open_relay' },
  'size-exceeded': { bucket: 'content', state: 'confirmed', key: 'p_v_size_exceeded' },
  'null-mx': { bucket: 'recipient', state: 'confirmed', key: 'p_v_null_mx' },
  'no-mail-server': { bucket: 'recipient', state: 'confirmed', key: 'p_v_no_mail_server' },
  'mx-unreachable': { bucket: 'recipient', state: 'inconclusive', key: 'p_v_mx_unreachable' },
};

const RANK: Record<CauseState, number> = { 'ruled-out': 0, inconclusive: 1, confirmed: 2 };

function set(causes: Verdict['causes'], bucket: Bucket, state: CauseState): void {
  const now = causes[bucket];
  if (now === undefined || RANK[state] > RANK[now]) causes[bucket] = state;
}

function greetingFinding(r: StageResult): { bucket: Bucket; state: CauseState; key: string } {
  const code = Number(r.reply[r.reply.length - 1]?.slice(0, 3));
  return code >= 400 && code < 500
    ? { bucket: 'remote-transient', state: 'confirmed', key: 'p_v_greeting_temporary' }
    : { bucket: 'policy-reputation', state: 'inconclusive', key: 'p_v_greeting_refused' };
}

function certificateName(results: StageResult[]): string | null {
  const cert = results.find((r) => r.certificate)?.certificate;
  const names = [...(cert?.altNames ?? []).map((n) => n.replace(/^DNS:/, '')), cert?.subject ?? ''];
  return names.find((n) => /^[a-z0-9.-]+\.[a-z]+$/i.test(n)) ?? null;
}

export function buildVerdict(results: StageResult[], ctx: VerdictContext): Verdict {
  const causes: Verdict['causes'] = {};
  const summary: Msg[] = [];
  const sessionStages = results.filter((r) => r.stage !== 'discover' && !r.stage.startsWith('recipient'));

  // When no try worked, what the tries ran into still points somewhere, though none settles it.
  const noTryWorked = ctx.tries.length > 0 && !ctx.tries.some((t) => t.works);
  for (const t of noTryWorked ? ctx.tries : []) {
    const finding = t.failure ? FINDINGS[t.failure] : undefined;
    if (finding) set(causes, finding.bucket, 'inconclusive');
  }

  for (const r of results) {
    if (!r.failure || r.stage === 'discover') continue;
    const finding = r.failure === 'greeting-rejected' ? greetingFinding(r) : FINDINGS[r.failure];
    if (!finding) continue;
    // Refusing unauthenticated relay is what a submission server should do: only a note.
    if (r.failure === 'relay-denied' && r.ok) {
      summary.push({ key: 'p_v_relay_denied_unauthenticated' });
      continue;
    }
    set(causes, finding.bucket, finding.state);
    const host = ctx.session?.host ?? ctx.target?.host ?? '';
    const port = String(ctx.session?.port ?? '');
    const certName = r.failure === 'cert-name-mismatch' ? certificateName(results) ?? '' : '';
    const key = finding.key === 'p_v_filtered' && ctx.vantage === 'client' ? 'p_v_filtered_client' : finding.key;
    summary.push({ key, subs: [host, port, certName, r.detail.subs?.[0] ?? ''] });
  }

  const reached = (stage: string): StageResult | undefined => sessionStages.find((r) => r.stage === stage);
  const secure = reached('tls') ?? reached('starttls');
  const ehloDone = ctx.session?.security === 'starttls' ? reached('ehlo-after-tls') : reached('ehlo');
  const sessionWorks = ehloDone?.ok === true;
  const verified = secure?.certificate?.verified === true;

  if (reached('tcp')?.ok) {
    set(causes, 'network-block', ctx.vantage === 'client' ? 'ruled-out' : 'inconclusive');
  }
  if (reached('greeting')?.ok) set(causes, 'remote-transient', 'ruled-out');
  if (sessionWorks && ctx.session?.security !== 'none' && secure?.ok) {
    set(causes, 'port-encryption', 'ruled-out');
    if (verified) set(causes, 'settings', 'ruled-out');
  }
  const auth = reached('auth');
  if (auth?.ok) set(causes, 'credentials', 'ruled-out');
  else if (reached('auth-offered')) set(causes, 'credentials', 'inconclusive');
  const mxGreeting = results.find((r) => r.stage === 'recipient-mx-greeting');
  if (mxGreeting?.ok) set(causes, 'recipient', 'ruled-out');

  const recommended = recommend(results, ctx, sessionWorks && verified);
  if (recommended) summary.push({ key: 'p_v_recommended', subs: [recommended.host, String(recommended.port), recommended.security] });
  else if (summary.length === 0) summary.push({ key: sessionWorks ? 'p_v_works' : 'p_v_nothing_found' });
  return { causes, recommended, summary };
}

function recommend(results: StageResult[], ctx: VerdictContext, sessionVerified: boolean): Recommended | null {
  const s = ctx.session;
  if (s && sessionVerified && s.security !== 'none') return { host: s.host, port: s.port, security: s.security };
  // A verified try (discovery, auto, the port/encryption follow-up) is the next best thing.
  const best = rankTries(ctx.tries)[0];
  if (best?.works && best.verified && best.target.security !== 'none') {
    return { host: best.target.host, port: best.target.port, security: best.target.security };
  }
  // Everything worked but the name: the certificate's own name is the one to use.
  const certName = certificateName(results);
  const onlyName = results.every((r) => r.ok || r.failure === 'cert-name-mismatch' || r.stage === 'discover' || r.stage.startsWith('recipient'));
  if (s && certName && onlyName && s.security !== 'none' && results.some((r) => r.failure === 'cert-name-mismatch')) {
    return { host: certName, port: s.port, security: s.security };
  }
  return null;
}
