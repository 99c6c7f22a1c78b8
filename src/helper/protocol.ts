// What the extension and the local helper say to each other over native messaging.
// Every request carries an id the browser chose; every reply repeats it.
import type { ProbeStageEvent, ProbeVerdict } from '../extension/messages.ts';
import type { PortObservation } from '../core/two-sided-verdict.ts';

export const HELPER_PROTOCOL_VERSION = 1;

export type Security = 'ssl' | 'starttls' | 'none' | 'auto';
/** The catalogue language stage details are rendered in. */
export type Lang = 'en' | 'de';

export interface Credentials {
  user: string;
  /** Handed over by the popup only; used only over verified TLS, never stored or echoed. */
  password: string;
}

export type HelperRequest =
  /** Is the helper there, and which version? */
  | { type: 'hello'; id: string }
  /** Connect, greeting and certificate per port: the local side of the two-sided verdict. */
  | { type: 'observe'; id: string; host: string; ports: number[]; timeoutMs: number }
  /** The probe's stage engine, run from this machine. */
  | { type: 'probe'; id: string; host: string; port: number; security: Security; timeoutMs: number; lang: Lang; auth: Credentials | null }
  /** Stop a running request. */
  | { type: 'cancel'; id: string };

export const HELPER_ERROR_CODES = [
  'oversize', // a request over the size limit (the helper then exits)
  'malformed-json',
  'not-utf8',
  'invalid-request', // fails the schema; `detail` names the field
  'port-not-smtp',
  'auth-needs-tls', // a password with security "none" or "auto"
  'busy', // too many requests at once
  'duplicate-id',
  'forbidden-address', // the host is or resolves to an address the helper never connects to
  'probe-failed', // the engine threw: a bug, reported, not crashed on
] as const;
/** The popup shows catalogue message h_err_<code with "_" for "-">. */
export type HelperErrorCode = (typeof HELPER_ERROR_CODES)[number];

export type HelperReply =
  | { id: string; kind: 'hello'; version: string; protocol: number }
  | { id: string; kind: 'observation'; observation: PortObservation }
  | { id: string; kind: 'stage'; event: ProbeStageEvent }
  | { id: string; kind: 'verdict'; verdict: ProbeVerdict }
  | { id: string; kind: 'done' }
  | { id: string | null; kind: 'error'; error: HelperErrorCode; detail?: string };
