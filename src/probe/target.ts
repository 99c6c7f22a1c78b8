// Turns a request into a checked target: syntax, port allowlist, one DNS resolution, every
// address through the guard. A refusal here means no connection was opened.
import type { Msg } from '../core/knowledge/types.ts';
import type { EngineOptions } from './options.ts';
import type { ProbeRequest, Result, SecurityChoice, StageResult } from './types.ts';
import { checkAddress, checkPort, parseHost } from './guard.ts';
import { failed, passed } from './stage-result.ts';

export interface Target {
  host: string;
  servername: string | null;
  /** Checked addresses; empty when the name does not resolve (the dns stage says why). */
  addresses: string[];
  /** null with security "auto": the allowed ports are tried. */
  port: number | null;
  security: SecurityChoice;
  domain: string | null;
  dns: StageResult;
}

export interface Refusal {
  code: 'bad-host' | 'bad-port' | 'bad-security' | 'bad-domain' | 'forbidden-address';
  message: Msg;
}

const SECURITIES: readonly string[] = ['ssl', 'starttls', 'none', 'auto'];

function refuse(code: Refusal['code'], key: string, subs: string[] = []): { ok: false; error: Refusal } {
  return { ok: false, error: { code, message: { key, subs } } };
}

/** With a port but no security, the port's usual one (465 implicit TLS, else STARTTLS). */
function inferSecurity(port: number | undefined, security: SecurityChoice | undefined): SecurityChoice {
  if (security) return security;
  if (port === undefined) return 'auto';
  return port === 465 ? 'ssl' : 'starttls';
}

/** The usual port for a security when none is given (RFC 8314: 465 implicit TLS, 587 submission). */
function defaultPort(security: Exclude<SecurityChoice, 'auto'>): number {
  return security === 'ssl' ? 465 : security === 'starttls' ? 587 : 25;
}

/** Checks a domain name's syntax only (recipient domain, discovery). */
export function checkDomain(domain: string): Result<string, Refusal> {
  const parsed = parseHost(domain);
  if (!parsed.ok || parsed.host.kind !== 'name' || !parsed.host.name.includes('.')) return refuse('bad-domain', 'p_refused_domain');
  return { ok: true, value: parsed.host.name };
}

/**
 * The lookup's result, or a rejection with code ABORT_ERR as soon as the signal fires: a probe
 * whose client has gone stops waiting on DNS (the lookup itself ends on the resolver's timeout).
 */
export function untilAborted<T>(lookup: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return lookup;
  const aborted = (): Error => Object.assign(new Error('aborted'), { code: 'ABORT_ERR' });
  if (signal.aborted) {
    lookup.catch(() => undefined);
    return Promise.reject(aborted());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    lookup.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Resolves a host once and checks every address; used for every connection the probe makes. */
export async function resolveChecked(host: string, o: EngineOptions): Promise<Result<{ servername: string | null; addresses: string[]; dns: StageResult }, Refusal>> {
  const parsed = parseHost(host);
  if (!parsed.ok) {
    const why = parsed.error.code === 'bad-host' ? parsed.error.why : 'syntax';
    return refuse('bad-host', `p_refused_host_${why.replaceAll('-', '_')}`);
  }
  const t0 = performance.now();
  let addresses: string[];
  if (parsed.host.kind === 'ip') {
    addresses = [parsed.host.address];
  } else {
    try {
      addresses = await untilAborted(o.resolver.addresses(parsed.host.name), o.signal);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      return { ok: true, value: { servername: parsed.host.name, addresses: [], dns: failed('dns', t0, [], 'dns-error', [parsed.host.name, code]) } };
    }
    if (addresses.length === 0) {
      return { ok: true, value: { servername: parsed.host.name, addresses: [], dns: failed('dns', t0, [], 'nxdomain', [parsed.host.name]) } };
    }
  }
  for (const address of addresses) {
    // Names only: what a name resolves to stays unsaid, so refusals cannot map internal DNS.
    if (checkAddress(address, o.policy)) return refuse('forbidden-address', 'p_refused_address', [host.trim()]);
  }
  const servername = parsed.host.kind === 'name' ? parsed.host.name : null;
  return { ok: true, value: { servername, addresses, dns: passed('dns', t0, addresses, [servername ?? addresses[0] ?? '', addresses.join(', ')]) } };
}

export async function resolveTarget(request: ProbeRequest, o: EngineOptions): Promise<Result<Target, Refusal>> {
  if (typeof request.host !== 'string') return refuse('bad-host', 'p_refused_host_empty');
  if (request.security !== undefined && !SECURITIES.includes(request.security)) return refuse('bad-security', 'p_refused_security');
  if (request.port !== undefined && checkPort(request.port, o.policy)) {
    return refuse('bad-port', 'p_refused_port', [String(request.port), o.policy.ports.join(', ')]);
  }
  let domain: string | null = null;
  if (request.domain !== undefined) {
    const d = checkDomain(request.domain);
    if (!d.ok) return d;
    domain = d.value;
  }
  const security = inferSecurity(request.port, request.security);
  const port = request.port ?? (security === 'auto' ? null : defaultPort(security));
  if (port !== null && checkPort(port, o.policy)) return refuse('bad-port', 'p_refused_port', [String(port), o.policy.ports.join(', ')]);
  const resolved = await resolveChecked(request.host, o);
  if (!resolved.ok) return resolved;
  return {
    ok: true,
    value: { host: request.host.trim().toLowerCase(), ...resolved.value, port, security, domain },
  };
}
