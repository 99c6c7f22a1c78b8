// The regex-safety check finds the engine's patterns and can resolve every one it must check.
import { describe, expect, it } from 'vitest';
import { ENGINE_DIRS, found, patternsByFile, shardFiles } from './patterns.ts';
import { SHARDS } from './shard-count.ts';

describe('regular expressions in src/core', () => {
  it('finds the engine\'s patterns', () => {
    expect(found.filter((f) => ENGINE_DIRS.some((d) => f.where.startsWith(d))).length).toBeGreaterThan(15);
  });

  it('has every new RegExp(...) of the engine built from constants, so it can be checked', () => {
    // Outside the engine: client-errors/table.ts builds one per Outlook code from a parameter (reported).
    const unresolved = found.filter((f) => f.source === null);
    expect(unresolved.filter((f) => ENGINE_DIRS.some((d) => f.where.startsWith(d))).map((f) => f.where)).toEqual([]);
    expect(unresolved.filter((f) => !f.where.startsWith('client-errors/table.ts')).map((f) => f.where)).toEqual([]);
  });

  it('gives every source file with patterns to exactly one shard', () => {
    const shards = Array.from({ length: SHARDS }, (_, i) => shardFiles(i, SHARDS));
    expect(shards.flat().sort()).toEqual([...patternsByFile().keys()].sort());
    expect(new Set(shards.flat()).size).toBe(shards.flat().length);
  });
});
