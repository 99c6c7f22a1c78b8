// Bearer token check for the API routes. Compared as SHA-256 digests in constant time so the
// response time says nothing about how much of a guess was right. The token is never logged.
import fp from 'fastify-plugin';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { translatorFor, type ErrorBody } from '../i18n.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Does the request carry the right token? (No reply: rate limits pick their bucket by it.) */
    hasValidToken: (request: FastifyRequest) => boolean;
    requireToken: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer ([\x21-\x7e]{1,512})$/.exec(header ?? '');
  return m?.[1] ?? null;
}

export default fp(async (app: FastifyInstance, opts: { token: string }) => {
  if (opts.token.length < 16) throw new Error('the server token must be at least 16 characters');
  const expected = digest(opts.token);
  const hasValidToken = (request: FastifyRequest): boolean => {
    const given = bearerToken(request.headers.authorization);
    return given !== null && timingSafeEqual(digest(given), expected);
  };
  app.decorate('hasValidToken', hasValidToken);
  app.decorate('requireToken', async (request: FastifyRequest, reply: FastifyReply) => {
    if (hasValidToken(request)) return;
    await reply.code(401).header('www-authenticate', 'Bearer').send({
      error: 'unauthorized', message: translatorFor(request)('p_http_unauthorized'),
    } satisfies ErrorBody);
  });
}, { name: 'bl-bearer-token' });
