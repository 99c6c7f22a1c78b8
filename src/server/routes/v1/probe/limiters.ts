// The probe route's rate limits, on @fastify/rate-limit's counters (in Redis when configured):
// per client IP (with its own bucket for requests without a valid token), per token, and per
// target machine, keyed on the address a probe connects to rather than on how it was written.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Limits } from '../../../config.ts';
import { addressKey } from '../../../../probe/guard.ts';
import { translatorFor, type ErrorBody } from '../../../i18n.ts';

export type LimitOutcome = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface ProbeLimiters {
  /** Per client IP: those with a valid token and those without count in separate buckets. */
  client(request: FastifyRequest): Promise<LimitOutcome>;
  token(request: FastifyRequest): Promise<LimitOutcome>;
  /** One connection to one resolved address (the target, the recipient's MX). */
  target(request: FastifyRequest, address: string): Promise<LimitOutcome>;
}

type Raw = { isAllowed: true } | { isAllowed: false; isExceeded: boolean; ttlInSeconds: number };
const TARGET = Symbol('bl-target-key');

function outcome(r: Raw): LimitOutcome {
  return r.isAllowed || !r.isExceeded ? { allowed: true } : { allowed: false, retryAfterSeconds: r.ttlInSeconds };
}

export function createLimiters(app: FastifyInstance, limits: Limits): ProbeLimiters {
  const timeWindow = limits.windowMs;
  const perIp = app.createRateLimit({ max: limits.perIp, timeWindow, keyGenerator: (r) => `ip:${r.ip}` });
  const perAnonymous = app.createRateLimit({ max: limits.perIpAnonymous, timeWindow, keyGenerator: (r) => `anon:${r.ip}` });
  const perToken = app.createRateLimit({
    max: limits.perToken, timeWindow,
    // Keyed by a digest prefix, not the token itself (Redis keys are visible to operators).
    keyGenerator: (r) => `tok:${createHash('sha256').update(r.headers.authorization ?? '').digest('hex').slice(0, 16)}`,
  });
  const perTarget = app.createRateLimit({
    max: limits.perTarget, timeWindow,
    keyGenerator: (r) => `tgt:${(r as unknown as { [TARGET]: string })[TARGET]}`,
  });
  return {
    client: async (request) => outcome(await (app.hasValidToken(request) ? perIp : perAnonymous)(request)),
    token: async (request) => outcome(await perToken(request)),
    // The limiter reads its key from the request: a child object carries it, the request stays untouched.
    target: async (request, address) => outcome(await perTarget(Object.assign(Object.create(request) as FastifyRequest, { [TARGET]: addressKey(address) }))),
  };
}

/** Answers 429 with Retry-After and returns false when the window is used up. */
export async function withinLimit(outcomeOf: Promise<LimitOutcome>, request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
  const r = await outcomeOf;
  if (r.allowed) return true;
  await reply.header('retry-after', String(r.retryAfterSeconds)).code(429).type('application/json').send({
    error: 'rate-limited', message: translatorFor(request)('p_http_rate_limited', [String(r.retryAfterSeconds)]),
  } satisfies ErrorBody);
  return false;
}
