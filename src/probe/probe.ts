// The whole probe of one host: dns, then the SMTP stages (after parallel tries for "auto"),
// a follow-up try when port and encryption look swapped, the recipient domain, the verdict.
import type { EngineOptions } from './options.ts';
import type { ProbeRequest, Security, StageResult, Verdict } from './types.ts';
import { resolveTarget, type Target } from './target.ts';
import { Budget, smtpStages, type SessionTarget } from './smtp-stages.ts';
import { combinations, rankTries, runTries, tryCombination, type TryResult } from './tries.ts';
import { tryStage } from './try-stage.ts';
import { recipientDomainStages } from './recipient-domain.ts';
import { buildVerdict } from './verdict.ts';
import { failed } from './stage-result.ts';

/** The other security to try when the first one shows a port/encryption mix-up. */
const SWAP: Partial<Record<string, Security>> = { 'tls-on-plain-port': 'starttls', 'plain-on-tls-port': 'ssl' };

export async function* probeTarget(target: Target, options: EngineOptions): AsyncGenerator<StageResult, Verdict> {
  // One hard deadline for the whole probe (tries, session, recipient domain), on top of the
  // caller's own abort (a client that went away).
  const deadline = AbortSignal.timeout(options.probeTimeoutMs);
  const o: EngineOptions = { ...options, signal: options.signal ? AbortSignal.any([options.signal, deadline]) : deadline };
  const results: StageResult[] = [];
  const tries: TryResult[] = [];
  yield target.dns;
  results.push(target.dns);
  const address = target.addresses[0];
  let session: SessionTarget | null = null;

  if (address !== undefined) {
    if (target.security === 'auto') {
      const candidates = combinations(target.host, target.servername, address, target.port, o.policy.ports);
      for await (const t of runTries(candidates, o)) {
        tries.push(t);
        const s = tryStage(t);
        results.push(s);
        yield s;
      }
      // Candidate order, not finishing order: the verdict must not depend on timing.
      tries.sort((a, b) => candidates.indexOf(a.target) - candidates.indexOf(b.target));
      const best = rankTries(tries)[0];
      session = best?.works ? best.target : null;
    } else {
      session = { host: target.host, servername: target.servername, address, port: target.port ?? 587, security: target.security };
      // (resolveTarget always sets a port unless security is "auto"; 587 only satisfies the type.)
    }
  }

  if (session) {
    const budget = new Budget(o.stageTimeoutMs, o.probeTimeoutMs, o.signal);
    for await (const r of smtpStages(session, o, budget)) {
      results.push(r);
      yield r;
    }
    const swapped = SWAP[results.find((r) => !r.ok)?.failure ?? ''];
    if (swapped && !budget.aborted) {
      const t = await tryCombination({ ...session, security: swapped }, o);
      tries.push(t);
      const s = tryStage(t);
      results.push(s);
      yield s;
    }
  }

  if (target.domain && !o.signal?.aborted) {
    for await (const r of recipientDomainStages(target.domain, o)) {
      results.push(r);
      yield r;
    }
  }
  return buildVerdict(results, { target, session, tries, vantage: o.vantage });
}

/** resolveTarget + probeTarget; a refused request becomes one failed dns stage. */
export async function* runProbe(request: ProbeRequest, o: EngineOptions): AsyncGenerator<StageResult, Verdict> {
  const t0 = performance.now();
  const target = await resolveTarget(request, o);
  if (!target.ok) {
    const refused: StageResult = { ...failed('dns', t0, [], 'refused-target'), detail: target.error.message };
    yield refused;
    return buildVerdict([refused], { target: null, session: null, tries: [], vantage: o.vantage });
  }
  return yield* probeTarget(target.value, o);
}
