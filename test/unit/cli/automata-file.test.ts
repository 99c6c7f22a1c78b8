import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { encodeAutomata, readAutomata } from '../../../src/cli/batch/automata-file.ts';
import { automatonKey, KeywordAutomaton, PREBUILT_AUTOMATA, type PrebuiltAutomata } from '../../../src/core/text/keyword-automaton.ts';

const dir = mkdtempSync(join(tmpdir(), 'bl-automata-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const slot = globalThis as { [PREBUILT_AUTOMATA]?: PrebuiltAutomata };
afterEach(() => delete slot[PREBUILT_AUTOMATA]);

const WORDS = ['user unknown', 'unknown', 'mailbox full', 'boîte pleine', 'ディレクトリ', 'he', 'she', 'hers'];
const TEXTS = ['550 user unknown; ushers', 'la boîte pleine; ディレクトリ', 'nothing here', 'mailbox fullmailbox full'];

function hits(ac: KeywordAutomaton, text: string): [number, number][] {
  const out: [number, number][] = [];
  ac.scan(text, (k, end) => out.push([k, end]));
  return out;
}

/** Builds an automaton while recording it, scans the texts (filling its transitions), and writes the file. */
function recorded(file: string): void {
  slot[PREBUILT_AUTOMATA] = { made: [] };
  const ac = new KeywordAutomaton(WORDS);
  for (const text of TEXTS.slice(0, 2)) hits(ac, text);
  writeFileSync(file, encodeAutomata(slot[PREBUILT_AUTOMATA].made ?? []));
  delete slot[PREBUILT_AUTOMATA];
}

describe('automata file', () => {
  it('gives back automata that find what freshly built ones find', () => {
    const file = join(dir, 'good.automata');
    recorded(file);
    const tables = readAutomata(file);
    expect(tables?.has(automatonKey(WORDS))).toBe(true);
    slot[PREBUILT_AUTOMATA] = { tables: tables ?? new Map() };
    const ready = new KeywordAutomaton(WORDS);
    delete slot[PREBUILT_AUTOMATA];
    const fresh = new KeywordAutomaton(WORDS);
    // Taken from the file, not built: the same tables object.
    expect(ready.tables().fail).toBe(tables?.get(automatonKey(WORDS))?.fail);
    for (const text of TEXTS) expect(hits(ready, text)).toEqual(hits(fresh, text));
  });

  it('copies a state\'s transitions into the table only when a text reaches that state', () => {
    const file = join(dir, 'rows.automata');
    recorded(file);
    const tables = readAutomata(file)?.get(automatonKey(WORDS));
    // Read from the file, the dense table starts empty: nothing of it is written (its pages untouched).
    expect(tables?.next.every((v) => v === 0)).toBe(true);
    expect(tables?.rows?.cls.length).toBeGreaterThan(0);
    slot[PREBUILT_AUTOMATA] = { tables: new Map([[automatonKey(WORDS), tables as NonNullable<typeof tables>]]) };
    const ready = new KeywordAutomaton(WORDS);
    delete slot[PREBUILT_AUTOMATA];
    expect(hits(ready, 'hers')).toEqual(hits(new KeywordAutomaton(WORDS), 'hers'));
    // Only the rows of the states 'hers' went through (root, h, he, her, hers, and where they fail to) are filled in.
    const filled = new Set<number>();
    tables?.next.forEach((v, i) => v !== 0 && filled.add(Math.floor(i / (tables?.width ?? 1))));
    expect(filled.size).toBeGreaterThan(0);
    expect(filled.size).toBeLessThan(tables?.fail.length ?? 0);
    for (const text of TEXTS) expect(hits(ready, text)).toEqual(hits(new KeywordAutomaton(WORDS), text));
  });

  it('builds as usual for keywords the file does not have', () => {
    const file = join(dir, 'other.automata');
    recorded(file);
    slot[PREBUILT_AUTOMATA] = { tables: readAutomata(file) ?? new Map() };
    const other = new KeywordAutomaton(['mailbox full', 'quota']);
    expect(hits(other, 'quota; mailbox full')).toEqual([[1, 5], [0, 19]]);
  });

  it('refuses a file that does not hold together (absent, cut short, another format)', () => {
    const file = join(dir, 'cut.automata');
    recorded(file);
    const whole = readAutomata(file);
    expect(whole).not.toBeNull();
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 8));
    expect(readAutomata(file)).toBeNull();
    writeFileSync(file, 'not an automata file at all');
    expect(readAutomata(file)).toBeNull();
    expect(readAutomata(join(dir, 'absent.automata'))).toBeNull();
  });
});
