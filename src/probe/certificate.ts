// TLS without trusting blindly: the handshake never rejects (so the certificate can be shown
// even when bad), then chain, dates and name are checked here. Credentials go only over
// a connection whose report says verified.
import tls from 'node:tls';
import type { Socket } from 'node:net';
import type { CertificateReport, FailureCode } from './types.ts';

export type TlsOutcome =
  | { ok: true; socket: tls.TLSSocket; report: CertificateReport; protocol: string }
  | { ok: false; failure: FailureCode; error: string };

/** OpenSSL's words when the other side answers a ClientHello with plain text. */
const PLAIN_REPLY = /wrong version number|packet length too long|unknown protocol|record layer failure|http request/i;

export function trustStore(extra: readonly string[] | undefined): string[] | undefined {
  return extra && extra.length > 0 ? [...tls.rootCertificates, ...extra] : undefined;
}

export function startTls(socket: Socket, servername: string | null, ca: string[] | undefined, timeoutMs: number): Promise<TlsOutcome> {
  return new Promise((resolve) => {
    const secure = tls.connect({
      socket,
      ...(servername ? { servername } : {}),
      rejectUnauthorized: false,
      ...(ca ? { ca } : {}),
    });
    // A late error (a reset after we are done) must never become an uncaught exception.
    secure.on('error', () => undefined);
    const timer = setTimeout(() => finish({ ok: false, failure: 'timeout', error: 'TLS handshake timed out' }), timeoutMs);
    function finish(outcome: TlsOutcome): void {
      clearTimeout(timer);
      secure.off('secureConnect', onSecure);
      secure.off('error', onError);
      if (!outcome.ok) secure.destroy();
      resolve(outcome);
    }
    function onSecure(): void {
      finish({ ok: true, socket: secure, report: describeCertificate(secure, servername), protocol: secure.getProtocol() ?? 'TLS' });
    }
    function onError(err: Error): void {
      finish({ ok: false, failure: PLAIN_REPLY.test(err.message) ? 'tls-on-plain-port' : 'tls-handshake', error: err.message });
    }
    secure.once('secureConnect', onSecure);
    secure.once('error', onError);
  });
}

export function describeCertificate(socket: tls.TLSSocket, servername: string | null, now = new Date()): CertificateReport {
  const cert = socket.getPeerCertificate(false);
  const validFrom = cert.valid_from ? new Date(cert.valid_from) : null;
  const validTo = cert.valid_to ? new Date(cert.valid_to) : null;
  const inValidity = !!validFrom && !!validTo && validFrom <= now && now <= validTo;
  const name = servername ?? socket.remoteAddress ?? '';
  const nameMatches = cert.raw !== undefined && tls.checkServerIdentity(name, cert) === undefined;
  const trustError = socket.authorizationError ? String(socket.authorizationError) : null;
  // Node reports a name mismatch through the same flag, but only after the chain verified.
  const trusted = socket.authorized || trustError === 'ERR_TLS_CERT_ALTNAME_INVALID';
  return {
    subject: cert.subject?.CN ? String(cert.subject.CN) : '',
    altNames: (cert.subjectaltname ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    issuer: cert.issuer?.CN ? String(cert.issuer.CN) : '',
    validFrom: validFrom?.toISOString() ?? '',
    validTo: validTo?.toISOString() ?? '',
    fingerprint256: cert.fingerprint256 ?? '',
    trusted,
    trustError,
    nameMatches,
    inValidity,
    verified: trusted && nameMatches && inValidity,
  };
}

/** The most telling problem first: dates, then trust, then name. */
export function certificateFailure(r: CertificateReport): FailureCode | null {
  if (!r.inValidity) return 'cert-expired';
  if (!r.trusted) return 'cert-untrusted';
  if (!r.nameMatches) return 'cert-name-mismatch';
  return null;
}
