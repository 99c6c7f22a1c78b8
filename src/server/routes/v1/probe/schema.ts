// The contract of POST /v1/probe, used for validation and the OpenAPI document.
// No property can carry a password: the body is closed (additionalProperties: false).
export const probeBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['host'],
  properties: {
    host: { type: 'string', minLength: 1, maxLength: 255, description: 'Host name or IP literal' },
    port: { type: 'integer', minimum: 1, maximum: 65535 },
    security: { type: 'string', enum: ['ssl', 'starttls', 'none', 'auto'] },
    domain: { type: 'string', minLength: 1, maxLength: 253, description: 'Recipient domain to check (MX, null MX, A fallback)' },
  },
} as const;

const stageEvent = {
  type: 'object',
  required: ['stage', 'ok', 'ms', 'reply', 'detail'],
  properties: {
    stage: { type: 'string' },
    ok: { type: 'boolean' },
    ms: { type: 'integer' },
    reply: { type: 'array', items: { type: 'string' } },
    detail: { type: 'string' },
    failure: { type: ['string', 'null'] },
    certificate: {
      type: 'object',
      required: ['fingerprint256', 'verified'],
      properties: { fingerprint256: { type: 'string' }, verified: { type: 'boolean' } },
    },
  },
} as const;

const causeState = { type: 'string', enum: ['confirmed', 'ruled-out', 'inconclusive'] } as const;

const verdict = {
  type: 'object',
  required: ['causes', 'recommended', 'summary'],
  properties: {
    causes: { type: 'object', additionalProperties: causeState },
    recommended: {
      type: ['object', 'null'],
      properties: { host: { type: 'string' }, port: { type: 'integer' }, security: { type: 'string', enum: ['ssl', 'starttls', 'none'] } },
    },
    summary: { type: 'string' },
  },
} as const;

const errorBody = { type: 'object', required: ['error', 'message'], properties: { error: { type: 'string' }, message: { type: 'string' } } } as const;

export const probeRouteSchema = {
  summary: 'Probe an SMTP server stage by stage',
  description: 'With Accept: text/event-stream, one "stage" event per stage and a final "verdict" event; otherwise one JSON document.',
  security: [{ bearer: [] }],
  body: probeBodySchema,
  response: {
    200: { type: 'object', required: ['stages', 'verdict'], properties: { stages: { type: 'array', items: stageEvent }, verdict } },
    400: errorBody, 401: errorBody, 403: errorBody, 413: errorBody, 415: errorBody, 429: errorBody, 503: errorBody,
  },
} as const;

export interface ProbeBody {
  host: string;
  port?: number;
  security?: 'ssl' | 'starttls' | 'none' | 'auto';
  domain?: string;
}
