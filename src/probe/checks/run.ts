// Runs the planned checks for one bounce in parallel and yields each result as it finishes;
// returns the verdict. Only DNS, through the one resolver, except the recipient MX greeting
// (engine options given = allowed), which goes through the probe engine's SSRF guard.
import type { Msg } from '../../core/knowledge/types.ts';
import type { Bucket } from '../../core/types.ts';
import type { CauseState } from '../types.ts';
import type { EngineOptions } from '../options.ts';
import type { CheckResolver } from './resolver.ts';
import type { BounceFacts, CheckName, CheckOptions, CheckResult, CheckVerdict } from './types.ts';
import { planChecks } from './plan.ts';
import { checkBlocklist, planBlocklists, unknownListResult } from './dnsbl.ts';
import { checkPtr } from './ptr.ts';
import { checkDkim, checkDmarc, checkSpf, selectorsNamed, type SpfWord } from './auth.ts';
import { checkMtaSts, checkRecipientDomain } from './recipient.ts';
import { checkResult } from './result.ts';

/** Domains a refusal names for a domain list (DBL): the sender's, and any it quotes besides list zones. */
function dblSubjects(f: BounceFacts, zones: string[]): string[] {
  const named = [...f.refusal.toLowerCase().matchAll(/\bdomain(?: name)?(?: listed)?[:\s]+([a-z0-9-]+(?:\.[a-z0-9-]+)+)/g)].map((m) => m[1] ?? '');
  return [...new Set([...(f.senderDomain ? [f.senderDomain] : []), ...named])].filter((d) => !zones.some((z) => d === z || d.endsWith(`.${z}`))).slice(0, 3);
}

async function sendingIps(f: BounceFacts, resolver: CheckResolver): Promise<string[]> {
  if (f.sendingIps.length > 0) return f.sendingIps;
  if (!f.reportingMta) return [];
  const a = await resolver.query(f.reportingMta, 'A');
  return a.records.map(String).slice(0, 2);
}

function missing(check: CheckName, what: 'ip' | 'sender' | 'recipient', bucket: Bucket): CheckResult {
  return checkResult(check, '', performance.now(), bucket, { result: 'error', ok: false, confirms: null, meaning: `pc_missing_${what}`, fixer: 'none' });
}

/** Builds the tasks; each resolves to one or more results. */
function tasks(f: BounceFacts, plan: CheckName[], resolver: CheckResolver, o: CheckOptions, engine: EngineOptions | null): Promise<CheckResult[]>[] {
  const ipsP = sendingIps(f, resolver);
  const out: Promise<CheckResult[]>[] = [];
  const one = (p: Promise<CheckResult>): void => {
    out.push(p.then((r) => [r]));
  };
  if (plan.includes('dnsbl')) {
    const { lists, unknown } = planBlocklists(f.refusal, o.blocklists);
    for (const zone of unknown) one(Promise.resolve(unknownListResult(zone)));
    out.push(ipsP.then(async (ips) => {
      const ipLists = lists.filter((l) => l.kind === 'ip');
      if (ips.length === 0 && ipLists.length > 0) return [missing('dnsbl', 'ip', 'policy-reputation')];
      return [];
    }));
    for (const list of lists) {
      if (list.kind === 'ip') {
        out.push(ipsP.then((ips) => Promise.all(ips.map((ip) => checkBlocklist(ip, list, resolver)))));
      } else {
        for (const d of dblSubjects(f, lists.map((l) => l.zone))) one(checkBlocklist(d, list, resolver));
      }
    }
  }
  if (plan.includes('ptr')) {
    out.push(ipsP.then((ips) => (ips.length === 0 ? [missing('ptr', 'ip', 'policy-reputation')] : Promise.all(ips.map((ip) => checkPtr(ip, resolver))))));
  }
  const sender = f.senderDomain;
  if (plan.includes('spf') || plan.includes('dmarc')) {
    if (!sender) {
      for (const c of ['spf', 'dmarc'] as const) if (plan.includes(c)) one(Promise.resolve(missing(c, 'sender', 'policy-reputation')));
    } else {
      const spfP = ipsP.then((ips) => (ips[0] === undefined ? null : checkSpf(sender, ips[0], resolver)));
      if (plan.includes('spf')) out.push(spfP.then((r) => [r ?? missing('spf', 'ip', 'policy-reputation')]));
      if (plan.includes('dmarc')) one(spfP.then((r) => checkDmarc(sender, (r?.result as SpfWord | undefined) ?? null, resolver)));
    }
  }
  if (plan.includes('dkim') && sender) {
    for (const sel of selectorsNamed(f.refusal)) one(checkDkim(sender, sel, resolver));
  }
  const rcpt = f.recipientDomain;
  if (plan.includes('recipient-domain')) one(rcpt ? checkRecipientDomain(rcpt, resolver, engine) : Promise.resolve(missing('recipient-domain', 'recipient', 'recipient')));
  if (plan.includes('mta-sts')) one(rcpt ? checkMtaSts(rcpt, resolver) : Promise.resolve(missing('mta-sts', 'recipient', 'policy-reputation')));
  return out;
}

/** Per bucket: confirmed when a check confirms it, ruled out when every check of it ruled it out. */
export function verdictOf(f: BounceFacts, checks: CheckResult[]): CheckVerdict {
  const causes: Partial<Record<Bucket, CauseState>> = {};
  const buckets = new Set<Bucket>([f.bucket, ...checks.filter((c) => c.confirms === true).map((c) => c.bucket)]);
  for (const bucket of buckets) {
    const mine = checks.filter((c) => c.bucket === bucket);
    causes[bucket] = mine.some((c) => c.confirms === true) ? 'confirmed'
      : mine.length > 0 && mine.every((c) => c.confirms === false) ? 'ruled-out' : 'inconclusive';
  }
  const summary: Msg[] = [];
  const red = checks.filter((c) => !c.ok && c.confirms === true);
  if (checks.length === 0) summary.push({ key: 'pc_summary_nothing', subs: [] });
  else if (red.length > 0) summary.push({ key: 'pc_summary_found', subs: [String(red.length), [...new Set(red.map((c) => c.check))].join(', ')] });
  else if (checks.some((c) => c.confirms === null)) summary.push({ key: 'pc_summary_inconclusive', subs: [] });
  else summary.push({ key: 'pc_summary_clean', subs: [] });
  return { causes, checks, summary };
}

export async function* runBounceChecks(f: BounceFacts, resolver: CheckResolver, o: CheckOptions, engine: EngineOptions | null = null): AsyncGenerator<CheckResult, CheckVerdict> {
  const done: CheckResult[] = [];
  const ready: CheckResult[] = [];
  let wake: (() => void) | null = null;
  const pending = tasks(f, planChecks(f), resolver, o, o.mxConnect ? engine : null).map((p) => p.then(
    (rs) => rs,
    () => [] as CheckResult[], // a check that throws is a bug; it must not take the others down
  ).then((rs) => {
    ready.push(...rs);
    wake?.();
  }));
  let left = pending.length;
  for (const p of pending) void p.then(() => { left--; wake?.(); });
  const deadline = Date.now() + o.timeoutMs;
  while (left > 0 || ready.length > 0) {
    if (ready.length === 0) {
      const remaining = deadline - Date.now();
      if (remaining <= 0 || o.signal?.aborted) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
      continue;
    }
    const r = ready.shift() as CheckResult;
    done.push(r);
    yield r;
  }
  return verdictOf(f, done);
}
