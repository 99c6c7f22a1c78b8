// The keyword automata of the batch engine, built at build time and shipped beside it
// (lib/bundle/engine.cjs.automata): each thread of `bounce-lens explain` reads their tables instead of
// building them on a cold thread (src/core/text/keyword-automaton.ts, PREBUILT_AUTOMATA). The file is
// a JSON header (each automaton's keywords and where its arrays lie), then the arrays themselves,
// each at a multiple of 8 bytes so that they are read in place. The transitions are kept state by
// state (KnownRows), not as the dense table: a thread copies a state's into its table when a text
// first reaches it. A file that does not hold together is
// ignored (the automata are then built as usual); keywords it does not have are built as usual too.
import { readFileSync } from 'node:fs';
import type { AutomatonTables, KnownRows } from '../../core/text/keyword-automaton.ts';

type ArrayName = 'classOf' | 'fail' | 'own' | 'sameAs' | 'dict' | 'hasOut' | 'start' | 'cls' | 'to';
const DENSE: readonly ArrayName[] = ['fail', 'own', 'sameAs', 'dict', 'hasOut'];
const TYPES = { Uint8Array, Uint16Array, Int32Array } as const;
type TypeName = keyof typeof TYPES;
const MAGIC = 'bounce-lens automata 3\n';
const EXPECTED: Record<ArrayName, readonly TypeName[]> = {
  classOf: ['Uint16Array'], fail: ['Int32Array'], own: ['Int32Array'], sameAs: ['Int32Array'], dict: ['Int32Array'],
  hasOut: ['Uint8Array'], start: ['Int32Array'], cls: ['Uint16Array'], to: ['Uint16Array', 'Int32Array'],
};

/** Where an array lies in the data: its type, byte offset and length; for classOf (mostly zeros:
 *  most characters share class 0) also its full length and where the places of its values lie. */
type Placed = [TypeName, number, number] | [TypeName, number, number, number, number];

interface HeaderEntry {
  key: string;
  width: number;
  /** The full length of `next`, which a thread starts all zero (its rows come from start/cls/to). */
  nextLength: number;
  nextType: TypeName;
  arrays: Record<ArrayName, Placed>;
}

type Typed = Uint8Array | Uint16Array | Int32Array;
const typeName = (a: ArrayBufferView): TypeName | null =>
  a instanceof Uint8Array ? 'Uint8Array' : a instanceof Uint16Array ? 'Uint16Array' : a instanceof Int32Array ? 'Int32Array' : null;
const aligned = (n: number): number => Math.ceil(n / 8) * 8;

/** The transitions in a dense `next` table, state by state (KnownRows). */
function knownRows(tables: AutomatonTables): KnownRows {
  const { next, width } = tables;
  const states = tables.fail.length;
  const start = new Int32Array(states + 1);
  const cls: number[] = [];
  const to: number[] = [];
  for (let s = 0; s < states; s++) {
    start[s] = cls.length;
    for (let c = 0; c < width; c++) {
      const value = next[s * width + c] ?? 0;
      if (value !== 0) {
        cls.push(c);
        to.push(value);
      }
    }
  }
  start[states] = cls.length;
  return { start, cls: Uint16Array.from(cls), to: next instanceof Int32Array ? Int32Array.from(to) : Uint16Array.from(to) };
}

/** The file for these automata (keyed as PrebuiltAutomata keys them). */
export function encodeAutomata(made: readonly { key: string; tables: AutomatonTables }[]): Buffer {
  const header: HeaderEntry[] = [];
  const chunks: Buffer[] = [];
  let offset = 0;
  const put = (a: Typed): number => {
    const at = offset;
    const bytes = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    chunks.push(bytes, Buffer.alloc(aligned(bytes.length) - bytes.length));
    offset += aligned(bytes.length);
    return at;
  };
  const placed = (a: Typed): Placed => {
    const type = typeName(a);
    if (!type) throw new Error('automata-file: an array of an unexpected type');
    return [type, put(a), a.length];
  };
  for (const { key, tables } of made) {
    const arrays = {} as HeaderEntry['arrays'];
    for (const name of DENSE) arrays[name] = placed(tables[name as 'fail']);
    const rows = knownRows(tables);
    arrays.start = placed(rows.start);
    arrays.cls = placed(rows.cls);
    arrays.to = placed(rows.to);
    const places: number[] = [];
    for (let i = 0; i < tables.classOf.length; i++) if (tables.classOf[i] !== 0) places.push(i);
    const values = Uint16Array.from(places, (p) => tables.classOf[p] ?? 0);
    arrays.classOf = ['Uint16Array', put(values), values.length, tables.classOf.length, put(Int32Array.from(places))];
    const nextType = typeName(tables.next);
    if (nextType === null) throw new Error('automata-file: next has an unexpected type');
    header.push({ key, width: tables.width, nextLength: tables.next.length, nextType, arrays });
  }
  const json = Buffer.from(MAGIC + JSON.stringify({ bytes: offset, automata: header }));
  const lead = Buffer.alloc(4);
  lead.writeUInt32LE(json.length);
  const head = Buffer.concat([lead, json]);
  return Buffer.concat([head, Buffer.alloc(aligned(head.length) - head.length), ...chunks]);
}

/** The automata in `file`, by key; null when there is no such file or it does not hold together. */
export function readAutomata(file: string): Map<string, AutomatonTables> | null {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return null;
  }
  try {
    // Arrays are read in place: the file's bytes must start at a multiple of 8.
    if (data.byteOffset % 8 !== 0) data = Buffer.from(data);
    const length = data.readUInt32LE(0);
    const json = data.toString('utf8', 4, 4 + length);
    if (!json.startsWith(MAGIC)) return null;
    const { bytes, automata } = JSON.parse(json.slice(MAGIC.length)) as { bytes: number; automata: HeaderEntry[] };
    const start = aligned(4 + length);
    if (data.length !== start + bytes) return null;
    const found = new Map<string, AutomatonTables>();
    for (const { key, width, nextLength, nextType, arrays } of automata) {
      const view = (name: ArrayName): ArrayBufferView => {
        const [type, offset, count, length, places] = arrays[name];
        if (!EXPECTED[name].includes(type)) throw new Error(`${name}: ${type}`);
        const values = new TYPES[type](data.buffer as ArrayBuffer, data.byteOffset + start + offset, count);
        if (length === undefined || places === undefined) return values;
        const at = new Int32Array(data.buffer as ArrayBuffer, data.byteOffset + start + places, count);
        const full = new TYPES[type](length);
        for (let i = 0; i < count; i++) full[at[i] as number] = values[i] as number;
        return full;
      };
      const rows: KnownRows = { start: view('start') as Int32Array, cls: view('cls') as Uint16Array, to: view('to') as Uint16Array | Int32Array };
      const tables: AutomatonTables = {
        width,
        classOf: view('classOf') as Uint16Array,
        // All zero, and left so until a text reaches a state (keyword-automaton.ts, KnownRows): a
        // fresh array's pages cost nothing until written.
        next: nextType === 'Int32Array' ? new Int32Array(nextLength) : new Uint16Array(nextLength),
        fail: view('fail') as Int32Array,
        own: view('own') as Int32Array,
        sameAs: view('sameAs') as Int32Array,
        dict: view('dict') as Int32Array,
        hasOut: view('hasOut') as Uint8Array,
        rows,
      };
      // The shapes an automaton's arrays have among themselves (keyword-automaton.ts).
      const states = tables.fail.length;
      const stateRows = tables.own.length;
      if (tables.classOf.length !== 65536 || nextLength !== stateRows * width || states > stateRows || tables.dict.length !== states || tables.hasOut.length !== states) return null;
      if (rows.start.length !== states + 1 || rows.start[0] !== 0 || rows.start[states] !== rows.cls.length || rows.to.length !== rows.cls.length) return null;
      if (typeName(rows.to) !== nextType) return null;
      found.set(key, tables);
    }
    return found;
  } catch {
    return null;
  }
}
