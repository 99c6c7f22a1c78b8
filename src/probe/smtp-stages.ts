// The staged SMTP client: one yielded StageResult per step, from TCP to QUIT. It reads what
// the server says and never sends DATA: no mail can leave. Credentials are sent only when the
// CLI/helper supplied them and TLS verified.
import type { Socket } from 'node:net';
import type { EngineOptions } from './options.ts';
import type { CertificateReport, FailureCode, Security, StageName, StageResult } from './types.ts';
import { connectTcp } from './connect.ts';
import { certificateFailure, startTls, trustStore } from './certificate.ts';
import { SmtpConnection, type ReplyOutcome } from './smtp-connection.ts';
import { authMechanisms, describeExtensions, parseExtensions, sizeLimit } from './ehlo.ts';
import { failed, noted, passed } from './stage-result.ts';

export interface SessionTarget {
  /** The name the user gave (or the IP literal). */
  host: string;
  /** Name for SNI and certificate checks; null for an IP literal. */
  servername: string | null;
  /** The checked IP literal to connect to. */
  address: string;
  port: number;
  security: Security;
}

/** Stops each wait at the earlier of the stage timeout and the probe's deadline. */
export class Budget {
  private readonly deadline: number;
  constructor(private readonly stageMs: number, probeMs: number, private readonly signal?: AbortSignal) {
    this.deadline = Date.now() + probeMs;
  }
  next(): number {
    return Math.max(0, Math.min(this.stageMs, this.deadline - Date.now()));
  }
  get aborted(): boolean {
    return this.signal?.aborted === true || Date.now() >= this.deadline;
  }
}

/** A failed read; when the probe was stopped (deadline, caller gone) that is the reason, not the server. */
function replyFailure(stage: StageResult['stage'], since: number, r: Extract<ReplyOutcome, { ok: false }>, budget: Budget): StageResult {
  if (budget.aborted) return failed(stage, since, r.lines, 'timeout');
  return failed(stage, since, r.lines, r.failure, r.error ? [r.error] : []);
}

/** A finished TLS handshake as its stage: passed, or failed for what the certificate lacks; the certificate either way. */
function tlsEstablished(stage: 'tls' | 'starttls', since: number, reply: string[], protocol: string, report: CertificateReport): StageResult {
  const subs = [protocol, report.subject || report.altNames.join(' '), report.issuer, report.validTo.slice(0, 10)];
  const bad = certificateFailure(report);
  return bad ? failed(stage, since, reply, bad, subs, { certificate: report }) : passed(stage, since, reply, subs, { certificate: report });
}

/**
 * Sends `command` and reads the reply. Anything but `want` ends the session: the stage fails,
 * then QUIT if the server answered at all. Returns the reply, or null once the stage has failed.
 */
async function* expectReply(
  conn: SmtpConnection, budget: Budget, stage: StageName, since: number, command: string, want: number, rejected: FailureCode,
): AsyncGenerator<StageResult, Extract<ReplyOutcome, { ok: true }> | null> {
  conn.send(command);
  const reply = await conn.read(budget.next());
  if (!reply.ok) {
    yield replyFailure(stage, since, reply, budget);
    return null;
  }
  if (reply.code !== want) {
    yield failed(stage, since, reply.lines, rejected, [String(reply.code)]);
    yield* quit(conn, budget);
    return null;
  }
  return reply;
}

/** EHLO and the extensions it lists; null once the stage has failed. */
async function* ehloStage(
  conn: SmtpConnection, o: EngineOptions, budget: Budget, stage: 'ehlo' | 'ehlo-after-tls',
): AsyncGenerator<StageResult, Record<string, string> | null> {
  const t0 = performance.now();
  const reply = yield* expectReply(conn, budget, stage, t0, `EHLO ${o.ehloName}`, 250, 'ehlo-rejected');
  if (!reply) return null;
  const ext = parseExtensions(reply.lines);
  yield passed(stage, t0, reply.lines, [describeExtensions(ext)], { extensions: ext });
  return ext;
}

/** Whether a port that stays silent to plain text would complete a TLS handshake. */
async function speaksTls(target: SessionTarget, timeoutMs: number): Promise<boolean> {
  const tcp = await connectTcp(target.address, target.port, timeoutMs);
  if (!tcp.ok) return false;
  const tlsr = await startTls(tcp.socket, target.servername, undefined, timeoutMs);
  if (tlsr.ok) tlsr.socket.destroy();
  else tcp.socket.destroy();
  return tlsr.ok;
}

export async function* smtpStages(target: SessionTarget, o: EngineOptions, budget: Budget): AsyncGenerator<StageResult, void> {
  const ca = trustStore(o.trustedCa);
  let t0 = performance.now();
  const tcp = await connectTcp(target.address, target.port, budget.next(), o.signal);
  if (!tcp.ok) {
    yield failed('tcp', t0, [], tcp.failure, [target.address, String(target.port), tcp.error]);
    return;
  }
  yield passed('tcp', t0, [], [target.address, String(target.port)]);

  let socket: Socket = tcp.socket;
  let verified = false;
  const abort = (): void => {
    socket.destroy();
  };
  o.signal?.addEventListener('abort', abort, { once: true });
  let conn: SmtpConnection | null = null;
  try {
    if (target.security === 'ssl') {
      t0 = performance.now();
      const tlsr = await startTls(socket, target.servername, ca, budget.next());
      if (!tlsr.ok) {
        yield failed('tls', t0, [], tlsr.failure, [tlsr.error]);
        return;
      }
      socket = tlsr.socket;
      verified = tlsr.report.verified;
      yield tlsEstablished('tls', t0, [], tlsr.protocol, tlsr.report);
    }
    conn = new SmtpConnection(socket, o.maxReplyBytes);
    yield* session(conn, target, o, budget, ca, verified, (s) => {
      socket = s;
    });
  } finally {
    o.signal?.removeEventListener('abort', abort);
    if (conn && !conn.isClosed) conn.send('QUIT');
    socket.end();
    setTimeout(() => socket.destroy(), 1000).unref();
  }
}

async function* session(
  conn: SmtpConnection, target: SessionTarget, o: EngineOptions, budget: Budget, ca: string[] | undefined,
  verifiedAtStart: boolean, swapSocket: (s: Socket) => void,
): AsyncGenerator<StageResult, void> {
  let verified = verifiedAtStart;
  let t0 = performance.now();
  const greeting = await conn.read(budget.next());
  if (!greeting.ok) {
    if (greeting.failure === 'timeout' && greeting.lines.length === 0 && target.security !== 'ssl' && !budget.aborted) {
      // Silence can be a tarpit, or a TLS port waiting for our ClientHello: ask it in TLS.
      const tlsPort = await speaksTls(target, Math.min(budget.next(), o.tryTimeoutMs));
      yield failed('greeting', t0, [], tlsPort ? 'plain-on-tls-port' : 'no-greeting', [String(target.port)]);
      return;
    }
    yield greeting.failure === 'timeout' && greeting.lines.length === 0 && !budget.aborted
      ? failed('greeting', t0, [], 'no-greeting', [String(target.port)])
      : replyFailure('greeting', t0, greeting, budget);
    return;
  }
  if (greeting.code !== 220) {
    yield failed('greeting', t0, greeting.lines, 'greeting-rejected', [String(greeting.code)]);
    yield* quit(conn, budget);
    return;
  }
  yield passed('greeting', t0, greeting.lines);

  let ext = yield* ehloStage(conn, o, budget, 'ehlo');
  if (!ext) return;

  if (target.security === 'starttls') {
    t0 = performance.now();
    if (!('STARTTLS' in ext)) {
      yield failed('starttls', t0, [], 'starttls-not-offered', [String(target.port)]);
      yield* relay(conn, o, budget, ext, false);
      yield* quit(conn, budget);
      return;
    }
    const go = yield* expectReply(conn, budget, 'starttls', t0, 'STARTTLS', 220, 'starttls-rejected');
    if (!go) return;
    // Anything already buffered was sent before TLS (STARTTLS injection): dropped, never trusted.
    const { socket: plain } = conn.detach();
    const tlsr = await startTls(plain, target.servername, ca, budget.next());
    if (!tlsr.ok) {
      yield failed('starttls', t0, go.lines, tlsr.failure, [tlsr.error]);
      return;
    }
    swapSocket(tlsr.socket);
    conn.attach(tlsr.socket);
    verified = tlsr.report.verified;
    yield tlsEstablished('starttls', t0, go.lines, tlsr.protocol, tlsr.report);

    ext = yield* ehloStage(conn, o, budget, 'ehlo-after-tls');
    if (!ext) return;
  }

  const encrypted = target.security !== 'none';
  const authenticated = yield* authStages(conn, o, budget, ext, encrypted, verified);
  if (conn.isClosed) return;
  yield* relay(conn, o, budget, ext, authenticated);
  yield* quit(conn, budget);
}

/** auth-offered (always) and auth (only with credentials over verified TLS). Returns whether logged in. */
async function* authStages(
  conn: SmtpConnection, o: EngineOptions, budget: Budget, ext: Record<string, string>, encrypted: boolean, verified: boolean,
): AsyncGenerator<StageResult, boolean> {
  let t0 = performance.now();
  const mechs = authMechanisms(ext);
  if (!encrypted) {
    // Start AUTH without credentials and cancel with "*" (RFC 4954 §4): reveals a 538 safely,
    // even from servers that do not list AUTH before TLS.
    const mech = mechs.includes('PLAIN') || mechs.length === 0 ? 'PLAIN' : (mechs[0] ?? 'PLAIN');
    conn.send(`AUTH ${mech}`);
    const r = await conn.read(budget.next());
    if (!r.ok) {
      yield replyFailure('auth-offered', t0, r, budget);
      return false;
    }
    if (r.code === 334) {
      conn.send('*');
      const cancel = await conn.read(budget.next());
      const plain = noted('auth-offered', t0, [...r.lines, ...(cancel.ok ? cancel.lines : [])], 'auth-skipped', [mechs.join(' ') || mech]);
      yield { ...plain, detail: { key: 'p_n_auth_unencrypted', subs: [mechs.join(' ') || mech] } };
      return false;
    }
    // 538 is the standard answer; Postfix says "530 5.7.0 Must issue a STARTTLS command first".
    if (r.code === 538 || (r.code === 530 && /STARTTLS|TLS/i.test(r.lines.join(' ')))) {
      yield failed('auth-offered', t0, r.lines, 'auth-needs-encryption', [mechs.join(' ')]);
    } else if (mechs.length === 0) {
      yield { ...failed('auth-offered', t0, r.lines, 'auth-not-offered'), detail: { key: 'p_f_auth_not_offered_plain' } };
    } else {
      yield noted('auth-offered', t0, r.lines, 'auth-skipped', [mechs.join(' ')]);
    }
    return false;
  }
  if (mechs.length === 0) {
    yield failed('auth-offered', t0, [], 'auth-not-offered');
    return false;
  }
  yield verified
    ? passed('auth-offered', t0, [], [mechs.join(' ')])
    : noted('auth-offered', t0, [], 'auth-skipped', [mechs.join(' ')]);
  if (!o.credentials) return false;

  t0 = performance.now();
  if (!verified) {
    yield { ...failed('auth', t0, [], 'auth-skipped'), detail: { key: 'p_f_auth_unverified' } };
    return false;
  }
  const token = Buffer.from(`\0${o.credentials.user}\0${o.credentials.password}`, 'utf8').toString('base64');
  if (mechs.includes('PLAIN')) {
    conn.send(`AUTH PLAIN ${token}`);
  } else if (mechs.includes('LOGIN')) {
    conn.send('AUTH LOGIN');
    const step1 = await conn.read(budget.next());
    if (step1.ok && step1.code === 334) {
      conn.send(Buffer.from(o.credentials.user, 'utf8').toString('base64'));
      const step2 = await conn.read(budget.next());
      if (step2.ok && step2.code === 334) conn.send(Buffer.from(o.credentials.password, 'utf8').toString('base64'));
    }
  } else {
    yield failed('auth', t0, [], 'auth-not-offered', [mechs.join(' ')]);
    return false;
  }
  const r = await conn.read(budget.next());
  if (!r.ok) {
    yield replyFailure('auth', t0, r, budget);
    return false;
  }
  if (r.code === 235) {
    yield passed('auth', t0, r.lines, [o.credentials.user]);
    return true;
  }
  yield failed('auth', t0, r.lines, r.code === 538 ? 'auth-needs-encryption' : 'auth-failed', [String(r.code)]);
  return false;
}

/** MAIL FROM and RCPT TO an outside address, then RSET: never DATA. */
async function* relay(conn: SmtpConnection, o: EngineOptions, budget: Budget, ext: Record<string, string>, authenticated: boolean): AsyncGenerator<StageResult, void> {
  const t0 = performance.now();
  const limit = sizeLimit(ext);
  const size = o.messageBytes !== undefined && 'SIZE' in ext ? ` SIZE=${o.messageBytes}` : '';
  conn.send(`MAIL FROM:<${o.relayFrom}>${size}`);
  const mail = await conn.read(budget.next());
  if (!mail.ok) {
    yield replyFailure('relay', t0, mail, budget);
    return;
  }
  const limitText = limit === null ? '-' : String(limit);
  if (mail.code !== 250) {
    const text = mail.lines.join(' ');
    if (mail.code === 530 && /STARTTLS/i.test(text)) {
      yield failed('relay', t0, mail.lines, 'auth-needs-encryption', [String(mail.code)]);
    } else if (mail.code === 530 || (/5\.7\.0|auth/i.test(text) && mail.code >= 500)) {
      yield noted('relay', t0, mail.lines, 'auth-required', [String(mail.code)]);
    } else if (mail.code === 552 || /5\.3\.4/.test(text)) {
      yield failed('relay', t0, mail.lines, 'size-exceeded', [String(o.messageBytes ?? ''), limitText]);
    } else {
      yield failed('relay', t0, mail.lines, 'sender-rejected', [String(mail.code)]);
    }
    return;
  }
  conn.send(`RCPT TO:<${o.relayTo}>`);
  const rcpt = await conn.read(budget.next());
  const lines = [...mail.lines, ...(rcpt.ok ? rcpt.lines : rcpt.lines)];
  if (!rcpt.ok) {
    yield replyFailure('relay', t0, { ...rcpt, lines }, budget);
    return;
  }
  conn.send('RSET');
  await conn.read(budget.next());
  if (rcpt.code === 250 || rcpt.code === 251) {
    yield authenticated ? passed('relay', t0, lines, [limitText]) : failed('relay', t0, lines, 'open-relay', []);
    return;
  }
  const text = rcpt.lines.join(' ');
  if (rcpt.code === 530 || (/5\.7\.0/.test(text) && !authenticated)) {
    yield noted('relay', t0, lines, 'auth-required', [String(rcpt.code)]);
    return;
  }
  // Refusing unauthenticated relay is right; refusing it after login is the account's problem.
  yield authenticated
    ? failed('relay', t0, lines, 'relay-denied', [String(rcpt.code)])
    : noted('relay', t0, lines, 'relay-denied', [String(rcpt.code)]);
}

async function* quit(conn: SmtpConnection, budget: Budget): AsyncGenerator<StageResult, void> {
  const t0 = performance.now();
  conn.send('QUIT');
  const r = await conn.read(Math.min(budget.next(), 5000));
  conn.end();
  yield r.ok ? passed('quit', t0, r.lines) : replyFailure('quit', t0, r, budget);
}
