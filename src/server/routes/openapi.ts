// The OpenAPI document generated from the route schemas.
import type { FastifyInstance } from 'fastify';

export default async function openapiRoutes(app: FastifyInstance): Promise<void> {
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
