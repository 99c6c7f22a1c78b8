// @fastify/rate-limit as a limiter factory (no global hook): the probe route counts per client
// IP, per token and per target. With REDIS_URL the counters live in Redis, so every instance
// behind the load balancer enforces the same limits.
import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';
import { Redis } from 'ioredis';
import type { FastifyInstance } from 'fastify';

export default fp(async (app: FastifyInstance, opts: { redisUrl?: string }) => {
  let redis: Redis | undefined;
  if (opts.redisUrl) {
    redis = new Redis(opts.redisUrl, { connectTimeout: 2000, maxRetriesPerRequest: 1, enableOfflineQueue: true, lazyConnect: false });
    // Connection errors surface on the limited requests (500, no detail); not as crashes.
    redis.on('error', (err: Error) => app.log.warn({ err: err.message }, 'redis'));
    app.addHook('onClose', async () => {
      await redis?.quit().catch(() => undefined);
    });
  }
  await app.register(rateLimit, { global: false, ...(redis ? { redis, nameSpace: 'bounce-lens-rl:' } : {}) });
}, { name: 'bl-rate-limit' });
