// The last reading before "cause not clear": a word model (multinomial naive Bayes) trained on every
// labelled error text of the project (test/fixtures/knowledge, `npm run gen:word-model`). Rules
// name the wordings someone has seen; the model carries their words over to wordings nobody wrote
// a rule for ("Der Server hat die Verbindung abgelehnt", "No sender specified"). It speaks only
// when the text is about mail, one of its words points clearly at the cause, and the model is
// fairly sure; the explanation then says "not sure" (a low confidence), never more.
import type { Bucket } from '../types.ts';
import type { Actor } from './types.ts';
import { WORD_MODEL } from './word-model-data.ts';

export interface WordModelData {
  buckets: Bucket[];
  actors: Actor[];
  /** Per token: its weighted counts per bucket, then per actor ("b:c,b:c|a:c"); sparse. */
  tokens: Record<string, string>;
  /** Labelled texts per bucket and per actor (weighted: a text with two acceptable buckets counts half to each). */
  bucketRows: number[];
  actorRows: number[];
  /** Word occurrences per bucket and per actor (weighted), the naive Bayes denominators. */
  bucketTokens: number[];
  actorTokens: number[];
  /** The actors seen with each bucket in the labels (a guess stays within them). */
  actorsOf: Partial<Record<Bucket, Actor[]>>;
}

export interface WordGuess {
  bucket: Bucket;
  actor: Actor;
  /** The model's posterior for the bucket. */
  probability: number;
}

const STOP = new Set(('the a an of to and or in on for is are was be by with this that your you it as at from not has have will we our '
  + 'please been can may if its their there which than then').split(' '));
const REPLY = /\b([245])\d\d\b/g;
const STATUS = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/g;
const WORD = /\p{L}{2,}/gu;

/** The model's features: reply codes and their class, enhanced codes and their subject, words, word pairs. */
export function wordTokens(text: string): string[] {
  const t = text.toLowerCase();
  const out: string[] = [];
  for (const m of t.matchAll(REPLY)) out.push(`R${m[0]}`, `C${m[1] ?? ''}`);
  for (const m of t.matchAll(STATUS)) out.push(`E${m[0]}`, `S${m[1] ?? ''}.${m[2] ?? ''}`, `Sx.${m[2] ?? ''}.${m[3] ?? ''}`);
  const words = (t.match(WORD) ?? []).filter((w) => !STOP.has(w));
  out.push(...words);
  for (let i = 1; i < words.length; i++) out.push(`${words[i - 1]}_${words[i]}`);
  return out;
}

// The text must be about mail: a reply code opening a line, an enhanced status, or a word only mail
// sending uses (en/de). A number inside a sentence ("450 parcels") is not a reply, and "login" or
// "server" alone do not make a text about mail.
const ABOUT_MAIL = /(?:^|\n)[^\w\n]{0,8}[45]\d\d[ -]|\b[45]\.\d{1,3}\.\d{1,3}\b|\b(?:smtp|e-?mails?|mails?|mailbox\w*|mailserver\w*|recipients?|senders?|relay\w*|quota|spam\w*|black ?list\w*|block ?list\w*|mx|starttls|rcpt|helo|ehlo|dkim|spf|dmarc|rbl|imap|pop3?|postfix|exim|sendmail|empfänger\w*|absender\w*|postfach\w*|zustell\w*|postausgang\w*)\b/iu;
const MIN_TOKENS = 2;
const MIN_PROBABILITY = 0.7;
// A cue: a word seen in at least this many labelled texts, most of them (relative to each bucket's
// size) of one bucket.
const CUE_ROWS = 3;
const CUE_SHARE = 0.5;
const ALPHA = 0.2;
// A pasted error is short; a long text nothing recognised is most likely not one.
const MAX_TEXT = 1000;

interface TokenRow {
  bucketLog: Float64Array;
  actorLog: Float64Array;
  /** The bucket this word points to, or -1 (see CUE_ROWS). */
  cue: number;
}

/** The model's constants; each word's row is read from the data when first met. */
interface Fitted {
  data: WordModelData;
  bucketDenominators: Float64Array;
  actorDenominators: Float64Array;
  bucketPrior: Float64Array;
  actorPrior: Float64Array;
  rows: Map<string, TokenRow | null>;
}

function parseCounts(field: string, n: number): Float64Array {
  const counts = new Float64Array(n);
  if (field) for (const pair of field.split(',')) {
    const [i, c] = pair.split(':');
    counts[Number(i)] = Number(c);
  }
  return counts;
}

const priorOf = (texts: number[]): Float64Array => {
  const grand = texts.reduce((a, b) => a + b, 0) || 1;
  return Float64Array.from(texts, (t) => Math.log((t || ALPHA) / grand));
};

export function fitWordModel(data: WordModelData): Fitted {
  const vocab = Object.keys(data.tokens).length;
  return {
    data,
    bucketDenominators: Float64Array.from(data.bucketTokens, (t) => t + ALPHA * vocab),
    actorDenominators: Float64Array.from(data.actorTokens, (t) => t + ALPHA * vocab),
    bucketPrior: priorOf(data.bucketRows),
    actorPrior: priorOf(data.actorRows),
    rows: new Map(),
  };
}

function cueOf(counts: Float64Array, sizes: number[]): number {
  if (counts.reduce((a, b) => a + b, 0) < CUE_ROWS) return -1;
  // Relative to each bucket's size, so a big bucket's common words are not cues for it.
  const rel = Array.from(counts, (c, i) => c / (sizes[i] || 1));
  const sum = rel.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let i = 1; i < rel.length; i++) if ((rel[i] ?? 0) > (rel[best] ?? 0)) best = i;
  return sum > 0 && (rel[best] ?? 0) / sum >= CUE_SHARE ? best : -1;
}

function rowOf(token: string, fitted: Fitted): TokenRow | null {
  const cached = fitted.rows.get(token);
  if (cached !== undefined) return cached;
  const field = Object.hasOwn(fitted.data.tokens, token) ? fitted.data.tokens[token] : undefined;
  let row: TokenRow | null = null;
  if (field !== undefined) {
    const [b = '', a = ''] = field.split('|');
    const bucketCounts = parseCounts(b, fitted.data.buckets.length);
    const log = (counts: Float64Array, denominators: Float64Array): Float64Array => Float64Array.from(counts, (c, i) => Math.log((c + ALPHA) / (denominators[i] ?? 1)));
    row = {
      bucketLog: log(bucketCounts, fitted.bucketDenominators),
      actorLog: log(parseCounts(a, fitted.data.actors.length), fitted.actorDenominators),
      cue: cueOf(bucketCounts, fitted.data.bucketRows),
    };
  }
  fitted.rows.set(token, row);
  return row;
}

function posterior(rows: Float64Array[], prior: Float64Array, allowed?: (i: number) => boolean): { best: number; probability: number } {
  const scores = Float64Array.from(prior);
  for (const row of rows) for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] ?? 0) + (row[i] ?? 0);
  let best = -1;
  for (let i = 0; i < scores.length; i++) if ((!allowed || allowed(i)) && (best < 0 || (scores[i] ?? -Infinity) > (scores[best] ?? -Infinity))) best = i;
  if (best < 0) return { best, probability: 0 };
  let z = 0;
  for (let i = 0; i < scores.length; i++) if (!allowed || allowed(i)) z += Math.exp((scores[i] ?? 0) - (scores[best] ?? 0));
  return { best, probability: 1 / z };
}

/** The model's reading of a text, or null when it should not speak (see the header). */
// A message's own header block ("Received: …", "Message-Id: …", "From: …") is a message, not an error:
// its field names would read as causes. A delivery report's fields (Status, Diagnostic-Code) are not that.
const HEADER_LINE = /^(?:[A-Za-z][A-Za-z0-9-]{0,40}:(?:[ \t]|$)|[ \t])/;
const REPORT_FIELD = /^(?:status|diagnostic-code|action|final-recipient|remote-mta):/im;
function isHeaderBlock(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 4 || REPORT_FIELD.test(text)) return false;
  return lines.filter((l) => HEADER_LINE.test(l)).length >= 0.8 * lines.length;
}

export function guessWithModel(text: string, data: WordModelData, fitted: Fitted): WordGuess | null {
  if (text.length > MAX_TEXT || !ABOUT_MAIL.test(text) || isHeaderBlock(text)) return null;
  const rows = wordTokens(text).flatMap((t) => rowOf(t, fitted) ?? []);
  if (rows.length < MIN_TOKENS) return null;
  const b = posterior(rows.map((r) => r.bucketLog), fitted.bucketPrior);
  const bucket = data.buckets[b.best];
  if (!bucket || bucket === 'unknown' || bucket === 'not-an-error' || b.probability < MIN_PROBABILITY) return null;
  if (!rows.some((r) => r.cue === b.best)) return null;
  const allowed = new Set(data.actorsOf[bucket] ?? []);
  const a = posterior(rows.map((r) => r.actorLog), fitted.actorPrior, (i) => allowed.has(data.actors[i] as Actor));
  const actor = data.actors[a.best];
  if (!actor) return null;
  return { bucket, actor, probability: b.probability };
}

let fitted: Fitted | null = null;

/** The stored model's reading (fitted on first use). */
export function guessFromWords(text: string): WordGuess | null {
  fitted ??= fitWordModel(WORD_MODEL);
  return guessWithModel(text, WORD_MODEL, fitted);
}
