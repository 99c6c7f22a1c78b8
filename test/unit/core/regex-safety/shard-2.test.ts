// Shard 2 of the recheck pass over src/core (patterns.ts says why it is split).
import { describe, expect, it } from 'vitest';
import { patternsByFile, shardFiles, vulnerableAmong } from './patterns.ts';
import { SHARDS } from './shard-count.ts';

const byFile = patternsByFile();
describe('regular expressions in src/core (shard 2)', () => {
  // One test per source file: a time limit over a whole shard made a loaded run fail with no pattern at fault.
  it.each(shardFiles(1, SHARDS))('has no pattern in %s vulnerable to super-linear backtracking (recheck)', async (file) => {
    expect(await vulnerableAmong(byFile.get(file) ?? [])).toEqual([]);
  }, 300_000);
});
