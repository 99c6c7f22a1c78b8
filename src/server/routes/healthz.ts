// Liveness for the load balancer: cheap, unauthenticated, never touches the network.
import type { FastifyInstance } from 'fastify';

export default async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/healthz', {
    schema: {
      summary: 'Liveness',
      response: { 200: { type: 'object', properties: { ok: { type: 'boolean' }, running: { type: 'integer' } }, required: ['ok'] } },
    },
  }, async () => ({ ok: true, running: app.probeSlots.running }));
}
