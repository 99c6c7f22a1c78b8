// The contract of POST /v1/check: facts about one bounce, never the message (closed body).
import { BUCKETS, REASONS } from '../../../../core/types.ts';

const domain = { type: 'string', minLength: 1, maxLength: 253 } as const;

export const checkBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['refusal', 'bucket'],
  properties: {
    sendingIps: { type: 'array', maxItems: 4, items: { type: 'string', minLength: 2, maxLength: 45 }, description: 'The sending server IPs' },
    senderDomain: { ...domain, description: "The sender's domain" },
    recipientDomain: { ...domain, description: "The failed recipient's domain" },
    reportingMta: { ...domain, description: 'The Reporting-MTA, resolved when no IP is given' },
    refusal: { type: 'string', maxLength: 2000, description: "The remote server's refusal text" },
    bucket: { type: 'string', enum: [...BUCKETS] },
    reason: { type: 'string', enum: [...REASONS] },
  },
} as const;

const errorBody = { type: 'object', required: ['error', 'message'], properties: { error: { type: 'string' }, message: { type: 'string' } } } as const;

export const checkRouteSchema = {
  summary: 'Check what a bounce is about (blocklists, PTR, SPF, DMARC, DKIM, recipient domain, MTA-STS/DANE)',
  description: 'DNS checks chosen for the bounce\'s cause. Accept: text/event-stream gives "check" events and a final "verdict" event; application/x-ndjson gives one JSON line per check and a last {"verdict":…} line; otherwise one JSON document. In public mode no token is needed (limited per client IP); with a token the recipient\'s MX may also be greeted.',
  security: [{ bearer: [] }],
  body: checkBodySchema,
  response: { 400: errorBody, 401: errorBody, 403: errorBody, 413: errorBody, 415: errorBody, 429: errorBody, 503: errorBody },
} as const;

export interface CheckBody {
  sendingIps?: string[];
  senderDomain?: string;
  recipientDomain?: string;
  reportingMta?: string;
  refusal: string;
  bucket: string;
  reason?: string;
}
