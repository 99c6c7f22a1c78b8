// One place that turns every error into { error, message }: client errors say what was wrong,
// server errors say nothing about why (logged instead).
import fp from 'fastify-plugin';
import type { FastifyError, FastifyInstance } from 'fastify';
import { translatorFor, type ErrorBody } from '../i18n.ts';

/** Fastify's own client-error codes → our error names and catalogue keys. */
const KNOWN: Record<string, { status: number; error: string; key: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, error: 'too-large', key: 'p_http_too_large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, error: 'unsupported-media-type', key: 'p_http_unsupported_type' },
};

export default fp(async (app: FastifyInstance) => {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const t = translatorFor(request);
    const known = err.code ? KNOWN[err.code] : undefined;
    let status: number;
    let body: ErrorBody;
    if (known) {
      status = known.status;
      body = { error: known.error, message: t(known.key) };
    } else if (err.validation) {
      status = 400;
      body = { error: 'bad-request', message: t('p_http_bad_request', [err.message]) };
    } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // JSON syntax errors and the like: their messages describe the input, not the server.
      status = err.statusCode;
      body = { error: status === 429 ? 'rate-limited' : 'bad-request', message: t('p_http_bad_request', [err.message]) };
    } else {
      request.log.error({ err }, 'request failed');
      status = 500;
      body = { error: 'internal', message: t('p_http_internal') };
    }
    void reply.code(status).type('application/json').send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send({ error: 'not-found', message: translatorFor(request)('p_http_not_found') } satisfies ErrorBody);
  });
}, { name: 'bl-error-handler' });
