// Every text pattern of the classifier in one automaton, scanned once per recipient's text.
import { KeywordAutomaton } from '../text/keyword-automaton.ts';
import type { Bucket, Reason, Side } from '../types.ts';
import { CURATED_RULES } from './curated-rules.ts';
import { EXTRA_PATTERNS, SENDING_RATE_PATTERNS } from './extra-patterns.ts';
import { RECIPIENT_BLOCK_PATTERNS } from './recipient-blocks.ts';
import { RECIPIENT_REFUSAL_EXCLUSIONS, RECIPIENT_REFUSAL_PATTERNS } from './recipient-refusals.ts';
import { FAMILY_EXCLUSIONS, MTA_FAMILY_CODES, MTA_FAMILY_PATTERNS } from './mta-family-patterns.ts';
import { EXCLUSIONS, GENERIC_TABLE } from './pattern-data.ts';
import { ENGINE_ROWS } from '../providers/table.ts';
import type { ProviderId } from './provider-registry.ts';
import { providerCodeReason } from './provider-codes.ts';
import { QUEUE_EXPIRY } from './queue-expiry.ts';
import { SISIMAI5_EXCLUSIONS, SISIMAI5_PATTERNS } from './sisimai5-patterns.ts';

export interface Rule {
  reason: Reason;
  /** Keyword ids that must appear in this order. */
  parts: readonly number[];
  kind: 'curated' | 'provider-code' | 'provider' | 'generic' | 'exclusion';
  provider?: string;
  /** Provider rows tied to one enhanced status code. */
  status?: string;
  bucket?: Bucket;
  side?: Side;
  /** Set for texts only one MTA writes: they name the reason outright. */
  mta?: string;
  /** An MTA's final word on the message (its queue lifetime ran out): outranks other generic texts. */
  finalWord?: boolean;
  /** A word the report must contain for the rule to count: texts too common to name a reason elsewhere. */
  scope?: string;
  /** At most this many characters from the first part's start to the last part's end. */
  maxSpan?: number;
}

export interface RuleMatch {
  rule: Rule;
  /** Range of the match in the scanned text. */
  start: number;
  end: number;
}

const keywordIds = new Map<string, number>();
const keywords: string[] = [];
function idOf(word: string): number {
  let id = keywordIds.get(word);
  if (id === undefined) {
    id = keywords.length;
    keywords.push(word);
    keywordIds.set(word, id);
  }
  return id;
}
const partsOf = (pattern: string): number[] => pattern.split(' ... ').map(idOf);

/** Rows of a pattern-data.ts table: each pattern with the words of the "## " line above it. */
function tableRows(table: string): { head: string[]; pattern: string }[] {
  const rows: { head: string[]; pattern: string }[] = [];
  let head: string[] = [];
  for (const line of table.split('\n')) {
    if (line.startsWith('## ')) head = line.slice(3).split(' ');
    else if (line) rows.push({ head, pattern: line });
  }
  return rows;
}
// The tables name only reasons of the Reason type (a unit test checks every row).
const asReason = (word: string | undefined): Reason => word as Reason;

// A provider's rows (providers/table.ts) head each group "## reason [code] [status]".
function providerRule(provider: ProviderId, { head, pattern }: { head: string[]; pattern: string }): Rule {
  const [reason, ...rest] = head;
  const code = rest[0] === 'code';
  const status = code ? rest[1] : rest[0];
  return { reason: asReason(reason), parts: partsOf(pattern), kind: code ? 'provider-code' : 'provider', provider, status };
}

// Rows of one MTA's table so short that they name its reason only in that MTA's own reports (Sisimai
// reads them only there): qmail's "unable to" and "system error" are everyone's words elsewhere.
const MTA_ONLY: Readonly<Record<string, readonly string[]>> = { qmail: ['unable to', 'system error'] };

const RULES: Rule[] = [
  ...CURATED_RULES.map(([p, reason, bucket, side]): Rule => ({ reason, parts: partsOf(p), kind: 'curated', bucket, side })),
  ...ENGINE_ROWS.flatMap(([provider, rows]) => tableRows(rows).map((row) => providerRule(provider, row))),
  ...tableRows(GENERIC_TABLE).map(({ head, pattern }): Rule => ({
    reason: asReason(head[0]), parts: partsOf(pattern), kind: 'generic', mta: head[1],
    scope: head[1] !== undefined && MTA_ONLY[head[1]]?.includes(pattern) ? head[1] : undefined,
  })),
  ...[...EXTRA_PATTERNS, ...SENDING_RATE_PATTERNS, ...RECIPIENT_REFUSAL_PATTERNS, ...RECIPIENT_BLOCK_PATTERNS].map(([reason, p, mta]): Rule => ({ reason, parts: partsOf(p), kind: 'generic', mta })),
  ...MTA_FAMILY_PATTERNS.map(([reason, p, mta, scope]): Rule => ({ reason, parts: partsOf(p), kind: 'generic', mta, scope })),
  ...MTA_FAMILY_CODES.map(([reason, p, mta, scope]): Rule => ({ reason, parts: partsOf(p), kind: 'provider-code', mta, scope })),
  ...SISIMAI5_PATTERNS.map(([reason, p, maxSpan]): Rule => ({ reason, parts: partsOf(p), kind: 'generic', maxSpan })),
  ...QUEUE_EXPIRY.map((p): Rule => ({ reason: 'expired', parts: partsOf(p), kind: 'generic', finalWord: true })),
  ...[...EXCLUSIONS, ...SISIMAI5_EXCLUSIONS, ...FAMILY_EXCLUSIONS, ...RECIPIENT_REFUSAL_EXCLUSIONS].map(([reason, p]): Rule => ({ reason, parts: partsOf(p), kind: 'exclusion' })),
];
/** Every rule, for the tests that check the tables. */
export const ALL_RULES: readonly Rule[] = RULES;
const automaton = new KeywordAutomaton(keywords);
// Rules indexed by their first keyword: only rules whose first part occurred are checked.
const RULES_BY_FIRST = new Map<number, Rule[]>();
for (const rule of RULES) {
  const first = rule.parts[0] ?? -1;
  const list = RULES_BY_FIRST.get(first) ?? [];
  list.push(rule);
  RULES_BY_FIRST.set(first, list);
}

/**
 * Every keyword occurrence of one text, per keyword in order of end offset: linked lists in typed
 * arrays, reused from text to text (a Map of arrays per text was most of the engine's garbage).
 */
class KeywordHits {
  text = '';
  /** Keywords that occurred, in order of first occurrence. */
  seen = new Int32Array(64);
  seenCount = 0;
  private head = new Int32Array(keywords.length).fill(-1);
  private tail = new Int32Array(keywords.length);
  private next = new Int32Array(256);
  private ends = new Int32Array(256);
  private count = 0;

  fill(textLower: string): void {
    for (let i = 0; i < this.seenCount; i++) this.head[this.seen[i] ?? 0] = -1;
    this.seenCount = 0;
    this.count = 0;
    this.text = textLower;
    automaton.scan(textLower, this.add);
  }

  private readonly add = (keyword: number, end: number): void => {
    if (this.count === this.ends.length) {
      this.ends = grow(this.ends);
      this.next = grow(this.next);
    }
    const hit = this.count++;
    this.ends[hit] = end;
    this.next[hit] = -1;
    if (this.head[keyword] === -1) {
      this.head[keyword] = hit;
      if (this.seenCount === this.seen.length) this.seen = grow(this.seen);
      this.seen[this.seenCount++] = keyword;
    } else {
      this.next[this.tail[keyword] ?? 0] = hit;
    }
    this.tail[keyword] = hit;
  };

  /** The first end offset of `keyword` whose start is at or after `from`; -1 when none. */
  firstEndFrom(keyword: number, from: number): number {
    const len = keywords[keyword]?.length ?? 0;
    for (let hit = this.head[keyword] ?? -1; hit !== -1; hit = this.next[hit] ?? -1) {
      const end = this.ends[hit] ?? 0;
      if (end - len >= from) return end;
    }
    return -1;
  }
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}

// The report text is the same for every recipient of a bounce, read between each recipient's own
// texts (its diagnostic, all its text): the last few scans are kept, so the report is scanned once.
const KEPT = 4;
const kept: KeywordHits[] = Array.from({ length: KEPT }, () => new KeywordHits());
let oldest = 0;

function keywordHits(textLower: string): KeywordHits {
  for (const hits of kept) if (hits.text === textLower) return hits;
  const reused = kept[oldest] as KeywordHits;
  oldest = (oldest + 1) % KEPT;
  reused.fill(textLower);
  return reused;
}

/** Rules whose parts all occur, in order, in `textLower` (already compacted). */
export function matchRules(textLower: string, providers: ReadonlySet<string>, status: string | null): RuleMatch[] {
  const hits = keywordHits(textLower);
  const matches: RuleMatch[] = [];
  const code = providerCodeReason(textLower, providers, status);
  if (code) matches.push({ rule: { reason: code.reason, parts: [], kind: 'provider-code', provider: code.provider }, start: code.start, end: code.end });
  for (let k = 0; k < hits.seenCount; k++) {
    for (const rule of RULES_BY_FIRST.get(hits.seen[k] ?? -1) ?? NO_RULES) {
      if (rule.status && rule.status !== status) continue;
      // A provider's row is trusted for that provider's bounces; a reply of unknown origin (a pasted
      // line) is the provider's when both its code and its words are that provider's.
      if (rule.provider && !providers.has(rule.provider) && !(providers.size === 0 && rule.status)) continue;
      const span = placeInOrder(rule.parts, hits);
      if (span && rule.maxSpan !== undefined && span[1] - span[0] > rule.maxSpan) continue;
      if (span) matches.push({ rule, start: span[0], end: span[1] });
    }
  }
  return matches;
}
const NO_RULES: readonly Rule[] = [];

function placeInOrder(parts: readonly number[], hits: KeywordHits): [number, number] | null {
  let cursor = 0;
  let start = -1;
  for (const id of parts) {
    const end = hits.firstEndFrom(id, cursor);
    if (end === -1) return null;
    if (start < 0) start = end - (keywords[id]?.length ?? 0);
    cursor = end;
  }
  return [start, cursor];
}
