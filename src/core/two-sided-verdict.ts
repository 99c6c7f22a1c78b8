// The two-sided verdict (issue 7): the same SMTP ports observed from our server and from the
// user's own machine (the local helper), compared. Only the comparison can tell a port blocked
// by the user's network from a server outage, or spot something that intercepts mail in between.
import type { Bucket } from './types.ts';
import type { Msg } from './knowledge/types.ts';

/** Submission ports in the order we recommend them; 25 is for server-to-server relay. */
export const SUBMISSION_PORTS = [587, 465, 2525] as const;
/** Every port a probe may touch: the submission ports and relay. */
export const SMTP_PORTS = [25, 465, 587, 2525] as const;

export type ConnectOutcome = 'ok' | 'timeout' | 'refused' | 'unreachable' | 'error';

/** What one side saw on one port. */
export interface PortObservation {
  port: number;
  connect: ConnectOutcome;
  /** The first line of the 220 greeting, or null when none came. */
  greeting: string | null;
  /** SHA-256 fingerprint of the server certificate (implicit TLS or STARTTLS), or null. */
  certFingerprint: string | null;
  /** Whether the certificate verified for the host name; null when there was no TLS. */
  tlsVerified: boolean | null;
}

export interface SideView {
  host: string;
  ports: PortObservation[];
}

export type TwoSidedKind =
  | 'network-blocks-port' // server side fine, local fails on some ports
  | 'interception' // local sees a different greeting or certificate
  | 'server-or-host-wrong' // neither side reaches the server
  | 'network-not-the-cause' // both sides fine
  | 'inconclusive'; // only the user's side reaches the server: ours may be the one blocked

export type CauseState = 'confirmed' | 'ruled-out' | 'inconclusive';

export interface TwoSidedVerdict {
  kind: TwoSidedKind;
  /** Ports the server side reached and the user's side did not. */
  blockedPorts: number[];
  /** Ports where the user's side saw a different greeting or certificate. */
  interceptedPorts: number[];
  /** The submission port that works from both sides, or null (then: another network). */
  recommendedPort: number | null;
  causes: Partial<Record<Bucket, CauseState>>;
  summary: Msg;
  steps: Msg[];
}

/**
 * The parts of a probe stage (the engine's StageResult, or a wire event that carries them)
 * that say what one side saw; structural so core depends on no probe code.
 */
export interface StageLike {
  stage: string;
  ok: boolean;
  reply: string[];
  failure?: string | null;
  certificate?: { fingerprint256: string; verified: boolean };
}

const CONNECT_FAILURES: Record<string, ConnectOutcome> = {
  refused: 'refused', filtered: 'timeout', timeout: 'timeout', unreachable: 'unreachable',
};

/** One port's observation from the stages of one probe run on that port. */
export function observationFromStages(port: number, stages: readonly StageLike[]): PortObservation {
  const tcp = stages.find((s) => s.stage === 'tcp');
  const greeting = stages.find((s) => s.stage === 'greeting');
  const cert = stages.find((s) => (s.stage === 'tls' || s.stage === 'starttls') && s.certificate)?.certificate;
  const connect: ConnectOutcome = !tcp ? 'unreachable' : tcp.ok ? 'ok' : CONNECT_FAILURES[tcp.failure ?? ''] ?? 'error';
  const first = greeting?.reply[0];
  return {
    port,
    connect,
    greeting: greeting?.ok && first?.startsWith('220') ? first : null,
    certFingerprint: cert?.fingerprint256 ?? null,
    tlsVerified: cert ? cert.verified : null,
  };
}

function reached(o: PortObservation | undefined): boolean {
  return o !== undefined && o.connect === 'ok' && o.greeting !== null;
}

/** RFC 5321: the greeting names the server first ("220 mail.example.com ESMTP …"); the rest may carry a clock. */
function announcedName(greeting: string): string {
  const words = greeting.replace(/^220[ -]?/, '').trim().split(/\s+/);
  return (words[0] ?? '').toLowerCase();
}

function intercepted(server: PortObservation, local: PortObservation): boolean {
  // A different certificate that still verifies for the host (another node behind a load
  // balancer, a renewal in between) is not interception; an interceptor's does not verify.
  if (server.certFingerprint && local.certFingerprint && server.certFingerprint !== local.certFingerprint) {
    return local.tlsVerified !== true;
  }
  // Our side saw TLS and the user's did not: a proxy that strips STARTTLS. (The reverse only
  // means our side did not report a certificate, which proves nothing.)
  if (server.certFingerprint !== null && local.certFingerprint === null) return true;
  return announcedName(server.greeting ?? '') !== announcedName(local.greeting ?? '');
}

function portList(ports: number[]): string {
  return ports.join(', ');
}

export function compareSides(server: SideView, local: SideView): TwoSidedVerdict {
  const localByPort = new Map(local.ports.map((o) => [o.port, o]));
  const shared = server.ports.filter((o) => localByPort.has(o.port));
  const bothReached = shared.filter((o) => reached(o) && reached(localByPort.get(o.port)));
  const host = server.host;

  const interceptedPorts = bothReached
    .filter((o) => intercepted(o, localByPort.get(o.port) as PortObservation))
    .map((o) => o.port);
  const blockedPorts = shared.filter((o) => reached(o) && !reached(localByPort.get(o.port))).map((o) => o.port);
  const cleanPorts = new Set(bothReached.map((o) => o.port).filter((p) => !interceptedPorts.includes(p)));
  const recommendedPort = SUBMISSION_PORTS.find((p) => cleanPorts.has(p)) ?? null;
  const base = { blockedPorts, interceptedPorts, recommendedPort };

  if (interceptedPorts.length > 0) {
    return {
      ...base,
      kind: 'interception',
      causes: { 'network-block': 'confirmed' },
      summary: { key: 'h_verdict_intercepted', subs: [portList(interceptedPorts)] },
      steps: [{ key: 'h_step_intercepted_antivirus' }, { key: 'h_step_try_other_network' }],
    };
  }
  if (blockedPorts.length > 0) {
    const steps: Msg[] = recommendedPort === null
      ? [{ key: 'h_step_try_other_network' }]
      : [{ key: 'h_step_use_port', subs: [String(recommendedPort)] }, { key: 'h_step_try_other_network' }];
    return {
      ...base,
      kind: 'network-blocks-port',
      causes: { 'network-block': 'confirmed' },
      summary: recommendedPort === null
        ? { key: 'h_verdict_blocked_all', subs: [portList(blockedPorts)] }
        : { key: 'h_verdict_blocked', subs: [portList(blockedPorts), String(recommendedPort)] },
      steps,
    };
  }
  const serverReachedAny = shared.some(reached);
  const localReachedAny = shared.some((o) => reached(localByPort.get(o.port)));
  if (!serverReachedAny && !localReachedAny) {
    return {
      ...base,
      kind: 'server-or-host-wrong',
      causes: { settings: 'confirmed', 'network-block': 'ruled-out' },
      summary: { key: 'h_verdict_server_or_host', subs: [host] },
      steps: [{ key: 'h_step_check_hostname' }, { key: 'h_step_try_webmail' }],
    };
  }
  if (!serverReachedAny) {
    return {
      ...base,
      kind: 'inconclusive',
      causes: { 'network-block': 'inconclusive' },
      summary: { key: 'h_verdict_inconclusive', subs: [host] },
      steps: [{ key: 'h_step_recheck_settings' }],
    };
  }
  return {
    ...base,
    kind: 'network-not-the-cause',
    causes: { 'network-block': 'ruled-out', settings: 'inconclusive', credentials: 'inconclusive' },
    summary: { key: 'h_verdict_network_fine' },
    steps: [{ key: 'h_step_recheck_settings' }, { key: 'h_step_verify_credentials' }],
  };
}

/** One line per port for the popup's side-by-side view, e.g. "587: no answer (dropped)". */
export function describeObservation(o: PortObservation): Msg {
  const port = String(o.port);
  if (o.connect !== 'ok') return { key: `h_ui_port_${o.connect}`, subs: [port] };
  if (o.greeting === null) return { key: 'h_ui_port_silent', subs: [port] };
  return { key: o.certFingerprint ? 'h_ui_port_tls' : 'h_ui_port_plain', subs: [port, o.greeting.replace(/^220[ -]?/, '')] };
}
