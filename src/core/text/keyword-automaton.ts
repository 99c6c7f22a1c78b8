// Aho–Corasick automaton: finds every keyword of a large table in one pass over the text.
// Hundreds of patterns checked one by one with indexOf would cost far more per bounce.
//
// The automaton is a dense table, one array read per character of text: the characters that occur
// in the keywords each get a class of their own and every other character shares class 0, so a
// row is (classes + 1) wide. A transition through failure links is worked out the first time a
// text needs it and then remembered, so building costs little and scanning stays one read per
// character. (A hashed automaton spent most of its scan time walking failure links.)

/** Called for each occurrence: keyword id and the offset just past its last character. */
export type KeywordVisitor = (keyword: number, end: number) => void;

/** An automaton's tables: the same keywords always give the same tables. */
export interface AutomatonTables {
  classOf: Uint16Array;
  width: number;
  next: Uint16Array | Int32Array;
  fail: Int32Array;
  own: Int32Array;
  sameAs: Int32Array;
  dict: Int32Array;
  hasOut: Uint8Array;
  /** Transitions known ahead of time that are not yet in `next` (which may start all zero): each
   *  state's row is copied into `next` when a text first reaches that state. */
  rows?: KnownRows;
}

/**
 * A prebuilt automaton's known transitions, state by state: those of state s are `cls[i]` → `to[i]`
 * (as `next` holds them: state + 1) for `start[s]` <= i < `start[s + 1]`. Writing them all into the
 * dense `next` table when a thread starts touched every page of it (5-7 MB): on a machine where a
 * fresh page costs ~10 µs that was 20-25 ms of a one-file `bounce-lens explain`, which reaches a few
 * hundred of the tens of thousands of states.
 */
export interface KnownRows {
  start: Int32Array;
  cls: Uint16Array;
  to: Uint16Array | Int32Array;
}

/**
 * Automata built ahead of time. Building one costs a cold thread 20–40 ms (it runs once, in the
 * interpreter), and each thread of a CLI batch builds its own. The CLI's build records the tables of
 * the automata its engine makes (`made`), after a warm-up run so that the transitions texts need
 * are worked out too, and ships them; a batch thread hands them in (`tables`, by their keywords)
 * before the engine's modules load. Both go through this slot on globalThis because the automata
 * are built while those modules load. Keywords not found there are built as usual.
 */
export const PREBUILT_AUTOMATA = Symbol.for('bounce-lens.keyword-automata');
export interface PrebuiltAutomata {
  tables?: Map<string, AutomatonTables>;
  made?: { key: string; tables: AutomatonTables }[];
}
/** The key of a keyword list in PrebuiltAutomata. */
export const automatonKey = (keywords: readonly string[]): string => JSON.stringify(keywords);

export class KeywordAutomaton {
  private readonly classOf: Uint16Array;
  private readonly width: number;
  /** Transitions, state + 1 (0: not worked out yet): trie edges when built, the rest on first use. */
  private readonly next: Uint16Array | Int32Array;
  private readonly fail: Int32Array;
  /** The first keyword ending at each state (-1: none); keywords spelled alike are chained in `sameAs`. */
  private readonly own: Int32Array;
  private readonly sameAs: Int32Array;
  /** The nearest shorter suffix state where a keyword ends (0: none). */
  private readonly dict: Int32Array;
  private readonly hasOut: Uint8Array;
  /** Prebuilt rows not yet copied into `next` (see KnownRows); `copied[s]` = 1 once state s's are. */
  private readonly rows: KnownRows | null = null;
  private readonly copied: Uint8Array | null = null;

  constructor(keywords: readonly string[]) {
    const prebuilt = (globalThis as { [PREBUILT_AUTOMATA]?: PrebuiltAutomata })[PREBUILT_AUTOMATA];
    const key = prebuilt ? automatonKey(keywords) : '';
    const tables = prebuilt?.tables?.get(key);
    if (tables) {
      ({ classOf: this.classOf, width: this.width, next: this.next, fail: this.fail, own: this.own, sameAs: this.sameAs, dict: this.dict, hasOut: this.hasOut } = tables);
      if (tables.rows) {
        this.rows = tables.rows;
        this.copied = new Uint8Array(tables.fail.length);
      }
      return;
    }
    this.classOf = new Uint16Array(65536);
    let classes = 1;
    let chars = 0;
    for (const word of keywords) {
      chars += word.length;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        if (this.classOf[c] === 0) this.classOf[c] = classes++;
      }
    }
    const width = (this.width = classes);
    // Zero-filled by the allocator: the rows of states a text never reaches cost no work.
    const next = (this.next = chars + 1 < 0xffff ? new Uint16Array((chars + 1) * width) : new Int32Array((chars + 1) * width));
    const own = new Int32Array(chars + 1).fill(-1);
    // Each state's parent, entering class and depth: failure links are then linked in depth order.
    const parent = new Int32Array(chars + 1);
    const via = new Int32Array(chars + 1);
    const depth = new Int32Array(chars + 1);
    this.sameAs = new Int32Array(keywords.length).fill(-1);
    let count = 1;
    let deepest = 0;
    // Plain loops, no callback: this runs once per process before the JIT has warmed up, and a
    // callback per keyword stayed in the interpreter (most of the command's start-up).
    const classOf = this.classOf;
    const sameAs = this.sameAs;
    for (let id = 0; id < keywords.length; id++) {
      const word = keywords[id] ?? '';
      let s = 0;
      for (let i = 0; i < word.length; i++) {
        const c = classOf[word.charCodeAt(i)] ?? 0;
        const slot = s * width + c;
        let t = (next[slot] ?? 0) - 1;
        if (t === -1) {
          t = count++;
          next[slot] = t + 1;
          parent[t] = s;
          via[t] = c;
          depth[t] = i + 1;
        }
        s = t;
      }
      // An empty keyword would match everywhere: it is never reported.
      if (s === 0) continue;
      if (word.length > deepest) deepest = word.length;
      sameAs[id] = own[s] ?? -1;
      own[s] = id;
    }
    this.own = own;
    // States by depth (a counting sort): a state's failure state is shallower, so already linked.
    const start = new Int32Array(deepest + 2);
    for (let s = 1; s < count; s++) {
      const d = (depth[s] ?? 0) + 1;
      start[d] = (start[d] ?? 0) + 1;
    }
    for (let d = 1; d <= deepest + 1; d++) start[d] = (start[d] ?? 0) + (start[d - 1] ?? 0);
    const order = new Int32Array(count);
    for (let s = 1; s < count; s++) {
      const d = depth[s] ?? 0;
      const at = start[d] ?? 0;
      start[d] = at + 1;
      order[at] = s;
    }
    const fail = (this.fail = new Int32Array(count));
    const dict = (this.dict = new Int32Array(count));
    for (let k = 0; k < count - 1; k++) {
      const t = order[k] ?? 0;
      const p = parent[t] ?? 0;
      const f = p === 0 ? 0 : this.step(fail[p] ?? 0, via[t] ?? 0);
      fail[t] = f;
      dict[t] = (own[f] ?? -1) !== -1 ? f : (dict[f] ?? 0);
    }
    // A plain loop here too: a callback per state ran in the interpreter.
    const hasOut = (this.hasOut = new Uint8Array(count));
    for (let s = 0; s < count; s++) if ((own[s] ?? -1) !== -1 || (dict[s] ?? 0) !== 0) hasOut[s] = 1;
    prebuilt?.made?.push({ key, tables: this.tables() });
  }

  /** Its tables, shared with it (the transitions worked out later are filled in as they come). */
  tables(): AutomatonTables {
    const { classOf, width, next, fail, own, sameAs, dict, hasOut } = this;
    return { classOf, width, next, fail, own, sameAs, dict, hasOut };
  }

  /** The state after `state` reads a character of class `c`, worked out through failure links once and remembered. */
  private step(state: number, c: number): number {
    const { next, fail, width } = this;
    let known = next[state * width + c] ?? 0;
    if (known === 0 && this.copied !== null && this.copied[state] === 0) known = this.copyRow(state, c);
    if (known !== 0) return known - 1;
    const to = state === 0 ? 0 : this.step(fail[state] ?? 0, c);
    next[state * width + c] = to + 1;
    return to;
  }

  /** Copies state's prebuilt row into `next`; gives the entry for class `c` (0: not known). */
  private copyRow(state: number, c: number): number {
    const { next, width } = this;
    const { start, cls, to } = this.rows as KnownRows;
    (this.copied as Uint8Array)[state] = 1;
    const base = state * width;
    for (let i = start[state] ?? 0, end = start[state + 1] ?? 0; i < end; i++) next[base + (cls[i] ?? 0)] = to[i] ?? 0;
    return next[base + c] ?? 0;
  }

  /** Visits every keyword occurrence in `text`, in order of end offset (longest first at one end). */
  scan(text: string, visit: KeywordVisitor): void {
    const { classOf, next, width, hasOut } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = classOf[text.charCodeAt(i)] ?? 0;
      const known = next[s * width + c] ?? 0;
      s = known !== 0 ? known - 1 : this.step(s, c);
      if (hasOut[s] === 1) this.report(s, i + 1, visit);
    }
  }

  private report(state: number, end: number, visit: KeywordVisitor): void {
    const { own, dict, sameAs } = this;
    for (let s = state; s !== 0; s = dict[s] ?? 0) {
      for (let id = own[s] ?? -1; id !== -1; id = sameAs[id] ?? -1) visit(id, end);
    }
  }
}
