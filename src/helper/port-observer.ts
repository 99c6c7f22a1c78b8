// Looks at one SMTP port the way the two-sided verdict needs: can we connect, what does the
// greeting say, which certificate answers (implicit TLS on 465, STARTTLS elsewhere). It never
// authenticates and never sends mail: EHLO, STARTTLS, QUIT only.
import { connect as tcpConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import type { ConnectOutcome, PortObservation } from '../core/two-sided-verdict.ts';

export interface ObserveOptions {
  /** The address to connect to, already resolved and checked; the host name only names the certificate. */
  address: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

const EHLO_NAME = 'bounce-lens.localhost';
/** A reply longer than this is not SMTP (or is hostile): stop reading. */
const MAX_REPLY_CHARS = 16 * 1024;

function outcomeOf(error: NodeJS.ErrnoException): ConnectOutcome {
  switch (error.code) {
    case 'ECONNREFUSED': return 'refused';
    case 'ETIMEDOUT': return 'timeout';
    case 'EHOSTUNREACH': case 'ENETUNREACH': case 'ENOTFOUND': case 'EAI_AGAIN': return 'unreachable';
    default: return 'error';
  }
}

/** Reads SMTP replies (multi-line "250-…" until "250 …") from a socket. */
class ReplyReader {
  private text = '';
  private waiting: ((lines: string[] | null) => void) | null = null;

  constructor(socket: Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.text += chunk;
      if (this.text.length > MAX_REPLY_CHARS) {
        this.text = '';
        socket.destroy();
        return;
      }
      this.deliver();
    });
    socket.on('close', () => this.finish(null));
    socket.on('error', () => this.finish(null));
  }

  next(): Promise<string[] | null> {
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.deliver();
    });
  }

  private deliver(): void {
    if (!this.waiting) return;
    const lines = this.text.split('\r\n');
    const last = lines.findIndex((l) => /^\d{3}(?: |$)/.test(l));
    if (last === -1 || last === lines.length - 1) return; // no complete final line yet
    this.text = lines.slice(last + 1).join('\r\n');
    this.finish(lines.slice(0, last + 1));
  }

  private finish(lines: string[] | null): void {
    const resolve = this.waiting;
    this.waiting = null;
    resolve?.(lines);
  }
}

function openTcp(host: string, port: number, timeoutMs: number, signal?: AbortSignal): Promise<{ ok: true; socket: Socket } | { ok: false; outcome: ConnectOutcome }> {
  return new Promise((resolve) => {
    const socket = tcpConnect({ host, port });
    const settle = (result: { ok: true; socket: Socket } | { ok: false; outcome: ConnectOutcome }): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (!result.ok) socket.destroy();
      resolve(result);
    };
    const onAbort = (): void => settle({ ok: false, outcome: 'error' });
    const timer = setTimeout(() => settle({ ok: false, outcome: 'timeout' }), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => settle({ ok: true, socket }));
    socket.once('error', (error: NodeJS.ErrnoException) => settle({ ok: false, outcome: outcomeOf(error) }));
  });
}

function startTls(socket: Socket, host: string, timeoutMs: number): Promise<TLSSocket | null> {
  return new Promise((resolve) => {
    // rejectUnauthorized is off so an untrusted certificate can still be fingerprinted;
    // `authorized` says whether it verified, and nothing secret is ever sent here.
    const tls = tlsConnect({
      socket,
      host, // the name (or IP) the certificate must match
      servername: /^[\d.:]+$/.test(host) ? undefined : host,
      rejectUnauthorized: false,
    });
    const timer = setTimeout(() => {
      tls.destroy();
      resolve(null);
    }, timeoutMs);
    tls.once('secureConnect', () => {
      clearTimeout(timer);
      resolve(tls);
    });
    tls.once('error', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<T>((resolve) => { timer = setTimeout(() => resolve(fallback), ms); }),
  ]).finally(() => clearTimeout(timer));
}

function tlsFacts(tls: TLSSocket): Pick<PortObservation, 'certFingerprint' | 'tlsVerified'> {
  const cert = tls.getPeerCertificate();
  return { certFingerprint: cert?.fingerprint256 || null, tlsVerified: tls.authorized };
}

export async function observePort(host: string, port: number, options: ObserveOptions): Promise<PortObservation> {
  const { timeoutMs } = options;
  const blank: PortObservation = { port, connect: 'ok', greeting: null, certFingerprint: null, tlsVerified: null };
  if (options.signal?.aborted) return { ...blank, connect: 'error' };

  const implicitTls = port === 465;
  const opened = await openTcp(options.address, port, timeoutMs, options.signal);
  if (!opened.ok) return { ...blank, connect: opened.outcome };
  let socket: Socket = opened.socket;
  // Destroying the TCP socket also ends any TLS layered on it, at whatever step we are.
  const raw = opened.socket;
  const onAbort = (): void => { raw.destroy(); };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (implicitTls) {
    const tls = await startTls(socket, host, timeoutMs);
    if (!tls) {
      options.signal?.removeEventListener('abort', onAbort);
      raw.destroy();
      return blank; // TCP got through, TLS did not
    }
    socket = tls;
  }

  try {
    const facts = implicitTls ? tlsFacts(socket as TLSSocket) : { certFingerprint: null, tlsVerified: null };
    const reader = new ReplyReader(socket);
    const greeting = await withTimeout(reader.next(), timeoutMs, null);
    if (!greeting || !greeting[0]?.startsWith('220')) {
      return { ...blank, ...facts, greeting: null };
    }
    const observed: PortObservation = { ...blank, ...facts, greeting: greeting[0] };
    if (implicitTls) return observed;

    socket.write(`EHLO ${EHLO_NAME}\r\n`);
    const ehlo = await withTimeout(reader.next(), timeoutMs, null);
    if (!ehlo || !ehlo.some((l) => /^250[ -]STARTTLS\b/i.test(l))) return observed;
    socket.write('STARTTLS\r\n');
    const ready = await withTimeout(reader.next(), timeoutMs, null);
    if (!ready?.[0]?.startsWith('220')) return observed;
    socket.removeAllListeners('data');
    const tls = await startTls(socket, host, timeoutMs);
    if (!tls) return observed;
    const upgraded = { ...observed, ...tlsFacts(tls) };
    tls.end('QUIT\r\n');
    return upgraded;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    if (!socket.destroyed) socket.end();
    setTimeout(() => raw.destroy(), 200).unref();
  }
}
