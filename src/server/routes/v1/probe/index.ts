// POST /v1/probe: checks in order of cost — origin, per-IP limit, token, per-token limit,
// body schema, target (syntax, port, one DNS resolution, every address), per-target limit,
// concurrency — and only then connects. Streams stages as SSE, or answers one JSON document.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Limits } from '../../../config.ts';
import type { EngineOptions, Refusal } from '../../../../probe/index.ts';
import { defaultEngineOptions, probeTarget, renderVerdict, renderWireStage, resolveTarget } from '../../../../probe/index.ts';
import { originAllowed } from '../../../plugins/cors.ts';
import { translatorFor, type ErrorBody } from '../../../i18n.ts';
import { probeRouteSchema, type ProbeBody } from './schema.ts';

export interface ProbeRouteOptions {
  limits: Limits;
  origins: (string | RegExp)[];
  engine: Partial<EngineOptions>;
}

type Limiter = (req: FastifyRequest) => Promise<{ isAllowed: true } | { isAllowed: false; isExceeded: boolean; ttlInSeconds: number }>;

const REFUSAL_STATUS: Record<Refusal['code'], number> = {
  'bad-host': 400, 'bad-port': 400, 'bad-security': 400, 'bad-domain': 400, 'forbidden-address': 400,
};

async function sendError(reply: FastifyReply, status: number, body: ErrorBody): Promise<void> {
  await reply.code(status).type('application/json').send(body);
}

/** Runs a limiter; answers 429 and returns false when the window is used up. */
async function withinLimit(limiter: Limiter, request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
  const r = await limiter(request);
  if (r.isAllowed || !r.isExceeded) return true;
  await reply.header('retry-after', String(r.ttlInSeconds)).code(429).type('application/json').send({
    error: 'rate-limited', message: translatorFor(request)('p_http_rate_limited', [String(r.ttlInSeconds)]),
  } satisfies ErrorBody);
  return false;
}

export default async function probeRoutes(app: FastifyInstance, opts: ProbeRouteOptions): Promise<void> {
  const window = opts.limits.windowMs;
  const perIp = app.createRateLimit({ max: opts.limits.perIp, timeWindow: window, keyGenerator: (r) => `ip:${r.ip}` });
  const perToken = app.createRateLimit({
    max: opts.limits.perToken, timeWindow: window,
    // Keyed by a digest prefix, not the token itself (Redis keys are visible to operators).
    keyGenerator: (r) => `tok:${createHash('sha256').update(r.headers.authorization ?? '').digest('hex').slice(0, 16)}`,
  });
  const perTarget = app.createRateLimit({
    max: opts.limits.perTarget, timeWindow: window,
    keyGenerator: (r) => `tgt:${String((r.body as ProbeBody | undefined)?.host ?? '').trim().toLowerCase()}`,
  });
  const engine = defaultEngineOptions({ ...opts.engine, vantage: 'server', credentials: undefined });

  app.post<{ Body: ProbeBody }>('/v1/probe', {
    schema: probeRouteSchema,
    onRequest: [
      async (request, reply) => {
        const origin = request.headers.origin;
        if (origin !== undefined && !originAllowed(origin, opts.origins)) {
          await sendError(reply, 403, { error: 'forbidden-origin', message: translatorFor(request)('p_http_forbidden_origin') });
        }
      },
      async (request, reply) => {
        await withinLimit(perIp, request, reply);
      },
      app.requireToken,
      async (request, reply) => {
        await withinLimit(perToken, request, reply);
      },
    ],
  }, async (request, reply) => {
    const t = translatorFor(request);
    const controller = new AbortController();
    const options: EngineOptions = { ...engine, signal: controller.signal };
    const target = await resolveTarget(request.body, options);
    if (!target.ok) {
      return sendError(reply, REFUSAL_STATUS[target.error.code], { error: target.error.code, message: t(target.error.message.key, target.error.message.subs) });
    }
    if (!(await withinLimit(perTarget, request, reply))) return reply;
    const release = app.probeSlots.take();
    if (!release) {
      void reply.header('retry-after', '5');
      return sendError(reply, 503, { error: 'busy', message: t('p_http_busy') });
    }
    // The client went away: stop probing (sockets close, QUIT is sent).
    // (The response's close, not the request's: the request stream closes once its body is read.)
    reply.raw.on('close', () => {
      if (!reply.raw.writableFinished) controller.abort();
    });
    const stages = probeTarget(target.value, options);
    try {
      if ((request.headers.accept ?? '').includes('text/event-stream')) {
        reply.hijack();
        // Hijacked: headers set by hooks (CORS) must be copied onto the raw response.
        for (const [name, value] of Object.entries(reply.getHeaders())) {
          if (value !== undefined) reply.raw.setHeader(name, typeof value === 'number' ? String(value) : value);
        }
        reply.raw.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store',
          'x-accel-buffering': 'no',
        });
        const send = (event: string, data: unknown): void => {
          if (!reply.raw.destroyed) reply.raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
        };
        try {
          for (;;) {
            const next = await stages.next();
            if (next.done) {
              send('verdict', renderVerdict(next.value, t));
              break;
            }
            send('stage', renderWireStage(next.value, t));
          }
        } catch (err) {
          request.log.error({ err }, 'probe failed');
          send('error', { error: t('p_http_internal') });
        }
        reply.raw.end();
        return reply;
      }
      const rendered = [];
      for (;;) {
        const next = await stages.next();
        if (next.done) return { stages: rendered, verdict: renderVerdict(next.value, t) };
        rendered.push(renderWireStage(next.value, t));
      }
    } finally {
      release();
    }
  });
}
