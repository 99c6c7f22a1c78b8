// State every instance behind a load balancer shares when REDIS_URL is set: the DNS answer cache
// and the cap on checks/probes running at once (leases in a sorted set, so a crashed instance's
// slots expire instead of leaking). In memory otherwise.
import fp from 'fastify-plugin';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { FastifyInstance } from 'fastify';
import { createCheckResolver, memoryCache, redisCache, type CheckResolver } from '../../probe/checks/index.ts';
import type { ChecksConfig } from '../checks-config.ts';

export interface SharedSlots {
  /** A release function, or null when every slot is taken. */
  take(): Promise<(() => Promise<void>) | null>;
}

declare module 'fastify' {
  interface FastifyInstance {
    checkResolver: CheckResolver;
    sharedSlots: SharedSlots;
  }
}

const LEASE_MS = 120_000;
const TAKE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[4]) then
  redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
  return 1
end
return 0`;

function redisSlots(redis: Redis, max: number, key = 'bounce-lens-slots'): SharedSlots {
  // Redis unreachable: this instance keeps its own count rather than refusing everything.
  const local = memorySlots(max);
  return {
    async take() {
      const id = randomUUID();
      const now = Date.now();
      let ok: unknown;
      try {
        ok = await redis.eval(TAKE, 1, key, String(now), String(now + LEASE_MS), id, String(max), String(LEASE_MS));
      } catch {
        return local.take();
      }
      if (ok !== 1) return null;
      let released = false;
      return async () => {
        if (released) return;
        released = true;
        await redis.zrem(key, id).catch(() => undefined);
      };
    },
  };
}

function memorySlots(max: number): SharedSlots {
  let running = 0;
  return {
    async take() {
      if (running >= max) return null;
      running++;
      let released = false;
      return async () => {
        if (!released) {
          released = true;
          running--;
        }
      };
    },
  };
}

export default fp(async (app: FastifyInstance, opts: { redisUrl?: string; checks: ChecksConfig }) => {
  let redis: Redis | undefined;
  if (opts.redisUrl) {
    redis = new Redis(opts.redisUrl, { connectTimeout: 2000, maxRetriesPerRequest: 1 });
    redis.on('error', (err: Error) => app.log.warn({ err: err.message }, 'redis (shared state)'));
    app.addHook('onClose', async () => {
      await redis?.quit().catch(() => undefined);
    });
  }
  app.decorate('checkResolver', createCheckResolver({ servers: opts.checks.dnsServers, cache: redis ? redisCache(redis) : memoryCache() }));
  app.decorate('sharedSlots', redis ? redisSlots(redis, opts.checks.maxRunning) : memorySlots(opts.checks.maxRunning));
}, { name: 'bl-shared-state' });
