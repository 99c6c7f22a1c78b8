// Aho–Corasick automaton: finds every keyword of a large table in one pass over the text.
// Hundreds of patterns checked one by one with indexOf would cost far more per bounce.

/** Called for each occurrence: keyword id and the offset just past its last character. */
export type KeywordVisitor = (keyword: number, end: number) => void;

export class KeywordAutomaton {
  // Construction-time transitions in one map keyed by char code * 65536 + state: for ASCII the
  // key stays a small integer (state-major keys were heap numbers, most of the engine's start-up).
  private readonly edges = new Map<number, number>();
  private fail: number[] = [0];
  private out: number[][] = [[]];
  // Each state's parent, entering char and depth: the failure links are computed in depth order
  // from these, with no per-state child lists.
  private parent: number[] = [0];
  private via: number[] = [0];
  private depth: number[] = [0];
  constructor(keywords: readonly string[]) {
    keywords.forEach((word, id) => this.insert(word, id));
    this.link();
    this.buildTable();
    // Construction only: scanning reads the typed-array table.
    this.edges.clear();
  }

  private step(state: number, c: number): number | undefined {
    return this.edges.get(c * 65536 + state);
  }

  // Scanning uses an open-addressing hash in typed arrays: a Map lookup per character was the
  // engine's hottest spot. A slot's key is (state << 16) | char, -1 when empty.
  private tableMask = 0;
  private tableKey = new Int32Array(0);
  private tableNext = new Int32Array(0);
  // Transitions resolved through failure links are remembered in the same table (a lazily built
  // DFA): text reads mostly the same few hundred of them, and each then costs one lookup, not a
  // walk up the failure links. Bounded, so probing stays short.
  private filled = 0;
  private maxFilled = 0;
  // Each state's keywords (its own and its failure states'), flat: ids outIds[outStart[s] .. outStart[s + 1]).
  private outStart = new Int32Array(0);
  private outIds = new Int32Array(0);

  // The root's transitions for ASCII in a dense array: most characters of a text start no keyword
  // or restart at the root, and this skips the hash lookup for them.
  private readonly rootNext = new Int32Array(128).fill(0);

  private buildTable(): void {
    // 16 bits of state in a key: far more than the tables need (about 25,000 states).
    if (this.fail.length >= 0xffff) throw new RangeError('keyword table too large for the automaton');
    for (let c = 0; c < 128; c++) this.rootNext[c] = this.step(0, c) ?? 0;
    let size = 1;
    while (size < this.edges.size * 2) size *= 2;
    this.tableMask = size - 1;
    this.filled = this.edges.size;
    this.maxFilled = Math.floor(size * 0.6);
    this.tableKey = new Int32Array(size).fill(-1);
    this.tableNext = new Int32Array(size);
    for (const [key, to] of this.edges) this.put(key % 65536, Math.floor(key / 65536), to);
    this.outStart = new Int32Array(this.out.length + 1);
    this.out.forEach((ids, state) => (this.outStart[state + 1] = (this.outStart[state] ?? 0) + ids.length));
    this.outIds = Int32Array.from(this.out.flat());
    this.out = [];
  }

  private put(state: number, c: number, to: number): void {
    const key = (state << 16) | c;
    let h = hash(key) & this.tableMask;
    while (this.tableKey[h] !== -1) h = (h + 1) & this.tableMask;
    this.tableKey[h] = key;
    this.tableNext[h] = to;
  }

  private insert(word: string, id: number): void {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let to = this.step(state, c);
      if (to === undefined) {
        to = this.fail.length;
        this.fail.push(0);
        this.out.push([]);
        this.parent.push(state);
        this.via.push(c);
        this.depth.push((this.depth[state] ?? 0) + 1);
        this.edges.set(c * 65536 + state, to);
      }
      state = to;
    }
    this.out[state]?.push(id);
  }

  private link(): void {
    // Breadth-first order is depth order: a counting sort of the states by depth.
    const n = this.fail.length;
    let maxDepth = 0;
    for (let s = 1; s < n; s++) maxDepth = Math.max(maxDepth, this.depth[s] ?? 0);
    const start = new Int32Array(maxDepth + 2);
    for (let s = 1; s < n; s++) start[(this.depth[s] ?? 0) + 1]!++;
    for (let d = 1; d <= maxDepth + 1; d++) start[d]! += start[d - 1] ?? 0;
    const order = new Int32Array(n);
    for (let s = 1; s < n; s++) order[start[this.depth[s] ?? 0]!++] = s;
    for (let k = 0; k < n - 1; k++) {
      const child = order[k] ?? 0;
      const state = this.parent[child] ?? 0;
      if (state === 0) continue; // depth 1: fails to the root
      const c = this.via[child] ?? 0;
      let f = this.fail[state] ?? 0;
      while (f !== 0 && this.step(f, c) === undefined) f = this.fail[f] ?? 0;
      const target = this.step(f, c);
      const fail = target !== undefined && target !== child ? target : 0;
      this.fail[child] = fail;
      const inherited = this.out[fail];
      if (inherited && inherited.length) this.out[child]?.push(...inherited);
    }
    this.parent = [];
    this.via = [];
    this.depth = [];
  }

  /** Visits every keyword occurrence in `text`, in order of end offset. */
  scan(text: string, visit: KeywordVisitor): void {
    const { tableMask: mask, tableKey: keys, tableNext: next, fail, outStart, outIds, rootNext } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const from = state;
      let to = -1;
      let viaFailure = false;
      for (;;) {
        if (state === 0 && c < 128) {
          to = rootNext[c] ?? 0;
          break;
        }
        // Open-addressing lookup of (state, c), inlined: this loop is the engine's hottest code.
        const key = (state << 16) | c;
        for (let h = hash(key) & mask, k = keys[h] ?? -1; k !== -1; h = (h + 1) & mask, k = keys[h] ?? -1) {
          if (k === key) {
            to = next[h] ?? -1;
            break;
          }
        }
        if (to !== -1 || state === 0) break;
        state = fail[state] ?? 0;
        viaFailure = true;
      }
      state = to === -1 ? 0 : to;
      if (viaFailure && this.filled < this.maxFilled) {
        this.put(from, c, state);
        this.filled++;
      }
      const end = outStart[state + 1] ?? 0;
      for (let k = outStart[state] ?? 0; k < end; k++) visit(outIds[k] ?? 0, i + 1);
    }
  }
}

function hash(key: number): number {
  return Math.imul(key ^ (key >>> 15), 0x9e3779b1) >>> 7;
}
