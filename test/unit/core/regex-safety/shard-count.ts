/** How many shard-N.test.ts files split the recheck pass (one per core CI has). */
export const SHARDS = 2;
