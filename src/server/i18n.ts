// The request's language for error messages and stage details (Accept-Language: en or de).
import type { FastifyRequest } from 'fastify';
import type { Translate } from '../core/knowledge/types.ts';
import { loadTranslate } from '../probe/index.ts';
import { pickLanguage } from '../node/catalogue.ts';

export function translatorFor(request: FastifyRequest): Translate {
  return loadTranslate(pickLanguage(request.headers['accept-language']));
}

/** The one error body shape: a stable code for programs, a sentence for people. */
export interface ErrorBody {
  error: string;
  message: string;
}
