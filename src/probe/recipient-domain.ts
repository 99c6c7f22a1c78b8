// Does the recipient's domain accept mail at all? MX, null MX (RFC 7505), the A fallback
// (RFC 5321 §5.1), and whether the first MX greets (greeting only, then QUIT).
import type { EngineOptions } from './options.ts';
import type { StageResult } from './types.ts';
import type { MxRecord } from './dns.ts';
import { resolveChecked, untilAborted } from './target.ts';
import { Budget, smtpStages } from './smtp-stages.ts';
import { checkPort } from './guard.ts';
import { failed, passed } from './stage-result.ts';

function isNullMx(records: MxRecord[]): boolean {
  return records.length === 1 && (records[0]?.exchange === '' || records[0]?.exchange === '.');
}

export async function* recipientDomainStages(domain: string, o: EngineOptions): AsyncGenerator<StageResult, void> {
  let t0 = performance.now();
  let records: MxRecord[];
  try {
    records = await untilAborted(o.resolver.mx(domain), o.signal);
  } catch (err) {
    yield failed('recipient-mx', t0, [], 'dns-error', [domain, (err as NodeJS.ErrnoException).code ?? 'error']);
    return;
  }
  if (isNullMx(records)) {
    yield failed('recipient-mx', t0, ['0 .'], 'null-mx', [domain]);
    return;
  }
  let exchange: string;
  const sorted = [...records].sort((a, b) => a.priority - b.priority);
  if (sorted[0]) {
    exchange = sorted[0].exchange;
    yield passed('recipient-mx', t0, sorted.map((r) => `${r.priority} ${r.exchange}`), [domain, exchange]);
  } else {
    const fallback = await untilAborted(o.resolver.addresses(domain), o.signal).catch(() => []);
    if (fallback.length === 0) {
      yield failed('recipient-mx', t0, [], 'no-mail-server', [domain]);
      return;
    }
    exchange = domain;
    yield { ...passed('recipient-mx', t0, fallback, [domain, domain]), detail: { key: 'p_s_recipient_mx_fallback', subs: [domain] } };
  }

  t0 = performance.now();
  if (checkPort(o.mxPort, o.policy)) {
    yield failed('recipient-mx-greeting', t0, [], 'mx-unreachable', [exchange, String(o.mxPort)]);
    return;
  }
  const resolved = await resolveChecked(exchange, o);
  if (!resolved.ok || resolved.value.addresses[0] === undefined) {
    const because = resolved.ok ? resolved.value.dns.detail : resolved.error.message;
    yield { ...failed('recipient-mx-greeting', t0, [], 'mx-unreachable', [exchange, String(o.mxPort)]), because };
    return;
  }
  // The MX is a connection the caller never saw: it counts against the same per-target limit.
  if (o.admit && !(await o.admit(resolved.value.addresses[0]))) {
    yield failed('recipient-mx-greeting', t0, [], 'rate-limited', [exchange]);
    return;
  }
  const target = { host: exchange, servername: resolved.value.servername, address: resolved.value.addresses[0], port: o.mxPort, security: 'none' as const };
  const budget = new Budget(Math.min(o.stageTimeoutMs, o.tryTimeoutMs), o.tryTimeoutMs, o.signal);
  for await (const r of smtpStages(target, o, budget)) {
    if (r.stage === 'greeting' && r.ok) {
      yield passed('recipient-mx-greeting', t0, r.reply, [exchange, String(o.mxPort)]);
      return;
    }
    if (!r.ok) {
      yield { ...failed('recipient-mx-greeting', t0, r.reply, 'mx-unreachable', [exchange, String(o.mxPort)]), because: r.detail };
      return;
    }
  }
}
