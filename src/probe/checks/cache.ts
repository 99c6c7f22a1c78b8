// Check results and DNS answers cached by TTL: in this process, or in Redis so that every
// instance behind a load balancer shares them (and a restarted instance loses nothing).
import type { Redis } from 'ioredis';

export interface TtlCache {
  get(key: string): Promise<string | null>;
  /** ttlSeconds <= 0 stores nothing. */
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
}

/** In-process cache with a size cap; the oldest entry goes first. */
export function memoryCache(maxEntries = 10_000): TtlCache {
  const entries = new Map<string, { value: string; expires: number }>();
  return {
    async get(key) {
      const e = entries.get(key);
      if (!e) return null;
      if (e.expires <= Date.now()) {
        entries.delete(key);
        return null;
      }
      return e.value;
    },
    async set(key, value, ttlSeconds) {
      if (ttlSeconds <= 0) return;
      entries.delete(key);
      entries.set(key, { value, expires: Date.now() + ttlSeconds * 1000 });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
  };
}

/** Redis-backed cache. A Redis failure is a cache miss, never a failed check. */
export function redisCache(redis: Redis, prefix = 'bounce-lens-cache:'): TtlCache {
  return {
    async get(key) {
      try {
        return await redis.get(prefix + key);
      } catch {
        return null;
      }
    },
    async set(key, value, ttlSeconds) {
      if (ttlSeconds <= 0) return;
      try {
        await redis.set(prefix + key, value, 'EX', Math.ceil(ttlSeconds));
      } catch {
        /* a miss next time */
      }
    },
  };
}
