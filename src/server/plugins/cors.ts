// @fastify/cors: only the extension's origins may call the API from a browser. Requests from
// other origins are refused outright (403) in the probe route's origin check.
import fp from 'fastify-plugin';
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

export function originAllowed(origin: string, allowed: (string | RegExp)[]): boolean {
  return allowed.some((a) => (typeof a === 'string' ? a === origin : a.test(origin)));
}

export default fp(async (app: FastifyInstance, opts: { origins: (string | RegExp)[] }) => {
  await app.register(cors, {
    origin: (origin, cb) => cb(null, origin === undefined ? false : originAllowed(origin, opts.origins)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Accept', 'Accept-Language'],
    maxAge: 600,
  });
}, { name: 'bl-cors' });
