// @fastify/swagger: the OpenAPI document is built from the route schemas, served at /openapi.json.
import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';

export default fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Bounce Lens probe', version: '1', description: 'Confirms the cause of SMTP errors by probing SMTP servers. Never sends mail, never accepts passwords.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
}, { name: 'bl-swagger' });
