// One quick try of a host/port/security combination (up to the AUTH offer), and running many
// of them in parallel with a per-try budget: the building block of discovery and "auto".
import type { EngineOptions } from './options.ts';
import type { FailureCode, Security, StageResult } from './types.ts';
import { Budget, smtpStages, type SessionTarget } from './smtp-stages.ts';
import { elapsed } from './stage-result.ts';

export interface TryResult {
  target: SessionTarget;
  /** TLS (when asked) and EHLO worked. */
  works: boolean;
  verified: boolean;
  authOffered: boolean;
  failure: FailureCode | null;
  failedStage: StageResult | null;
  stages: StageResult[];
  ms: number;
}

const PORT_PREFERENCE: Record<number, number> = { 465: 4, 587: 3, 2525: 2, 25: 1 };

export async function tryCombination(target: SessionTarget, o: EngineOptions): Promise<TryResult> {
  const t0 = performance.now();
  const budget = new Budget(Math.min(o.stageTimeoutMs, o.tryTimeoutMs), o.tryTimeoutMs, o.signal);
  const stages: StageResult[] = [];
  const tryOptions: EngineOptions = { ...o, credentials: undefined };
  for await (const r of smtpStages(target, tryOptions, budget)) {
    stages.push(r);
    if (r.stage === 'auth-offered' || (!r.ok && r.failure !== 'cert-expired' && r.failure !== 'cert-untrusted' && r.failure !== 'cert-name-mismatch')) break;
  }
  const failedStage = stages.find((s) => !s.ok) ?? null;
  const secureStage = stages.find((s) => s.stage === 'tls' || s.stage === 'starttls');
  const ehloDone = stages.some((s) => (s.stage === 'ehlo' && target.security !== 'starttls') || s.stage === 'ehlo-after-tls');
  const authStage = stages.find((s) => s.stage === 'auth-offered');
  return {
    target,
    works: ehloDone,
    verified: secureStage?.certificate?.verified === true,
    authOffered: authStage !== undefined && authStage.failure !== 'auth-not-offered',
    failure: failedStage?.failure ?? null,
    failedStage,
    stages,
    ms: elapsed(t0),
  };
}

/**
 * Best first: working, verified TLS, AUTH offered, encrypted, preferred port, then the
 * candidate's place in `order` (SRV before MX before guesses) — never which try finished first.
 */
export function rankTries(tries: TryResult[], order: SessionTarget[] = tries.map((t) => t.target)): TryResult[] {
  const score = (t: TryResult): number =>
    (t.works ? 10_000 : 0) + (t.verified ? 1000 : 0) + (t.authOffered ? 100 : 0) +
    (t.target.security === 'none' ? 0 : 10) + (PORT_PREFERENCE[t.target.port] ?? 0);
  const place = (t: TryResult): number => order.indexOf(t.target);
  return [...tries].sort((a, b) => score(b) - score(a) || place(a) - place(b));
}

/** Runs tries with at most `limit` at once, yielding each as it finishes. */
export async function* runTries(targets: SessionTarget[], o: EngineOptions, limit = 16): AsyncGenerator<TryResult> {
  const pending = new Map<number, Promise<{ id: number; result: TryResult }>>();
  let next = 0;
  const start = (): void => {
    const id = next++;
    const target = targets[id];
    if (target) pending.set(id, tryCombination(target, o).then((result) => ({ id, result })));
  };
  while (next < targets.length && pending.size < limit) start();
  while (pending.size > 0) {
    const { id, result } = await Promise.race(pending.values());
    pending.delete(id);
    if (next < targets.length) start();
    yield result;
  }
}

export function combinations(host: string, servername: string | null, address: string, port: number | null, ports: readonly number[]): SessionTarget[] {
  const make = (p: number, security: Security): SessionTarget => ({ host, servername, address, port: p, security });
  if (port !== null) return [make(port, 'ssl'), make(port, 'starttls')];
  return ports.map((p) => make(p, p === 465 ? 'ssl' : 'starttls'));
}
