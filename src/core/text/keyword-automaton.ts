// Aho–Corasick automaton: finds every keyword of a large table in one pass over the text.
// Hundreds of patterns checked one by one with indexOf would cost far more per bounce.

/** Called for each occurrence: keyword id and the offset just past its last character. */
export type KeywordVisitor = (keyword: number, end: number) => void;

export class KeywordAutomaton {
  // Transitions of all states in one map keyed by state * 65536 + char code: one lookup per step.
  private readonly edges = new Map<number, number>();
  private fail: number[] = [0];
  private out: number[][] = [[]];
  constructor(keywords: readonly string[]) {
    keywords.forEach((word, id) => this.insert(word, id));
    this.link();
    this.buildTable();
    // Construction only: scanning reads the typed-array table.
    this.edges.clear();
  }

  private step(state: number, c: number): number | undefined {
    return this.edges.get(state * 65536 + c);
  }

  // Scanning uses an open-addressing hash in typed arrays: a Map lookup per character was the
  // engine's hottest spot.
  private tableMask = 0;
  private tableState = new Int32Array(0);
  private tableChar = new Int32Array(0);
  private tableNext = new Int32Array(0);

  private buildTable(): void {
    let size = 1;
    while (size < this.edges.size * 2) size *= 2;
    this.tableMask = size - 1;
    this.tableState = new Int32Array(size).fill(-1);
    this.tableChar = new Int32Array(size);
    this.tableNext = new Int32Array(size);
    for (const [key, to] of this.edges) {
      const state = Math.floor(key / 65536);
      const c = key % 65536;
      let h = hash(state, c) & this.tableMask;
      while (this.tableState[h] !== -1) h = (h + 1) & this.tableMask;
      this.tableState[h] = state;
      this.tableChar[h] = c;
      this.tableNext[h] = to;
    }
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
        this.edges.set(state * 65536 + c, to);
      }
      state = to;
    }
    this.out[state]?.push(id);
  }

  private link(): void {
    const children = new Map<number, [number, number][]>();
    for (const [key, to] of this.edges) {
      const from = Math.floor(key / 65536);
      const list = children.get(from) ?? [];
      list.push([key % 65536, to]);
      children.set(from, list);
    }
    const queue = (children.get(0) ?? []).map(([, to]) => to);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0;
      for (const [c, child] of children.get(state) ?? []) {
        let f = this.fail[state] ?? 0;
        while (f !== 0 && this.step(f, c) === undefined) f = this.fail[f] ?? 0;
        const target = this.step(f, c);
        const fail = target !== undefined && target !== child ? target : 0;
        this.fail[child] = fail;
        this.out[child]?.push(...(this.out[fail] ?? []));
        queue.push(child);
      }
    }
  }

  /** Visits every keyword occurrence in `text`, in order of end offset. */
  scan(text: string, visit: KeywordVisitor): void {
    const { tableMask: mask, tableState: ts, tableChar: tc, tableNext: tn, fail, out } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let to = -1;
      for (;;) {
        // Open-addressing lookup of (state, c), inlined: this loop is the engine's hottest code.
        for (let h = hash(state, c) & mask; ts[h] !== -1; h = (h + 1) & mask) {
          if (ts[h] === state && tc[h] === c) {
            to = tn[h] ?? -1;
            break;
          }
        }
        if (to !== -1 || state === 0) break;
        state = fail[state] ?? 0;
      }
      state = to === -1 ? 0 : to;
      const hits = out[state];
      if (hits !== undefined && hits.length !== 0) for (let k = 0; k < hits.length; k++) visit(hits[k] ?? 0, i + 1);
    }
  }
}

function hash(state: number, c: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> 0;
}
