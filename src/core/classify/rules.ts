// Every text pattern of the classifier in one automaton, scanned once per recipient's text.
import { KeywordAutomaton } from '../text/keyword-automaton.ts';
import type { Bucket, Reason, Side } from '../types.ts';
import { CURATED_RULES } from './curated-rules.ts';
import { EXTRA_PATTERNS } from './extra-patterns.ts';
import { EXCLUSIONS, GENERIC_TABLE, PROVIDER_TABLE } from './pattern-data.ts';
import { providerCodeReason } from './provider-codes.ts';

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

function providerRule({ head, pattern }: { head: string[]; pattern: string }): Rule {
  const [provider, reason, ...rest] = head;
  const code = rest[0] === 'code';
  const status = code ? rest[1] : rest[0];
  return { reason: asReason(reason), parts: partsOf(pattern), kind: code ? 'provider-code' : 'provider', provider, status };
}

const RULES: Rule[] = [
  ...CURATED_RULES.map(([p, reason, bucket, side]): Rule => ({ reason, parts: partsOf(p), kind: 'curated', bucket, side })),
  ...tableRows(PROVIDER_TABLE).map(providerRule),
  ...tableRows(GENERIC_TABLE).map(({ head, pattern }): Rule => ({ reason: asReason(head[0]), parts: partsOf(pattern), kind: 'generic', mta: head[1] })),
  ...EXTRA_PATTERNS.map(([reason, p, mta]): Rule => ({ reason, parts: partsOf(p), kind: 'generic', mta })),
  ...EXCLUSIONS.map(([reason, p]): Rule => ({ reason, parts: partsOf(p), kind: 'exclusion' })),
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

/** Rules whose parts all occur, in order, in `textLower` (already compacted). */
// The report text is the same for every recipient of a bounce, read between each recipient's own
// texts: the last two scans are kept, so it is scanned once.
let lastText = '';
let lastEnds = new Map<number, number[]>();
let previousText = '';
let previousEnds = new Map<number, number[]>();

function keywordEnds(textLower: string): Map<number, number[]> {
  if (textLower === lastText) return lastEnds;
  if (textLower === previousText) return previousEnds;
  previousText = lastText;
  previousEnds = lastEnds;
  const ends = new Map<number, number[]>();
  automaton.scan(textLower, (keyword, end) => {
    const list = ends.get(keyword);
    if (list) list.push(end);
    else ends.set(keyword, [end]);
  });
  lastText = textLower;
  lastEnds = ends;
  return ends;
}

export function matchRules(textLower: string, providers: ReadonlySet<string>, status: string | null): RuleMatch[] {
  const ends = keywordEnds(textLower);
  const matches: RuleMatch[] = [];
  const code = providerCodeReason(textLower, providers);
  if (code) matches.push({ rule: { reason: code.reason, parts: [], kind: 'provider-code', provider: code.provider }, start: code.start, end: code.end });
  for (const first of ends.keys()) {
    for (const rule of RULES_BY_FIRST.get(first) ?? []) {
      if (rule.status && rule.status !== status) continue;
      // A provider's row is trusted for that provider's bounces; a reply of unknown origin (a pasted
      // line) is the provider's when both its code and its words are that provider's.
      if (rule.provider && !providers.has(rule.provider) && !(providers.size === 0 && rule.status)) continue;
      const span = placeInOrder(rule.parts, ends);
      if (span) matches.push({ rule, start: span[0], end: span[1] });
    }
  }
  return matches;
}

function placeInOrder(parts: readonly number[], ends: ReadonlyMap<number, number[]>): [number, number] | null {
  let cursor = 0;
  let start = -1;
  for (const id of parts) {
    const len = keywords[id]?.length ?? 0;
    const end = ends.get(id)?.find((e) => e - len >= cursor);
    if (end === undefined) return null;
    if (start < 0) start = end - len;
    cursor = end;
  }
  return [start, cursor];
}
