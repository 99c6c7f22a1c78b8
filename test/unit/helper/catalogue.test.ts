// Every message the helper and the two-sided verdict can produce exists in English and German,
// with the same substitutions.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { compareSides, describeObservation, type ConnectOutcome, type PortObservation } from '../../../src/core/two-sided-verdict.ts';
import { HELPER_ERROR_CODES } from '../../../src/helper/protocol.ts';

type Fragment = Record<string, { message: string }>;
const load = (lang: string): Fragment =>
  JSON.parse(readFileSync(new URL(`../../../src/locales/${lang}/helper.json`, import.meta.url), 'utf8')) as Fragment;
/** The helper's h_ messages in other areas' fragments (the security fragment adds one). */
const loadOthers = (lang: string): Fragment => {
  const dir = new URL(`../../../src/locales/${lang}/`, import.meta.url);
  const others = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'helper.json');
  const all = others.map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Fragment);
  return Object.fromEntries(all.flatMap((m) => Object.entries(m)).filter(([k]) => k.startsWith('h_')));
};
const en = { ...load('en'), ...loadOthers('en') };
const de = { ...load('de'), ...loadOthers('de') };
const placeholders = (text: string): string[] => [...new Set(text.match(/\$\d/g) ?? [])].sort();

const OUTCOMES: ConnectOutcome[] = ['ok', 'timeout', 'refused', 'unreachable', 'error'];
function obs(port: number, connect: ConnectOutcome, cert: string | null = 'AA'): PortObservation {
  return { port, connect, greeting: connect === 'ok' ? '220 mx.example ESMTP' : null, certFingerprint: connect === 'ok' ? cert : null, tlsVerified: null };
}

function producedKeys(): Set<string> {
  const keys = new Set<string>(HELPER_ERROR_CODES.map((c) => `h_err_${c.replace(/-/g, '_')}`));
  for (const s of OUTCOMES) for (const l of OUTCOMES) for (const cert of ['AA', 'BB', null]) {
    for (const other of OUTCOMES) {
      const v = compareSides({ host: 'h', ports: [obs(587, s), obs(2525, other)] }, { host: 'h', ports: [obs(587, l, cert), obs(2525, other)] });
      for (const m of [v.summary, ...v.steps]) keys.add(m.key);
    }
    keys.add(describeObservation(obs(587, s, cert)).key);
  }
  keys.add(describeObservation({ ...obs(25, 'ok'), greeting: null }).key);
  return keys;
}

describe('helper catalogue fragments', () => {
  it('English and German have the same messages with the same substitutions', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect([key, placeholders(de[key]?.message ?? '')]).toEqual([key, placeholders(en[key]?.message ?? '')]);
  });

  it('has every message the verdict, the port lines and the error codes can ask for', () => {
    const produced = producedKeys();
    expect(produced.size).toBeGreaterThan(20);
    for (const key of produced) expect(en[key], key).toBeDefined();
  });

  it('uses only the h_ prefix', () => {
    expect(Object.keys(en).filter((k) => !k.startsWith('h_'))).toEqual([]);
  });
});
