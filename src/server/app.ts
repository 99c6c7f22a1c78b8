// The Fastify app as a plugin: plugins first (errors, CORS, limits, OpenAPI, token, slots),
// then routes. buildApp() makes an instance with the options the plugin relies on, for the
// server entry and for tests (app.inject()).
import type { Server } from 'node:http';
import Fastify, { type FastifyHttpOptions, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { ServerConfig } from './config.ts';
import errorHandler from './plugins/error-handler.ts';
import corsPlugin from './plugins/cors.ts';
import rateLimitPlugin from './plugins/rate-limit.ts';
import swaggerPlugin from './plugins/swagger.ts';
import bearerToken from './plugins/bearer-token.ts';
import concurrency from './plugins/concurrency.ts';
import healthRoutes from './routes/healthz.ts';
import openapiRoutes from './routes/openapi.ts';
import probeRoutes from './routes/v1/probe/index.ts';
import sharedState from './plugins/shared-state.ts';
import drainPlugin from './plugins/drain.ts';
import metricsPlugin from './plugins/metrics.ts';
import checkRoutes from './routes/v1/check/index.ts';
import publicProbeRoutes from './routes/v1/public-probe.ts';
import { DEFAULT_CHECKS_CONFIG } from './checks-config.ts';

export async function app(fastify: FastifyInstance, config: ServerConfig): Promise<void> {
  // JSON only: any other body is a 415, not a string for the schema to puzzle over.
  fastify.removeContentTypeParser('text/plain');
  await fastify.register(errorHandler);
  await fastify.register(corsPlugin, { origins: config.corsOrigins });
  await fastify.register(rateLimitPlugin, config.redisUrl ? { redisUrl: config.redisUrl } : {});
  await fastify.register(swaggerPlugin);
  await fastify.register(bearerToken, { token: config.token });
  await fastify.register(concurrency, { max: config.limits.maxConcurrent });
  // Before the routes: shared state, the SIGTERM drain and the metrics hooks apply to all of them.
  const checks = config.checks ?? DEFAULT_CHECKS_CONFIG;
  await fastify.register(sharedState, { ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}), checks });
  await fastify.register(drainPlugin);
  await fastify.register(metricsPlugin);
  await fastify.register(healthRoutes);
  await fastify.register(openapiRoutes);
  await fastify.register(probeRoutes, { limits: config.limits, origins: config.corsOrigins, engine: config.engine });
  await fastify.register(checkRoutes, { limits: config.limits, origins: config.corsOrigins, engine: config.engine, checks });
  if (checks.public) await fastify.register(publicProbeRoutes, { limits: config.limits, origins: config.corsOrigins, engine: config.engine, checks });
}

/**
 * Options the app depends on: strict validation (no coercion, unknown fields are errors), small
 * bodies, and deadlines for slow clients. Node checks the header and request deadlines on a
 * timer (30 s by default): it runs often enough here for the deadlines to mean what they say.
 */
export function fastifyOptions(config: ServerConfig, logger: FastifyServerOptions['logger'] = false): FastifyHttpOptions<Server> {
  const { requestMs, headersMs, keepAliveMs } = config.timeouts;
  // A JSON answer is written only when the probe ends: idle must outlast the probe's deadline.
  const idleMs = Math.max(config.timeouts.idleMs, (config.engine.probeTimeoutMs ?? 45_000) + 5_000);
  return {
    logger,
    bodyLimit: 4096,
    // Only the given proxies; never `true` (any client could then name its own address).
    trustProxy: config.trustProxy.length > 0 ? [...config.trustProxy] : false,
    requestTimeout: requestMs,
    connectionTimeout: idleMs,
    keepAliveTimeout: keepAliveMs,
    http: { headersTimeout: Math.min(headersMs, requestMs), requestTimeout: requestMs, connectionsCheckingInterval: Math.max(100, Math.min(1_000, headersMs / 4)) },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
  };
}

export async function buildApp(config: ServerConfig, logger: FastifyServerOptions['logger'] = false): Promise<FastifyInstance> {
  const fastify = Fastify(fastifyOptions(config, logger));
  // Connections past the cap are closed on arrival, before any byte is read.
  fastify.server.maxConnections = config.limits.maxConnections;
  await fastify.register(app, config);
  await fastify.ready();
  return fastify;
}
