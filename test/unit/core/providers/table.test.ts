// The one provider table (src/core/providers): every provider module's rows reach both readers,
// each row sits in its own provider's module, and the engine and the knowledge base read the
// same table.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_ROWS, PROVIDERS, PROVIDER_ENTRIES } from '../../../../src/core/providers/table.ts';
import type { ProviderEntry } from '../../../../src/core/providers/entry.ts';
import { ALL_RULES } from '../../../../src/core/classify/rules.ts';
import { PROVIDER_ENTRIES as KNOWLEDGE_ENTRIES } from '../../../../src/core/knowledge/providers.ts';
import { PROVIDER_IDS } from '../../../../src/core/classify/provider-registry.ts';

const DIR = new URL('../../../../src/core/providers/', import.meta.url);
const PROVIDER_FILES = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'table.ts' && f !== 'entry.ts');
const isEntryList = (v: unknown): v is readonly ProviderEntry[] =>
  Array.isArray(v) && v.length > 0 && v.every((e) => typeof e === 'object' && e !== null && 'match' in e && 'provider' in e);

async function modules(): Promise<[string, Record<string, unknown>][]> {
  return Promise.all(PROVIDER_FILES.map(async (f) => [f.slice(0, -3), await import(new URL(f, DIR).href) as Record<string, unknown>] as [string, Record<string, unknown>]));
}

describe('one provider table', () => {
  it('has one module per provider id of the one provider list, whose ABOUT the registry reads', async () => {
    expect(PROVIDER_FILES.map((f) => f.slice(0, -3)).sort()).toEqual([...PROVIDER_IDS].sort());
    for (const [id, mod] of await modules()) expect(PROVIDERS[id as keyof typeof PROVIDERS], id).toBe(mod.ABOUT);
  });

  it('puts every module\'s engine rows and knowledge entries in the table, under that module\'s provider', async () => {
    const inTable = new Set<ProviderEntry>(PROVIDER_ENTRIES);
    for (const [id, mod] of await modules()) {
      if (typeof mod.ROWS === 'string') expect(ENGINE_ROWS.filter(([p, rows]) => p === id && rows === mod.ROWS), id).toHaveLength(1);
      for (const [name, value] of Object.entries(mod)) {
        if (!isEntryList(value)) continue;
        for (const e of value) {
          expect(inTable.has(e), `${id}.${name} ${e.id}`).toBe(true);
          expect(e.provider, `${id}.${name} ${e.id}`).toBe(id);
        }
      }
    }
    expect(new Set(ENGINE_ROWS.map(([id]) => id)).size).toBe(ENGINE_ROWS.length);
    expect(new Set(PROVIDER_ENTRIES).size).toBe(PROVIDER_ENTRIES.length);
  });

  it('is what both readers read', () => {
    expect(KNOWLEDGE_ENTRIES).toBe(PROVIDER_ENTRIES);
    // Each engine row becomes one provider rule of that provider (headings name no provider).
    for (const [id, rows] of ENGINE_ROWS) {
      const patterns = rows.split('\n').filter((l) => l && !l.startsWith('## ')).length;
      expect(ALL_RULES.filter((r) => r.provider === id && r.parts.length > 0).length, id).toBe(patterns);
      for (const head of rows.split('\n').filter((l) => l.startsWith('## '))) {
        expect((PROVIDER_IDS as readonly string[]).includes(head.split(' ')[1] ?? ''), head).toBe(false);
      }
    }
  });
});
