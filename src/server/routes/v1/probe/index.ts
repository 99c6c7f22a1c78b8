// POST /v1/probe: checks in order of cost — origin, per-IP limit (anonymous requests in their
// own bucket), token, per-token limit, body schema — then, holding a concurrency slot and
// listening for the client leaving: target (syntax, port, one DNS resolution, every address),
// the per-target limit on the resolved address, and only then connects. Streams stages as SSE,
// or JSON lines, or answers one JSON document.
import type { FastifyInstance } from 'fastify';
import type { Limits } from '../../../config.ts';
import type { EngineOptions, Refusal } from '../../../../probe/index.ts';
import { defaultEngineOptions, probeTarget, renderVerdict, renderWireStage, resolveTarget } from '../../../../probe/index.ts';
import { originAllowed } from '../../../plugins/cors.ts';
import { translatorFor } from '../../../i18n.ts';
import { sendError } from '../access.ts';
import { relayRun } from '../stream.ts';
import { probeRouteSchema, type ProbeBody } from './schema.ts';
import { createLimiters, withinLimit } from './limiters.ts';

export interface ProbeRouteOptions {
  limits: Limits;
  origins: (string | RegExp)[];
  engine: Partial<EngineOptions>;
}

export const PROBE_BODY_LIMIT = 2048;

const REFUSAL_STATUS: Record<Refusal['code'], number> = {
  'bad-host': 400, 'bad-port': 400, 'bad-security': 400, 'bad-domain': 400, 'forbidden-address': 400,
};

export default async function probeRoutes(app: FastifyInstance, opts: ProbeRouteOptions): Promise<void> {
  const limiters = createLimiters(app, opts.limits);
  const engine = defaultEngineOptions({ ...opts.engine, vantage: 'server', credentials: undefined });

  app.post<{ Body: ProbeBody }>('/v1/probe', {
    schema: probeRouteSchema,
    // The largest valid body (a 253-character host and domain) is under 1 kB.
    bodyLimit: PROBE_BODY_LIMIT,
    onRequest: [
      async (request, reply) => {
        const origin = request.headers.origin;
        if (origin !== undefined && !originAllowed(origin, opts.origins)) {
          await sendError(reply, 403, { error: 'forbidden-origin', message: translatorFor(request)('p_http_forbidden_origin') });
        }
      },
      async (request, reply) => {
        await withinLimit(limiters.client(request), request, reply);
      },
      app.requireToken,
      async (request, reply) => {
        await withinLimit(limiters.token(request), request, reply);
      },
    ],
  }, async (request, reply) => {
    const t = translatorFor(request);
    // The client may leave at any moment, DNS included: listen before anything waits.
    // (The response's close, not the request's: the request stream closes once its body is read.)
    const controller = new AbortController();
    reply.raw.on('close', () => {
      if (!reply.raw.writableFinished) controller.abort();
    });
    if (request.raw.socket?.destroyed) controller.abort();
    // DNS is work too: a slot is held from the first lookup on.
    const release = app.probeSlots.take();
    if (!release) {
      void reply.header('retry-after', '5');
      return sendError(reply, 503, { error: 'busy', message: t('p_http_busy') });
    }
    const options: EngineOptions = {
      ...engine,
      signal: controller.signal,
      // The recipient's MX is a connection too: it counts against the limit of its address.
      admit: async (address) => (await limiters.target(request, address)).allowed,
    };
    try {
      const target = await resolveTarget(request.body, options);
      if (controller.signal.aborted) {
        reply.hijack();
        reply.raw.destroy();
        return reply;
      }
      if (!target.ok) {
        return await sendError(reply, REFUSAL_STATUS[target.error.code], { error: target.error.code, message: t(target.error.message.key, target.error.message.subs) });
      }
      const address = target.value.addresses[0];
      if (address !== undefined && !(await withinLimit(limiters.target(request, address), request, reply))) return reply;
      return await relayRun(request, reply, t, {
        items: probeTarget(target.value, options), itemEvent: 'stage', listKey: 'stages',
        render: (stage) => renderWireStage(stage, t), verdict: (result) => renderVerdict(result, t), failure: 'probe failed',
      });
    } finally {
      release();
    }
  });
}
