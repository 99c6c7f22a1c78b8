// Turns findings into explanations. Pure and table-driven: the per-reason and per-bucket advice
// is always here; the big tables (code meanings, provider replies, client errors) are passed in,
// so the content script can bundle this without them (see lite.ts).
import type { Analysis, Bucket, Finding, InputKind, Reason } from '../types.ts';
import type { Actor, Advice, ExplainOptions, ExplainResult, Explanation, Msg } from './types.ts';
import type { ProviderEntry } from './providers.ts';
import type { ClientErrorEntry } from '../client-errors/table.ts';
import { REASON_ADVICE, reasonSummaryKey, reasonTitleKey } from './reasons.ts';
import { BUCKET_ADVICE, DELAY_ADVICE, bucketSummaryKey, bucketTitleKey } from './buckets.ts';
import { actorKey } from './actors.ts';
import { DEFAULT_PROFILE, profileSubs, type Profile } from '../profile/index.ts';

export interface KnowledgeTables {
  findProvider?: (text: string) => ProviderEntry | null;
  findClientError?: (text: string) => ClientErrorEntry | null;
  enhancedMeanings?: (status: string) => Msg[];
  replyMeaning?: (code: number) => Msg | null;
  /** The meaning of a client error (some take the reply code as $1). */
  clientMeaning?: (entry: ClientErrorEntry, replyCode: number | null) => Msg;
}

/** Below this the UI says "not sure" (and the CLI prints it). */
export const LIKELY = 0.5;
/** A provider entry that disagrees with the engine wins only below this engine confidence. */
const OVERRIDE_BELOW = 0.75;
const MAX_STEPS = 5;
const VAGUE: ReadonlySet<Reason> = new Set(['undefined', 'onhold']);

const unique = (xs: string[]): string[] => [...new Set(xs)];

// Outlook's errors have a code people see (0x800CCC0F); other clients' only have their wording.
const hasCode = (entry: ClientErrorEntry): boolean => /^0x[0-9a-f]+$/i.test(entry.id);

/** Catalogue name of a provider entry's meaning (kept here: the lite bundle must not pull providers.ts). */
export const providerMeaningKey = (id: string): string => `k_p_${id}`;

function codesOf(f: Finding, tables: KnowledgeTables, client: ClientErrorEntry | null): Explanation['codes'] {
  const codes: Explanation['codes'] = [];
  if (client && hasCode(client) && tables.clientMeaning) codes.push({ code: client.id, meaning: tables.clientMeaning(client, f.replyCode) });
  if (f.replyCode !== null) {
    const meaning = tables.replyMeaning?.(f.replyCode);
    if (meaning) codes.push({ code: String(f.replyCode), meaning });
  }
  if (f.status) {
    const [cls, detail] = tables.enhancedMeanings?.(f.status) ?? [];
    if (detail) codes.push({ code: f.status, meaning: detail });
    if (cls) codes.push({ code: `${f.status[0]}.x.x`, meaning: cls });
  }
  return codes;
}

// The lines of the source the finding's evidence spans, capped: a long bounce's other parts must
// not lend their words to this finding.
const MAX_SAID = 2000;
function replyText(f: Finding, source: string | undefined): string | null {
  if (f.diagnostic) return f.diagnostic;
  if (!source || f.evidence.length === 0) return null;
  const start = Math.min(...f.evidence.map((e) => e.start));
  const end = Math.max(...f.evidence.map((e) => e.end));
  const from = source.lastIndexOf('\n', start - 1) + 1;
  const to = source.indexOf('\n', end);
  return source.slice(from, to === -1 ? undefined : to).slice(0, MAX_SAID) || null;
}

function isTemporary(f: Finding): boolean {
  return f.status?.startsWith('4') === true || (f.replyCode !== null && f.replyCode >= 400 && f.replyCode < 500);
}

function isPermanent(f: Finding): boolean {
  return f.status?.startsWith('5') === true || (f.replyCode !== null && f.replyCode >= 500);
}

function isDelay(f: Finding, kind: InputKind): boolean {
  return f.action === 'delayed' || (kind === 'delay' && f.action !== 'failed');
}

function confidenceOf(f: Finding, vague: boolean, provider: ProviderEntry | null): number {
  if (vague) return Math.min(f.confidence, 0.3);
  if (!provider) return f.confidence;
  // A provider's own wording is strong evidence, stronger still when the engine agrees.
  return provider.bucket === f.bucket ? Math.max(f.confidence, 0.8) : Math.max(f.confidence, 0.7);
}

/**
 * The explanation of one finding. A provider reply our tables know (matched on the finding's
 * diagnostic) gives the explanation its specific words and steps; where it disagrees with a
 * confident engine verdict, the engine's stands. The finding itself is left as the engine made it.
 */
export function explainFinding(f: Finding, kind: InputKind, profile: Profile, tables: KnowledgeTables, source?: string): Explanation {
  const subs = profileSubs(profile);
  const msg = (key: string): Msg => ({ key, subs });
  const delayed = isDelay(f, kind);
  const said = replyText(f, source);
  const provider = said && tables.findProvider ? tables.findProvider([f.status, said].filter(Boolean).join(' ')) : null;
  // The provider's entry refines the engine's verdict (its own words, steps and actor); it overrides
  // it only when the engine was unsure: a bounce must not say "mailbox full" in its attributes and
  // "gave up retrying" in its text.
  const specific = delayed || !provider ? null : provider.bucket === f.bucket || f.confidence < OVERRIDE_BELOW ? provider : null;
  const fromClient = kind === 'client-error' || f.evidence.some((e) => e.kind === 'client-error');
  const client = fromClient && said && tables.findClientError ? tables.findClientError(said) : null;
  // Findings may cross a message boundary: a name this build does not know is treated as unknown.
  const reason: Reason = specific?.reason ?? (Object.hasOwn(REASON_ADVICE, f.reason) ? f.reason : 'undefined');
  const bucket: Bucket = specific?.bucket ?? (Object.hasOwn(BUCKET_ADVICE, f.bucket) ? f.bucket : 'unknown');

  const reasonAdvice = REASON_ADVICE[reason];
  const fits = reasonAdvice.buckets.includes(bucket) && !VAGUE.has(reason);
  const base: Advice = delayed ? DELAY_ADVICE : fits ? reasonAdvice : BUCKET_ADVICE[bucket];
  const vague = !specific && !client && (VAGUE.has(reason) || bucket === 'unknown');
  // A client error's own steps only when the quoted server reply did not change the bucket.
  const clientFits = client !== null && !delayed && client.bucket === bucket;
  // A fault further along: a temporary (4xx) one is retried by itself, a permanent (5xx) one is
  // the remote side's to fix.
  const retrying = bucket === 'remote-transient' && isTemporary(f);
  const remoteFix = bucket === 'remote-transient' && isPermanent(f);

  // A provider's or a mail client's own wording gets its own sentence (a client code's meaning is
  // listed with the code instead).
  const summary: Msg = delayed ? msg('k_delay_s')
    : specific ? msg(providerMeaningKey(specific.id))
      : client && !hasCode(client) && clientFits && tables.clientMeaning ? tables.clientMeaning(client, f.replyCode)
        : msg(fits ? reasonSummaryKey(reason) : bucketSummaryKey(bucket));

  return {
    reason,
    bucket,
    title: msg(delayed ? 'k_delay_t' : fits ? reasonTitleKey(reason) : bucketTitleKey(bucket)),
    summary,
    actor: delayed || retrying ? 'none' : specific?.actor ?? (remoteFix ? 'recipient' : base.actor),
    steps: unique([...(specific?.steps ?? []), ...(clientFits ? client.steps : []), ...base.steps]).slice(0, MAX_STEPS).map(msg),
    donts: unique([...(specific?.donts ?? []), ...base.donts]).map(msg),
    codes: codesOf(f, tables, client),
    references: unique([...(specific?.references ?? []), ...base.references, ...(profile.supportUrl ? [profile.supportUrl] : [])]),
    confidence: confidenceOf(f, vague, specific),
  };
}

/** "Who acts" as a catalogue message (the provider's name fills in "your hosting provider"). */
export function actorMsg(actor: Actor, profile: Profile = DEFAULT_PROFILE): Msg {
  return { key: actorKey(actor), subs: profileSubs(profile) };
}

// The provider's do list, then the article's requirements and its responsibility notice (the
// customer sets up the client; support does not) where the profile says they apply.
function generalSteps(profile: Profile): string[] {
  const secure = profile.smtp.authRequired && profile.smtp.secureOnly && profile.smtp.ports.length > 0;
  return [...(secure ? ['k_s_required_security'] : []), ...profile.dos, ...(profile.configuresClientsRemotely ? [] : ['k_s_self_setup'])];
}

/** The provider's general guidance (the article's do / don't list), for when nothing is known. */
export function generalExplanation(profile: Profile): Explanation {
  const subs = profileSubs(profile);
  return {
    reason: 'undefined',
    bucket: 'unknown',
    title: { key: 'k_gen_t', subs },
    summary: { key: 'k_gen_s', subs },
    actor: 'sender',
    steps: generalSteps(profile).map((key) => ({ key, subs })),
    donts: profile.donts.map((key) => ({ key, subs })),
    codes: [],
    references: profile.supportUrl ? [profile.supportUrl] : [],
    confidence: 0,
  };
}

/** Explains every finding; adds the general guidance when nothing was recognised with confidence. */
export function explainWith(analysis: Analysis, tables: KnowledgeTables, opts: ExplainOptions = {}): ExplainResult {
  const profile = opts.profile ?? DEFAULT_PROFILE;
  const items = analysis.findings.map((finding) => ({ finding, explanation: explainFinding(finding, analysis.kind, profile, tables, opts.text) }));
  const known = items.some(({ explanation }) => explanation.confidence >= LIKELY);
  return { analysis, items, general: known ? null : generalExplanation(profile) };
}
