// Thin entry: build the app, listen, close cleanly on signals.
import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from './config.ts';
import { buildApp } from './app.ts';

export async function startServer(config: ServerConfig, log = true): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildApp(config, log ? { level: 'info', redact: ['req.headers.authorization'] } : false);
  const url = await app.listen({ host: config.host, port: config.port });
  return { app, url };
}
