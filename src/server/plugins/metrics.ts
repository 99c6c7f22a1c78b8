// Prometheus metrics (prom-client), one registry per app: probes and checks run, refusals (every
// 4xx/5xx answer, by status), and durations. GET /metrics needs the bearer token: in public mode
// the API is open, the operator's numbers are not.
import fp from 'fastify-plugin';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { FastifyInstance } from 'fastify';

export interface Metrics {
  registry: Registry;
  probes: Counter<'route' | 'outcome'>;
  checks: Counter<'check' | 'result'>;
  refusals: Counter<'route' | 'status'>;
  checkSeconds: Histogram<'check'>;
  requestSeconds: Histogram<'route'>;
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics;
  }
}

const API_ROUTES = new Set(['/v1/probe', '/v1/check', '/v1/public/probe']);

export default fp(async (app: FastifyInstance) => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'bounce_lens_' });
  const metrics: Metrics = {
    registry,
    probes: new Counter({ name: 'bounce_lens_probes_total', help: 'Probe and bounce-check requests answered, by route and outcome', labelNames: ['route', 'outcome'], registers: [registry] }),
    checks: new Counter({ name: 'bounce_lens_checks_total', help: 'Bounce checks run, by check and result', labelNames: ['check', 'result'], registers: [registry] }),
    refusals: new Counter({ name: 'bounce_lens_refusals_total', help: 'Requests refused (4xx/5xx), by route and status', labelNames: ['route', 'status'], registers: [registry] }),
    checkSeconds: new Histogram({ name: 'bounce_lens_check_duration_seconds', help: 'Duration of one bounce check', labelNames: ['check'], buckets: [0.005, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2, 5], registers: [registry] }),
    requestSeconds: new Histogram({ name: 'bounce_lens_request_duration_seconds', help: 'Duration of a probe or check request (whole stream)', labelNames: ['route'], buckets: [0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 60], registers: [registry] }),
  };
  app.decorate('metrics', metrics);
  // On the raw response's finish, not onResponse: streamed (hijacked) answers skip onResponse.
  app.addHook('onRequest', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unknown';
    if (!API_ROUTES.has(route)) return;
    const t0 = performance.now();
    let counted = false;
    const count = (outcome: string): void => {
      if (counted) return;
      counted = true;
      const status = reply.raw.statusCode;
      if (status >= 400) metrics.refusals.inc({ route, status: String(status) });
      else metrics.probes.inc({ route, outcome });
      metrics.requestSeconds.observe({ route }, (performance.now() - t0) / 1000);
    };
    reply.raw.once('finish', () => count('answered'));
    reply.raw.once('close', () => count('client-gone'));
  });
  app.get('/metrics', { schema: { hide: true }, onRequest: app.requireToken }, async (_request, reply) => {
    void reply.type(registry.contentType);
    return registry.metrics();
  });
}, { name: 'bl-metrics', dependencies: ['bl-bearer-token'] });
