// Checks every request from the browser before anything runs. Unknown fields are refused
// rather than ignored, so a mistaken caller finds out at once.
import { SMTP_PORTS } from '../core/two-sided-verdict.ts';
import type { Credentials, HelperErrorCode, HelperRequest, Lang, Security } from '../shared/helper-protocol.ts';

export type Parsed =
  | { ok: true; request: HelperRequest }
  | { ok: false; id: string | null; error: HelperErrorCode; detail: string };

const SECURITIES: readonly Security[] = ['ssl', 'starttls', 'none', 'auto'];
const LANGS: readonly Lang[] = ['en', 'de'];
const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_TIMEOUT_MS = 60_000;
const MAX_PORTS = SMTP_PORTS.length;
// A DNS name (RFC 1123 labels) or an IP literal (bracketless IPv6 allowed).
const HOSTNAME = /^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.?$/;
const IPV6 = /^[0-9A-Fa-f:.]{2,45}$/;

type Fields = Record<string, unknown>;
type Check<T> = { ok: true; value: T } | { ok: false; detail: string };

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKeys(fields: Fields, allowed: readonly string[]): Check<true> {
  const extra = Object.keys(fields).find((k) => !allowed.includes(k));
  return extra === undefined ? { ok: true, value: true } : { ok: false, detail: `unknown field "${extra}"` };
}

function checkHost(value: unknown): Check<string> {
  if (typeof value !== 'string' || !(HOSTNAME.test(value) || (value.includes(':') && IPV6.test(value)))) {
    return { ok: false, detail: 'host must be a host name or an IP address' };
  }
  return { ok: true, value };
}

function isSmtpPort(value: unknown): value is number {
  return typeof value === 'number' && (SMTP_PORTS as readonly number[]).includes(value);
}

function checkTimeout(value: unknown): Check<number> {
  if (value === undefined) return { ok: true, value: DEFAULT_TIMEOUT_MS };
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 100 || value > MAX_TIMEOUT_MS) {
    return { ok: false, detail: `timeoutMs must be an integer from 100 to ${MAX_TIMEOUT_MS}` };
  }
  return { ok: true, value };
}

function checkAuth(value: unknown): Check<Credentials | null> {
  if (value === undefined || value === null) return { ok: true, value: null };
  if (!isRecord(value) || onlyKeys(value, ['user', 'password']).ok === false) {
    return { ok: false, detail: 'auth must be {user, password}' };
  }
  const { user, password } = value;
  if (typeof user !== 'string' || user.length === 0 || user.length > 320) return { ok: false, detail: 'auth.user must be 1 to 320 characters' };
  if (typeof password !== 'string' || password.length === 0 || password.length > 1024) {
    return { ok: false, detail: 'auth.password must be 1 to 1024 characters' };
  }
  return { ok: true, value: { user, password } };
}

const fail = (id: string | null, error: HelperErrorCode, detail: string): Parsed => ({ ok: false, id, error, detail });

export function parseRequest(message: unknown): Parsed {
  if (!isRecord(message)) return fail(null, 'invalid-request', 'a request is a JSON object');
  const rawId = message.id;
  if (typeof rawId !== 'string' || rawId.length === 0 || rawId.length > 64) {
    return fail(null, 'invalid-request', 'id must be a string of 1 to 64 characters');
  }
  const id = rawId;
  switch (message.type) {
    case 'hello':
    case 'cancel': {
      const keys = onlyKeys(message, ['type', 'id']);
      if (!keys.ok) return fail(id, 'invalid-request', keys.detail);
      return { ok: true, request: { type: message.type, id } };
    }
    case 'observe': {
      const keys = onlyKeys(message, ['type', 'id', 'host', 'ports', 'timeoutMs']);
      if (!keys.ok) return fail(id, 'invalid-request', keys.detail);
      const host = checkHost(message.host);
      if (!host.ok) return fail(id, 'invalid-request', host.detail);
      const ports = message.ports;
      if (!Array.isArray(ports) || ports.length === 0 || ports.length > MAX_PORTS || new Set(ports).size !== ports.length) {
        return fail(id, 'invalid-request', `ports must be 1 to ${MAX_PORTS} distinct ports`);
      }
      const notSmtp = ports.find((p) => !isSmtpPort(p));
      if (notSmtp !== undefined) return fail(id, 'port-not-smtp', `port ${String(notSmtp)} is not an SMTP port (${SMTP_PORTS.join(', ')})`);
      const timeout = checkTimeout(message.timeoutMs);
      if (!timeout.ok) return fail(id, 'invalid-request', timeout.detail);
      return { ok: true, request: { type: 'observe', id, host: host.value, ports: ports as number[], timeoutMs: timeout.value } };
    }
    case 'probe': {
      const keys = onlyKeys(message, ['type', 'id', 'host', 'port', 'security', 'timeoutMs', 'lang', 'auth']);
      if (!keys.ok) return fail(id, 'invalid-request', keys.detail);
      const host = checkHost(message.host);
      if (!host.ok) return fail(id, 'invalid-request', host.detail);
      if (!isSmtpPort(message.port)) return fail(id, 'port-not-smtp', `port must be one of ${SMTP_PORTS.join(', ')}`);
      const security = message.security ?? 'auto';
      if (!SECURITIES.includes(security as Security)) return fail(id, 'invalid-request', `security must be one of ${SECURITIES.join(', ')}`);
      const timeout = checkTimeout(message.timeoutMs);
      if (!timeout.ok) return fail(id, 'invalid-request', timeout.detail);
      const lang = message.lang ?? 'en';
      if (!LANGS.includes(lang as Lang)) return fail(id, 'invalid-request', `lang must be one of ${LANGS.join(', ')}`);
      const auth = checkAuth(message.auth);
      if (!auth.ok) return fail(id, 'invalid-request', auth.detail);
      // A password goes only where TLS is certain; "auto" could fall back to plain text.
      if (auth.value && security !== 'ssl' && security !== 'starttls') {
        return fail(id, 'auth-needs-tls', 'a password is sent only with security "ssl" or "starttls"');
      }
      return {
        ok: true,
        request: { type: 'probe', id, host: host.value, port: message.port, security: security as Security, timeoutMs: timeout.value, lang: lang as Lang, auth: auth.value },
      };
    }
    default:
      return fail(id, 'invalid-request', 'type must be hello, observe, probe or cancel');
  }
}
