// With REDIS_URL the rate-limit counters live in a real redis-server, so two app instances
// (two "servers" behind a load balancer) enforce one limit together.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { Redis } from 'ioredis';
import type { FastifyInstance } from 'fastify';
import { AUTH, testApp } from '../../helpers/smtp/app.ts';
import { startRedis, type RunningRedis } from '../../helpers/smtp/redis.ts';
import { DEFAULT_LIMITS } from '../../../src/server/config.ts';

const HAVE_REDIS = existsSync('/usr/bin/redis-server');
let redis: RunningRedis;

beforeAll(async () => {
  if (HAVE_REDIS) redis = await startRedis();
});
afterAll(async () => {
  if (HAVE_REDIS) await redis.stop();
});

const limits = { ...DEFAULT_LIMITS, perIp: 3, perToken: 100, perTarget: 100 };
// Port 1 is never allowed: every request is counted, then refused with 400, and connects nowhere.
const send = (app: FastifyInstance) => app.inject({ method: 'POST', url: '/v1/probe', headers: AUTH, payload: { host: 'example.com', port: 1 } });

describe.skipIf(!HAVE_REDIS)('rate limits in Redis (install redis-server: scripts/install-system-deps.sh)', () => {
  it('two instances share one per-IP window', async () => {
    const a = await testApp({ limits, redisUrl: redis.url });
    const b = await testApp({ limits, redisUrl: redis.url });
    try {
      const codes = [];
      for (const app of [a, b, a, b]) codes.push((await send(app)).statusCode);
      expect(codes).toEqual([400, 400, 400, 429]);
      const client = new Redis(redis.url);
      const keys = await client.keys('bounce-lens-rl:*');
      await client.quit();
      expect(keys.some((k) => k.includes('ip:'))).toBe(true);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('control: in memory, each instance counts alone', async () => {
    const a = await testApp({ limits });
    const b = await testApp({ limits });
    try {
      const codes = [];
      for (const app of [a, b, a, b]) codes.push((await send(app)).statusCode);
      expect(codes).toEqual([400, 400, 400, 400]);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
