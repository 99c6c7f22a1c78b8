// "The first entry of a table whose pattern matches a text", without running every pattern over
// the text: one pass of a keyword automaton over the literals each pattern needs
// (regex-literals.ts) tells which entries can match at all, and only those are run, in table
// order. The answer is the same as a linear `find`; a table of a few hundred entries run on
// every bounce was most of the time `bounce-lens explain` spent.
//
// The tables of one group (the provider replies and the client errors) share one automaton and
// one scan: the same bounce text is looked up in both, and the scan is remembered for it.
import { KeywordAutomaton } from '../text/keyword-automaton.ts';
import { foldCase, requiredLiterals } from './regex-literals.ts';
import { needsOf, patternsOf, type TextMatcher } from './matchers.ts';

export interface MatchEntry {
  match: TextMatcher;
}

/** Literals one of which every match of `m` contains, or null when none can be told. */
export function matcherLiterals(m: TextMatcher): string[] | null {
  const sets = patternsOf(m).map(requiredLiterals);
  if (sets.length === 0) return null;
  if (needsOf(m) === 'any') return sets.some((s) => s === null) ? null : [...new Set(sets.flatMap((s) => s ?? []))];
  // Every part must match: the most selective part's literals are enough.
  const shortest = (s: string[]): number => Math.min(...s.map((x) => x.length));
  const known = sets.filter((s): s is string[] => s !== null);
  return known.sort((a, b) => shortest(b) - shortest(a))[0] ?? null;
}

const MAX_LITERAL = 16;
const RECENT_TEXTS = 4;

/** Entries' literals, worked out once per matcher (the regex reading is the costly part). */
const LITERALS = new WeakMap<TextMatcher, string[] | null>();
function literalsOf(m: TextMatcher): string[] | null {
  let literals = LITERALS.get(m);
  if (literals === undefined) LITERALS.set(m, (literals = matcherLiterals(m)));
  return literals;
}


/** Literal sets of several tables, scanned for together. */
export class IndexGroup {
  private readonly members: Array<readonly MatchEntry[]> = [];
  /** owners[table][literal]: the entries of that table that need the literal (null: none). */
  private built: { automaton: KeywordAutomaton; owners: Array<Array<Int32Array | null>> } | null = null;
  // The last text scanned and the literals found in it (ids, in order of first occurrence).
  private lastText: string | null = null;
  private seen = new Uint8Array(0);
  private found: number[] = [];
  // A few texts scanned before it, with their literals: one explanation looks up its reply, the
  // reply with its lines joined and its report, and then some of them again (a quarter of the
  // characters scanned were a text scanned a moment before, just not the last one).
  private recent: Array<{ text: string; found: number[] }> = [];

  add(entries: readonly MatchEntry[]): number {
    this.built = null;
    this.lastText = null;
    this.recent = [];
    return this.members.push(entries) - 1;
  }

  // Built on first use: a surface that never looks anything up pays nothing.
  private build(): NonNullable<IndexGroup['built']> {
    const ids = new Map<string, number>();
    const lists: Array<Map<number, number[]>> = this.members.map(() => new Map());
    this.members.forEach((entries, table) => entries.forEach((entry, i) => {
      // A literal's first characters are as required as the whole of it, and fewer states scan faster.
      for (const literal of new Set((literalsOf(entry.match) ?? []).map((l) => l.slice(0, MAX_LITERAL)))) {
        let id = ids.get(literal);
        if (id === undefined) {
          id = ids.size;
          ids.set(literal, id);
        }
        const byLiteral = lists[table] as Map<number, number[]>;
        const list = byLiteral.get(id);
        if (list) list.push(i);
        else byLiteral.set(id, [i]);
      }
    }));
    this.seen = new Uint8Array(ids.size);
    // Per table, so a lookup walks only its own table's entries for each literal found.
    const owners = lists.map((byLiteral) => Array.from({ length: ids.size }, (_, id) => {
      const list = byLiteral.get(id);
      return list ? Int32Array.from(list) : null;
    }));
    return { automaton: new KeywordAutomaton([...ids.keys()]), owners };
  }

  private readonly visit = (literal: number): void => {
    if (this.seen[literal] === 0) {
      this.seen[literal] = 1;
      this.found.push(literal);
    }
  };

  /** Marks in `candidates` the entries of `table` whose literals occur in `text`, and lists each
   *  entry it newly marks in `marked` (so a lookup visits those, not the whole table). */
  mark(table: number, text: string, candidates: Uint8Array, marked?: number[]): void {
    const built = (this.built ??= this.build());
    if (text !== this.lastText) {
      for (const literal of this.found) this.seen[literal] = 0;
      if (this.lastText !== null) {
        this.recent.unshift({ text: this.lastText, found: this.found });
        if (this.recent.length > RECENT_TEXTS) this.recent.pop();
      }
      const known = this.recent.findIndex((r) => r.text === text);
      if (known === -1) {
        this.found = [];
        built.automaton.scan(foldCase(text), this.visit);
      } else {
        this.found = (this.recent.splice(known, 1)[0] as { found: number[] }).found;
        for (const literal of this.found) this.seen[literal] = 1;
      }
      this.lastText = text;
    }
    const owners = built.owners[table] ?? [];
    for (const literal of this.found) {
      const list = owners[literal];
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const i = list[k] as number;
        if (candidates[i] === 0) {
          candidates[i] = 1;
          marked?.push(i);
        }
      }
    }
  }
}

/** The group the knowledge tables share. */
export const KNOWLEDGE_GROUP = new IndexGroup();

export class EntryIndex<T extends MatchEntry> {
  private readonly table: number;
  /** Entries without literals, run on every text (computed on first use, like the automaton). */
  private alwaysRun: number[] | null = null;
  /** All zero between lookups: a lookup marks its candidates and clears them again. */
  private readonly candidates: Uint8Array;
  private readonly marked: number[] = [];

  constructor(private readonly entries: readonly T[], private readonly group: IndexGroup = new IndexGroup()) {
    this.table = group.add(entries);
    this.candidates = new Uint8Array(entries.length);
  }

  private get always(): number[] {
    return (this.alwaysRun ??= this.entries.flatMap((e, i) => (literalsOf(e.match) ? [] : [i])));
  }

  /** The first entry (in table order) whose matcher matches `text`, or null. */
  first(text: string): T | null {
    // Only the candidates are visited, in table order: walking the whole table per lookup (and
    // copying the always-run flags over it) was the knowledge layer's largest single cost.
    const candidates = this.candidates;
    const marked = this.marked;
    const always = this.always;
    for (let k = 0; k < always.length; k++) {
      candidates[always[k] as number] = 1;
      marked.push(always[k] as number);
    }
    this.group.mark(this.table, text, candidates, marked);
    // An insertion sort: the list is a handful of entries, and sort() with a comparator allocated.
    for (let k = 1; k < marked.length; k++) {
      const v = marked[k] as number;
      let j = k - 1;
      for (; j >= 0 && (marked[j] as number) > v; j--) marked[j + 1] = marked[j] as number;
      marked[j + 1] = v;
    }
    try {
      for (let k = 0; k < marked.length; k++) {
        const entry = this.entries[marked[k] as number] as T;
        if (entry.match.test(text)) return entry;
      }
      return null;
    } finally {
      for (let k = 0; k < marked.length; k++) candidates[marked[k] as number] = 0;
      marked.length = 0;
    }
  }

  /** How many entries run on every text (no literal could be told): for the tests. */
  unfiltered(): number {
    return this.always.length;
  }
}
