// Every message the probe can produce exists in English and German with the same placeholders.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STAGES } from '../../../src/probe/types.ts';

const root = new URL('../../../', import.meta.url).pathname;
/** The probe's messages (p_…) from every fragment of a language: areas add keys in their own files. */
function probeMessages(lang: string): Record<string, { message: string }> {
  const dir = join(root, 'src/locales', lang);
  const all = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, { message: string }>);
  return Object.fromEntries(all.flatMap((m) => Object.entries(m)).filter(([k]) => k.startsWith('p_')));
}
const en = probeMessages('en');
const de = probeMessages('de');

function sources(dir: string): string {
  return readdirSync(dir, { withFileTypes: true }).map((d) => (d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? readFileSync(join(dir, d.name), 'utf8') : '')).join('\n');
}

const code = [sources(join(root, 'src/probe')), sources(join(root, 'src/server')), readFileSync(join(root, 'src/cli/probe.ts'), 'utf8'), readFileSync(join(root, 'src/cli/serve.ts'), 'utf8')].join('\n');

describe('probe catalogue', () => {
  it('has every literal p_ key used in the code', () => {
    const used = new Set([...code.matchAll(/'(p_[a-z0-9_]+)'/g)].map((m) => m[1] ?? '').filter((k) => !k.endsWith('_')));
    const missing = [...used].filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });

  it('has a failure message for every failure code and a success message for every SMTP stage', () => {
    const typesSrc = readFileSync(join(root, 'src/probe/types.ts'), 'utf8');
    const failureBlock = /export type FailureCode =([\s\S]*?);/.exec(typesSrc)?.[1] ?? '';
    const failures = [...failureBlock.matchAll(/'([a-z0-9-]+)'/g)].map((m) => `p_f_${(m[1] ?? '').replaceAll('-', '_')}`);
    expect(failures.length).toBeGreaterThan(30);
    expect(failures.filter((k) => !(k in en))).toEqual([]);
    const successes = STAGES.map((s) => `p_s_${s.replaceAll('-', '_')}`);
    expect(successes.filter((k) => !(k in en))).toEqual([]);
  });

  it('German has the same keys and placeholders as English', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      const ph = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();
      expect([key, ph(de[key]?.message ?? '')]).toEqual([key, ph(message)]);
    }
  });
});
