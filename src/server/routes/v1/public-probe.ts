// POST /v1/public/probe (public mode only): the connection probe without a token, for the
// provider's own submission hosts on its submission ports — a named host, or a customer's
// mail.<domain> whose every address is inside the provider's networks. Anything else is 403
// before any connection; arbitrary hosts stay behind the token at /v1/probe.
import ipaddr from 'ipaddr.js';
import type { FastifyInstance } from 'fastify';
import type { Limits } from '../../config.ts';
import type { ChecksConfig } from '../../checks-config.ts';
import type { EngineOptions } from '../../../probe/index.ts';
import { defaultEngineOptions, probeTarget, renderVerdict, renderWireStage, resolveTarget } from '../../../probe/index.ts';
import { engineResolver } from '../../../probe/checks/resolver.ts';
import { translatorFor } from '../../i18n.ts';
import { accessHooks, sendError } from './access.ts';
import { relayRun } from './stream.ts';
import { probeBodySchema, type ProbeBody } from './probe/schema.ts';

export interface PublicProbeOptions {
  limits: Limits;
  origins: (string | RegExp)[];
  engine: Partial<EngineOptions>;
  checks: ChecksConfig;
}

export function insideNetworks(address: string, cidrs: readonly string[]): boolean {
  if (!ipaddr.isValid(address)) return false;
  const ip = ipaddr.process(address);
  return cidrs.some((c) => {
    const [net, bits] = ipaddr.parseCIDR(c);
    return net.kind() === ip.kind() && ip.match([net, bits]);
  });
}

export default async function publicProbeRoutes(app: FastifyInstance, opts: PublicProbeOptions): Promise<void> {
  const hosts = new Set(opts.checks.publicHosts.map((h) => h.toLowerCase().replace(/\.$/, '')));
  const base = defaultEngineOptions({ ...opts.engine, vantage: 'server', credentials: undefined });
  const engine: EngineOptions = {
    ...base,
    resolver: engineResolver(app.checkResolver),
    // The provider's own networks may be private ones: they are allowed, nothing else is added.
    policy: { ...base.policy, ports: opts.checks.publicPorts, allowedNetworks: [...base.policy.allowedNetworks, ...opts.checks.publicNetworks] },
  };
  const onRequest = accessHooks(app, { limits: opts.limits, origins: opts.origins, public: true, perIpPublic: opts.checks.perIpPublic, name: 'pprobe' });
  const { domain: _noDomain, ...properties } = probeBodySchema.properties;
  const schema = {
    summary: 'Probe one of the provider\'s own submission hosts (public mode, no token)',
    body: { ...probeBodySchema, properties },
  };

  app.post<{ Body: Omit<ProbeBody, 'domain'> }>('/v1/public/probe', { schema, onRequest }, async (request, reply) => {
    const t = translatorFor(request);
    const controller = new AbortController();
    const options: EngineOptions = { ...engine, signal: controller.signal };
    const target = await resolveTarget(request.body, options);
    if (!target.ok) return sendError(reply, 400, { error: target.error.code, message: t(target.error.message.key, target.error.message.subs) });
    const own = hosts.has(target.value.host.toLowerCase())
      || (target.value.addresses.length > 0 && target.value.addresses.every((a) => insideNetworks(a, opts.checks.publicNetworks)));
    if (!own) return sendError(reply, 403, { error: 'not-a-submission-host', message: t('pc_http_not_submission_host', [target.value.host]) });
    const release = await app.sharedSlots.take().catch(() => null);
    if (!release) {
      void reply.header('retry-after', '5');
      return sendError(reply, 503, { error: 'busy', message: t('p_http_busy') });
    }
    const done = app.trackStream();
    reply.raw.on('close', () => {
      if (!reply.raw.writableFinished) controller.abort();
    });
    try {
      return await relayRun(request, reply, t, {
        items: probeTarget(target.value, options), itemEvent: 'stage', listKey: 'stages',
        render: (stage) => renderWireStage(stage, t), verdict: (result) => renderVerdict(result, t), failure: 'public probe failed',
      });
    } finally {
      await release();
      done();
    }
  });
}
