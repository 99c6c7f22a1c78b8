// Who may call the check routes: a browser origin on the list (or none), then either the token
// (per-IP and per-token limits) or, in public mode, nobody in particular (a per-IP limit).
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Limits } from '../../config.ts';
import { originAllowed } from '../../plugins/cors.ts';
import { translatorFor, type ErrorBody } from '../../i18n.ts';

type Limiter = (req: FastifyRequest) => Promise<{ isAllowed: true } | { isAllowed: false; isExceeded: boolean; ttlInSeconds: number }>;

/** Requests that showed the token (they may do more: greet the recipient's MX). */
const withToken = new WeakSet<FastifyRequest>();
export const hasToken = (request: FastifyRequest): boolean => withToken.has(request);

export async function sendError(reply: FastifyReply, status: number, body: ErrorBody): Promise<void> {
  await reply.code(status).type('application/json').send(body);
}

async function withinLimit(limiter: Limiter, request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
  const r = await limiter(request);
  if (r.isAllowed || !r.isExceeded) return true;
  await reply.header('retry-after', String(r.ttlInSeconds)).code(429).type('application/json').send({
    error: 'rate-limited', message: translatorFor(request)('p_http_rate_limited', [String(r.ttlInSeconds)]),
  } satisfies ErrorBody);
  return false;
}

export interface AccessOptions {
  limits: Limits;
  origins: (string | RegExp)[];
  public: boolean;
  perIpPublic: number;
  /** Key prefix, so each route family counts on its own. */
  name: string;
}

/** The onRequest hooks of a check route, cheapest first. */
export function accessHooks(app: FastifyInstance, o: AccessOptions): onRequestAsyncHookHandler[] {
  const window = o.limits.windowMs;
  const perIp = app.createRateLimit({ max: o.limits.perIp, timeWindow: window, keyGenerator: (r) => `${o.name}:ip:${r.ip}` });
  const perIpPublic = app.createRateLimit({ max: o.perIpPublic, timeWindow: window, keyGenerator: (r) => `${o.name}:pub:${r.ip}` });
  const perToken = app.createRateLimit({
    max: o.limits.perToken, timeWindow: window,
    keyGenerator: (r) => `${o.name}:tok:${createHash('sha256').update(r.headers.authorization ?? '').digest('hex').slice(0, 16)}`,
  });
  return [
    async (request, reply) => {
      const origin = request.headers.origin;
      if (origin !== undefined && !originAllowed(origin, o.origins)) {
        await sendError(reply, 403, { error: 'forbidden-origin', message: translatorFor(request)('p_http_forbidden_origin') });
      }
    },
    async (request, reply) => {
      if (o.public && request.headers.authorization === undefined) {
        await withinLimit(perIpPublic, request, reply);
        return;
      }
      if (!(await withinLimit(perIp, request, reply))) return;
      await app.requireToken(request, reply);
      if (reply.sent) return;
      withToken.add(request);
      await withinLimit(perToken, request, reply);
    },
  ];
}
