// POST /v1/check: the DNS checks that confirm or rule out one bounce's cause. Access (access.ts),
// then the facts, then a slot shared by all instances, then the checks, streamed as they finish.
// Without the token (public mode) the checks are DNS only; with it the recipient's MX may be
// greeted, through the probe engine's SSRF guard.
import type { FastifyInstance } from 'fastify';
import type { Limits } from '../../../config.ts';
import type { ChecksConfig } from '../../../checks-config.ts';
import type { EngineOptions } from '../../../../probe/index.ts';
import { defaultEngineOptions } from '../../../../probe/index.ts';
import { checkFacts, defaultCheckOptions, renderCheck, renderCheckVerdict, runBounceChecks } from '../../../../probe/checks/index.ts';
import { translatorFor } from '../../../i18n.ts';
import { accessHooks, hasToken, sendError } from '../access.ts';
import { relayRun } from '../stream.ts';
import { checkRouteSchema, type CheckBody } from './schema.ts';

export interface CheckRouteOptions {
  limits: Limits;
  origins: (string | RegExp)[];
  engine: Partial<EngineOptions>;
  checks: ChecksConfig;
}

export default async function checkRoutes(app: FastifyInstance, opts: CheckRouteOptions): Promise<void> {
  const engine = defaultEngineOptions({ ...opts.engine, vantage: 'server', credentials: undefined, stageTimeoutMs: 5000, tryTimeoutMs: 5000 });
  const onRequest = accessHooks(app, { limits: opts.limits, origins: opts.origins, public: opts.checks.public, perIpPublic: opts.checks.perIpPublic, name: 'check' });

  app.post<{ Body: CheckBody }>('/v1/check', { schema: checkRouteSchema, onRequest }, async (request, reply) => {
    const t = translatorFor(request);
    const facts = checkFacts(request.body);
    if (!facts.ok) return sendError(reply, 400, { error: 'bad-request', message: t('p_http_bad_request', [facts.error.field]) });
    const release = await app.sharedSlots.take().catch(() => null);
    if (!release) {
      void reply.header('retry-after', '5');
      return sendError(reply, 503, { error: 'busy', message: t('p_http_busy') });
    }
    const done = app.trackStream();
    const controller = new AbortController();
    reply.raw.on('close', () => {
      if (!reply.raw.writableFinished) controller.abort();
    });
    const options = defaultCheckOptions({
      ...(opts.checks.blocklists ? { blocklists: opts.checks.blocklists } : {}),
      mxConnect: hasToken(request), signal: controller.signal,
    });
    try {
      return await relayRun(request, reply, t, {
        items: runBounceChecks(facts.value, app.checkResolver, options, { ...engine, signal: controller.signal }),
        itemEvent: 'check', listKey: 'checks',
        observe: (check) => {
          app.metrics.checks.inc({ check: check.check, result: check.result });
          app.metrics.checkSeconds.observe({ check: check.check }, check.ms / 1000);
        },
        render: (check) => renderCheck(check, t), verdict: (result) => renderCheckVerdict(result, t), failure: 'check failed',
      });
    } finally {
      await release();
      done();
    }
  });
}
