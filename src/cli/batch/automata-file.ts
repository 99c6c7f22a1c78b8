// The keyword automata of the batch engine, built at build time and shipped beside it
// (lib/bundle/engine.cjs.automata): each thread of `bounce-lens explain` reads their tables instead of
// building them on a cold thread (src/core/text/keyword-automaton.ts, PREBUILT_AUTOMATA). The file is
// a JSON header (each automaton's keywords and where its arrays lie), then the arrays themselves,
// each at a multiple of 8 bytes so that they are read in place. A file that does not hold together is
// ignored (the automata are then built as usual); keywords it does not have are built as usual too.
import { readFileSync } from 'node:fs';
import type { AutomatonTables } from '../../core/text/keyword-automaton.ts';

type ArrayName = Exclude<keyof AutomatonTables, 'width'>;
const DENSE: readonly ArrayName[] = ['fail', 'own', 'sameAs', 'dict', 'hasOut'];
// Mostly zeros (the transition table is worked out as texts need it; most characters share class 0):
// kept as the places and values of what is not zero.
const SPARSE: readonly ArrayName[] = ['classOf', 'next'];
const TYPES = { Uint8Array, Uint16Array, Int32Array } as const;
type TypeName = keyof typeof TYPES;
const MAGIC = 'bounce-lens automata 2\n';
const EXPECTED: Record<ArrayName, readonly TypeName[]> = {
  classOf: ['Uint16Array'], next: ['Uint16Array', 'Int32Array'], fail: ['Int32Array'], own: ['Int32Array'],
  sameAs: ['Int32Array'], dict: ['Int32Array'], hasOut: ['Uint8Array'],
};

/** Where an array lies in the data: its type, byte offset and length; for a sparse one also its full length and where its places lie. */
type Placed = [TypeName, number, number] | [TypeName, number, number, number, number];

interface HeaderEntry {
  key: string;
  width: number;
  arrays: Record<ArrayName, Placed>;
}

type Typed = Uint8Array | Uint16Array | Int32Array;
const typeName = (a: ArrayBufferView): TypeName | null =>
  a instanceof Uint8Array ? 'Uint8Array' : a instanceof Uint16Array ? 'Uint16Array' : a instanceof Int32Array ? 'Int32Array' : null;
const aligned = (n: number): number => Math.ceil(n / 8) * 8;

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
  for (const { key, tables } of made) {
    const arrays = {} as HeaderEntry['arrays'];
    for (const name of [...DENSE, ...SPARSE]) {
      const a = tables[name];
      const type = typeName(a);
      if (!type) throw new Error(`automata-file: ${name} has an unexpected type`);
      if (!SPARSE.includes(name)) {
        arrays[name] = [type, put(a), a.length];
        continue;
      }
      const places: number[] = [];
      for (let i = 0; i < a.length; i++) if (a[i] !== 0) places.push(i);
      const values = new TYPES[type](places.length);
      places.forEach((p, i) => (values[i] = a[p] ?? 0));
      arrays[name] = [type, put(values), values.length, a.length, put(Int32Array.from(places))];
    }
    header.push({ key, width: tables.width, arrays });
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
    for (const { key, width, arrays } of automata) {
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
      const tables: AutomatonTables = {
        width,
        classOf: view('classOf') as Uint16Array,
        next: view('next') as Uint16Array | Int32Array,
        fail: view('fail') as Int32Array,
        own: view('own') as Int32Array,
        sameAs: view('sameAs') as Int32Array,
        dict: view('dict') as Int32Array,
        hasOut: view('hasOut') as Uint8Array,
      };
      // The shapes an automaton's arrays have among themselves (keyword-automaton.ts).
      const states = tables.fail.length;
      const rows = tables.own.length;
      if (tables.classOf.length !== 65536 || tables.next.length !== rows * width || states > rows || tables.dict.length !== states || tables.hasOut.length !== states) return null;
      found.set(key, tables);
    }
    return found;
  } catch {
    return null;
  }
}
