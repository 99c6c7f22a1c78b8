// Turns findings into explanations. Pure and table-driven: the per-reason and per-bucket advice
// is always here; the big tables (code meanings, provider replies, client errors) are passed in,
// so the content script can bundle this without them (see lite.ts).
import type { Analysis, Bucket, Finding, InputKind, Reason, Side } from '../types.ts';
import { isTemporary, programStepsFit, situationOf, type SituationWords } from './context.ts';
import type { Actor, Advice, ExplainOptions, ExplainResult, Explanation, Msg } from './types.ts';
import type { ProviderEntry } from './providers.ts';
import type { ClientErrorEntry } from '../client-errors/table.ts';
import { REASON_ADVICE, reasonSummaryKey, reasonTitleKey } from './reasons.ts';
import { BUCKET_ADVICE, DELAY_ADVICE, bucketSummaryKey, bucketTitleKey } from './buckets.ts';
import { actorKey, sideOfActor } from './actors.ts';
import { DEFAULT_PROFILE, profileSubs, type Profile } from '../profile/index.ts';
import { OWN_LIMIT, SENDER_ACCOUNT, SENDING_LIMIT, codeFamily } from './code-family.ts';
import { SENDER_DOMAIN_MISSING, exactWords, namedCause, protocolVerdict, routingVerdict, wordVerdict } from './word-verdicts.ts';
import { reportPart } from './report-part.ts';
import { blankReplyContinuations } from '../text/reply-continuations.ts';
import { collapseWhitespace } from '../text/collapse-whitespace.ts';
import type { WordGuess } from './word-model.ts';
import { causeInWords } from './word-families.ts';
import { finalDeferral, outranksEntry, outranksProgram, pastedVerdict } from './pasted-wordings.ts';
import { clientFamilyR7 } from './client-texts-r7.ts';
import { languageFamilyR7 } from './languages-r7.ts';
import { decideVerdict, delayTitleSituation, OWN_DELAY_WORDS } from './actor-rules-r8.ts';
import type { Topic } from './topic-refs.ts';

export interface KnowledgeTables {
  findProvider?: (text: string) => ProviderEntry | null;
  findClientError?: (text: string) => ClientErrorEntry | null;
  enhancedMeanings?: (status: string) => Msg[];
  replyMeaning?: (code: number) => Msg | null;
  /** The meaning of a client error (some take the reply code as $1). */
  clientMeaning?: (entry: ClientErrorEntry, replyCode: number | null) => Msg;
  /** The sources of the per-reason and per-bucket advice (advice-refs.ts). */
  adviceReferences?: (base: { delay: true } | { reason: Reason } | { bucket: Bucket } | { topic: Topic }) => string[];
  /** The text carries a mail program's own message (not just words any server also writes). */
  clientWords?: (text: string) => boolean;
  /** The words that tell a bounce, a delay and a server's own lines apart (context-words.ts). */
  situationWords?: SituationWords;
  /** The word model's reading of a reply or program message nothing else names (word-model.ts). */
  guessFromWords?: (words: string) => WordGuess | null;
  /** A program's or mail library's own failure family in the words (program-messages.ts), or null. */
  programMessage?: (words: string) => { reason: Reason; bucket: Bucket } | null;
}

/** How sure an explanation is when only the word model named its cause: below LIKELY, "not sure". */
const GUESSED_CONFIDENCE = 0.35;

// Wordings any server uses that say how a message was refused, not why (RFC 821's "Administrative
// prohibition"); the generic "try again later" family is recognised by its bucket.
const HOW_NOT_WHY: ReadonlySet<string> = new Set(['admin_prohibition']);

/** Below this the UI says "not sure" (and the CLI prints it). */
export const LIKELY = 0.5;
const MAX_STEPS = 5;
const VAGUE: ReadonlySet<Reason> = new Set(['undefined', 'onhold']);

const unique = (xs: string[]): string[] => [...new Set(xs)];

// Outlook's errors have a code people see (0x800CCC0F); other clients' only have their wording.
const hasCode = (entry: ClientErrorEntry): boolean => /^0x[0-9a-f]+$/i.test(entry.id);

/** Catalogue name of a provider entry's meaning (kept here: the lite bundle must not pull providers.ts). */
export const providerMeaningKey = (id: string): string => `k_p_${id}`;

function codesOf(f: Finding, tables: KnowledgeTables, client: ClientErrorEntry | null, provider: ProviderEntry | null, temporary = false): Explanation['codes'] {
  const codes: Explanation['codes'] = [];
  if (client && hasCode(client) && tables.clientMeaning) codes.push({ code: client.id, meaning: tables.clientMeaning(client, f.replyCode) });
  // A final code's general meaning ("often a spam or block-list rejection") is not what happened when the
  // sending server still retries it (a delay notice quoting a 554 it treats as temporary).
  if (f.replyCode !== null && !(temporary && f.replyCode >= 500)) {
    const meaning = tables.replyMeaning?.(f.replyCode);
    if (meaning) codes.push({ code: String(f.replyCode), meaning });
  }
  if (f.status) {
    const [cls, iana] = tables.enhancedMeanings?.(f.status) ?? [];
    // A provider's own meaning of its code replaces the registry's (Microsoft's 5.1.10 is
    // "recipient not found", not the registered "null MX").
    const own = provider?.codes?.[f.status];
    const detail = own ? { key: own } : iana;
    if (detail) codes.push({ code: f.status, meaning: detail });
    if (cls) codes.push({ code: `${f.status[0]}.x.x`, meaning: cls });
  }
  return codes;
}

// The lines of the source the finding's evidence spans, capped: a long bounce's other parts must
// not lend their words to this finding.
const MAX_SAID = 2000;
function replyText(f: Finding, source: string | undefined): string | null {
  if (f.diagnostic) {
    // A reply re-wrapped by the reporting server keeps its continuation codes inside sentences
    // ("… at a rate that 550-5.2.1 prevents …"): read without them, as the server wrote it.
    const plain = blankReplyContinuations(f.diagnostic, 0, f.diagnostic.length);
    return plain === f.diagnostic ? plain : collapseWhitespace(plain).trim();
  }
  if (!source || f.evidence.length === 0) return null;
  const start = Math.min(...f.evidence.map((e) => e.start));
  const end = Math.max(...f.evidence.map((e) => e.end));
  const from = source.lastIndexOf('\n', start - 1) + 1;
  const to = source.indexOf('\n', end);
  // The same re-wrapping in a log line or bounce the evidence points into ("… its content presents a
  // potential 552-5.7.0 security issue …"): read without the continuation codes.
  const lines = source.slice(from, to === -1 ? undefined : to).slice(0, MAX_SAID);
  const plain = blankReplyContinuations(lines, 0, lines.length);
  return (plain === lines ? lines : plain.replace(/[ \t]+/g, ' ').trim()) || null;
}

function confidenceOf(f: Finding, vague: boolean, provider: ProviderEntry | null): number {
  if (vague) return Math.min(f.confidence, 0.3);
  if (!provider) return f.confidence;
  // A provider's own wording is strong evidence, stronger still when the engine agrees.
  return provider.bucket === f.bucket ? Math.max(f.confidence, 0.8) : Math.max(f.confidence, 0.7);
}

// Where the fault lies: the engine's side, unless the explanation's verdict moved the bucket.
function sideOf(f: Finding, bucket: Bucket, actor: Actor | null): Side {
  if (actor === 'recipient' || actor === 'recipient-provider') return 'recipient';
  return bucket === f.bucket || !actor ? f.side : sideOfActor(actor);
}

const OUTBOUND_FAMILY = { reason: 'networkerror', bucket: 'network-block', actor: 'network' } as const;

// A success reply a program logged before its own failure ("250 2.1.0 OK … Unable to read data from
// the transport connection: Connection timed out") is no refusal: the program's own words name the cause.
function afterSuccess(f: Finding, words: string, tables: KnowledgeTables): { reason: Reason; bucket: Bucket; actor: Actor } | null {
  const ok = (f.replyCode !== null && f.replyCode < 400) || (f.status !== null && f.status.startsWith('2'));
  const hit = ok && tables.programMessage ? tables.programMessage(words) : null;
  return hit ? { reason: hit.reason, bucket: hit.bucket, actor: 'sender' } : null;
}

// A reply re-wrapped with only its status at each line's start, then joined ("… presents a potential
// 5.7.0 security issue. Please visit 5.7.0 https://…"): read without the repeats after the first.
function withoutRepeatedStatus(text: string, status: string | null): string {
  const first = status ? text.indexOf(status) : -1;
  if (!status || first === -1) return text;
  const cut = first + status.length;
  return text.slice(0, cut) + text.slice(cut).split(` ${status} `).join(' ');
}

// .NET's SmtpException writes its own wording of the reply code before the reply it quotes
// ("Exceeded storage allocation. The server response was: 5.3.4 Message size exceeds …"): RFC 5321's
// generic words for the code, not the server's. A provider's wording is looked up in what the server said.
const PROGRAM_CODE_WORDS = /(?:System\.Net\.Mail\.Smtp(?:Failed(?:Recipients?)?)?Exception:\s*)?(?:Exceeded storage allocation|Mailbox name not allowed|Mailbox unavailable|Transaction failed|Insufficient system storage|Syntax error, command unrecognized|Service not available, closing transmission channel|Requested action aborted: local error in processing|Syntax error in parameters or arguments|Command not implemented|Bad sequence of commands|Command parameter not implemented|User not local; please try a different path)\.?\s*The server response was:\s*/i;

/**
 * The explanation of one finding. A provider reply our tables know (matched on the finding's
 * diagnostic) gives the explanation its specific words, steps and verdict; then the situation (a
 * client's reply, a bounce, a delay) decides who acts. The finding itself is left as the engine
 * made it; the explanation's bucket and actor are what every surface reports.
 */
export function explainFinding(f: Finding, kind: InputKind, profile: Profile, tables: KnowledgeTables, source?: string, lang?: string, single = true): Explanation {
  const subs = profileSubs(profile, lang);
  const msg = (key: string): Msg => ({ key, subs });
  const said = replyText(f, source);
  // With one finding, the bounce's own report is its context (a reply wrapped over several lines,
  // an NDR whose human part hides the provider's words; never its header block or the returned
  // original, report-part.ts); with several, only the finding's own lines.
  const whole = single && source ? reportPart(source, MAX_SAID * 4) : null;
  // The words the rules below read: the finding's own lines, else its report.
  const words = said ?? whole ?? '';
  // A reply a log or bounce wrapped over lines ("Reject due\n    to policy restrictions") is also read with its lines joined.
  const find = (raw: string | null): ProviderEntry | null => {
    const text = raw?.replace(PROGRAM_CODE_WORDS, '') ?? null;
    if (!text || !tables.findProvider) return null;
    // Without a multi-line reply's repeated codes ("… at a rate that\n450-4.2.1 prevents …").
    const joined = collapseWhitespace(blankReplyContinuations(text, 0, text.length));
    const bare = withoutRepeatedStatus(joined, f.status);
    return tables.findProvider(text) ?? (joined === text ? null : tables.findProvider(joined)) ?? (bare === joined ? null : tables.findProvider(bare));
  };
  const provider = find([f.status, said].filter(Boolean).join(' ') || null) ?? find(whole);
  const clientWords = whole !== null && tables.clientWords !== undefined && tables.clientWords(whole);
  const situation = delayTitleSituation(situationOf(f, kind, said, source, clientWords, tables.situationWords), whole ?? said ?? '');
  const delayed = situation === 'delay';
  const r7 = clientFamilyR7(words, whole ?? said ?? '', situation) ?? languageFamilyR7(words, whole ?? said ?? '', situation);
  const temporary = isTemporary(f, kind, situation, said ?? whole, tables.situationWords, source ?? whole);
  const client = situation === 'client' && tables.findClientError ? tables.findClientError(words) : null;
  // A mail program's own message with no server code in it names its cause more exactly than the
  // engine's general patterns or a server-side wording that shares its words (PHPMailer's "Invalid
  // address: (From)" is the sender, not a filter; Exim's "Syntactically invalid HELO" said to a
  // program is its own greeting name, not a sending server's).
  const own = client && !client.wrapsReply && client.bucket !== 'unknown' && f.status === null && f.replyCode === null && !outranksProgram(words) && !r7 ? client : null;
  // A provider's own wording names the cause more exactly than the engine's general patterns.
  // So does a program's or library's own message with no code (program-messages.ts): a
  // provider's wording that shares its words ("Temporary failure …") is not what it reports.
  const programSaid = situation === 'client' && !client && f.status === null && f.replyCode === null && f.evidence.some((e) => e.kind === 'client-error');
  // Any server's "try again later" says when, not why: a cause its other words name wins.
  // So does any other wording every server uses ("Administrative prohibition"): it says how, not why.
  // A queue that ran out of time ("retry timeout exceeded") says when the sender gave up, not why: a
  // cause the quoted reply names ("deferred due to user complaints") wins, still final.
  const howNotWhy = provider !== null && ((provider.provider === 'generic' && (provider.bucket === 'remote-transient' || HOW_NOT_WHY.has(provider.id))) || provider.reason === 'expired');
  // The sender's own allowance named in words outweighs any wording every server uses ("… limited to
  // 100 messages / hour … the account has been disabled" is the sender's limit, not a recipient's
  // disabled account).
  const ownLimit = provider !== null && provider.provider === 'generic' && provider.bucket !== 'sender-account' && !delayed && SENDING_LIMIT.test(words) ? OWN_LIMIT : null;
  // The sender's own domain said not to exist ("553 5.1.8 Sender domain does not exist") is the sender's
  // address, not the recipient's domain that a general "domain does not exist" wording names.
  const senderDomain = provider !== null && provider.provider === 'generic' && provider.bucket === 'recipient' && !delayed && SENDER_DOMAIN_MISSING.test(words) ? SENDER_ACCOUNT : null;
  const named = r7 ?? ownLimit ?? senderDomain ?? (!delayed ? outranksEntry(provider, f.replyCode, words) : null) ?? (howNotWhy && !delayed ? namedCause(words) : null);
  // The sending server's own log of an outgoing port-25 connection with no answer: its own network.
  const outbound = !delayed && (tables.situationWords?.outbound?.test(whole ?? said ?? '') ?? false);
  const specific = delayed || own || programSaid || named || outbound ? null : provider;
  // Findings may cross a message boundary: a name this build does not know is treated as unknown.
  const engineReason: Reason = Object.hasOwn(REASON_ADVICE, f.reason) ? f.reason : 'undefined';
  const engineBucket: Bucket = Object.hasOwn(BUCKET_ADVICE, f.bucket) ? f.bucket : 'unknown';
  // A temporary refusal whose words are not understood is still temporary: retried by itself.
  // Unless specific words name the cause ("invalid return path: not owned by user").
  const unknownWords = !specific && !own && !delayed && engineBucket === 'unknown' ? (causeInWords(said ?? '') ?? (whole !== null ? causeInWords(whole) : null)) : null;
  const retried = !specific && temporary && engineBucket === 'unknown' && !unknownWords;
  // A final reply nothing else names: its code's meaning and its plainest words (code-family.ts).
  const family = (outbound ? OUTBOUND_FAMILY : null) ?? named ?? (!specific && !own && !delayed ? pastedVerdict(engineReason, engineBucket, f.replyCode, words) : null) ?? (!specific && !own && !delayed ? afterSuccess(f, words, tables) : null) ?? (!specific && !own && !retried && !delayed
    ? engineBucket === 'unknown' ? exactWords(words) ?? codeFamily(f.replyCode, f.status, words) ?? unknownWords : wordVerdict(engineReason, engineBucket, words) ?? protocolVerdict(engineReason, engineBucket, f.replyCode, f.status) ?? routingVerdict(engineBucket, f.status, words)
    : null) ?? (!specific && !own && !delayed && !temporary ? finalDeferral(engineBucket, f.replyCode, f.status) : null);
  // Last: the word model, on the reply's or program's own words only (never a whole report).
  const guessed = !specific && !own && !retried && !delayed && !family && engineBucket === 'unknown' && f.diagnostic !== null && tables.guessFromWords
    ? tables.guessFromWords(f.diagnostic) : null;
  const reason0: Reason = specific?.reason ?? own?.reason ?? family?.reason ?? (retried ? 'systemerror' : engineReason);
  const bucket0: Bucket = delayed ? 'not-an-error' : specific?.bucket ?? own?.bucket ?? family?.bucket ?? guessed?.bucket ?? (retried ? 'remote-transient' : engineBucket);

  const reasonAdvice = REASON_ADVICE[reason0];
  const fits = reasonAdvice.buckets.includes(bucket0) && !VAGUE.has(reason0);
  const base: Omit<Advice, 'references'> = delayed ? DELAY_ADVICE : fits ? reasonAdvice : BUCKET_ADVICE[bucket0];
  const vague = !delayed && !specific && !client && !guessed && (VAGUE.has(reason0) || bucket0 === 'unknown');
  // A fault further along that is permanent is the remote side's to fix.
  const remoteFix = bucket0 === 'remote-transient' && !temporary;
  const verdict = decideVerdict({
    reason: reason0, bucket: bucket0,
    actor: specific?.actor ?? family?.actor ?? guessed?.actor ?? (remoteFix ? 'recipient-provider' : base.actor),
  }, r7, situation, temporary, words, whole ?? said ?? '', tables.situationWords);
  const { reason, bucket } = verdict;
  // Sources of the verdict as it stands (a family or rule may have changed its cause): its topic's, its reason's or its bucket's.
  const baseRefs = tables.adviceReferences?.(delayed ? { delay: true } : verdict.topic ? { topic: verdict.topic } : REASON_ADVICE[reason].buckets.includes(bucket) && !VAGUE.has(reason) ? { reason } : { bucket }) ?? [];
  // A context's own words replace the provider's and the reason's; a deferral keeps a provider's sentence.
  const deferral = verdict.title === 'k_ctx_deferred_t';
  // A client error's own steps only when the quoted server reply did not change the bucket.
  const clientFits = client !== null && !delayed && client.bucket === bucket;
  const contextual = verdict.summary !== undefined || deferral;

  // A provider's or a mail client's own wording gets its own sentence (a client code's meaning is
  // listed with the code instead).
  // A failure whose cause is not understood is said as such.
  const undelivered = vague && f.action === 'failed';
  // A delay whose family has words of its own (a post held for a moderator) says those instead of the general delay's.
  const delayWords = delayed && !(verdict.title !== undefined && OWN_DELAY_WORDS.has(verdict.title));
  const summary: Msg = delayWords ? msg('k_delay_s')
    : undelivered ? msg('k_undelivered_s')
    : specific && deferral ? msg(providerMeaningKey(specific.id))
      : contextual ? msg(verdict.summary ?? 'k_ctx_deferred_s')
        : specific ? msg(providerMeaningKey(specific.id))
        : client && !hasCode(client) && clientFits && tables.clientMeaning ? tables.clientMeaning(client, f.replyCode)
          : msg(fits ? reasonSummaryKey(reason) : bucketSummaryKey(bucket));
  const title: Msg = msg(delayWords ? 'k_delay_t' : undelivered ? 'k_undelivered_t' : verdict.title ?? specific?.title ?? (fits ? reasonTitleKey(reason) : bucketTitleKey(bucket)));
  const actor: Actor | null = vague ? null : verdict.actor;

  return {
    reason,
    bucket,
    title,
    summary,
    actor,
    side: sideOf(f, bucket, actor),
    temporary,
    // Temporary first: said before anything else for a delay or a 4xx refusal.
    lead: delayed ? msg('k_temp_delay_lead') : temporary && !vague ? msg(situation === 'client' ? 'k_temp_program_lead' : 'k_temp_lead') : null,
    steps: vague ? [] : unique([...(verdict.steps ?? []), ...(contextual ? [] : specific?.steps ?? []), ...(clientFits ? client.steps : []), ...(contextual || !programStepsFit(bucket, verdict.actor) ? [] : base.steps)]).slice(0, MAX_STEPS).map(msg),
    donts: vague ? [] : unique([...(verdict.donts ?? []), ...(contextual ? [] : specific?.donts ?? []), ...base.donts]).map(msg),
    codes: codesOf(f, tables, client, specific, delayed),
    references: unique([...(specific?.references ?? []), ...baseRefs, ...(profile.supportUrl ? [profile.supportUrl] : [])]),
    confidence: guessed ? Math.min(f.confidence, GUESSED_CONFIDENCE) : confidenceOf(f, vague, specific),
  };
}

/** "Who acts" as a catalogue message (the provider's name fills in "your hosting provider"). */
export function actorMsg(actor: Actor, profile: Profile = DEFAULT_PROFILE, lang?: string): Msg {
  return { key: actorKey(actor), subs: profileSubs(profile, lang) };
}

// The provider's do list, then the article's requirements and its responsibility notice (the
// customer sets up the client; support does not) where the profile says they apply.
function generalSteps(profile: Profile): string[] {
  const secure = profile.smtp.authRequired && profile.smtp.secureOnly && profile.smtp.ports.length > 0;
  return [...(secure ? ['k_s_required_security'] : []), ...profile.dos, ...(profile.configuresClientsRemotely ? [] : ['k_s_self_setup'])];
}

/** The provider's general guidance (the article's do / don't list), for when nothing is known. */
export function generalExplanation(profile: Profile, lang?: string): Explanation {
  const subs = profileSubs(profile, lang);
  return {
    reason: 'undefined',
    bucket: 'unknown',
    title: { key: 'k_gen_t', subs },
    summary: { key: 'k_gen_s', subs },
    actor: 'sender',
    side: 'sender',
    temporary: false,
    lead: null,
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
  const single = analysis.findings.length === 1;
  const items = analysis.findings.map((finding) => ({ finding, explanation: explainFinding(finding, analysis.kind, profile, tables, opts.text, opts.lang, single) }));
  const known = items.some(({ explanation }) => explanation.actor !== null && explanation.confidence >= LIKELY);
  if (known) return { analysis, items, general: null, hint: null };
  // A cause named without certainty still names who acts: general guidance ("Who acts: You")
  // beside it would contradict it.
  if (items.some(({ explanation }) => explanation.actor !== null && explanation.bucket !== 'unknown')) return { analysis, items, general: null, hint: null };
  // The provider's general sending guidance only for what is clearly a mail program's failure
  // to send; anything else gets one honest sentence and one hint, no guessed steps.
  const clientFailure = analysis.kind === 'client-error';
  return { analysis, items, general: clientFailure ? generalExplanation(profile, opts.lang) : null, hint: clientFailure ? null : { key: 'k_unknown_hint' } };
}
