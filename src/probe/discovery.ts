// Settings discovery for a domain, like Thunderbird's account setup plus RFC 6186 SRV
// (_submissions._tcp as well, which Thunderbird skips): every candidate on every usual port,
// in parallel, each within its own budget; the best working combination and why the rest failed.
import type { EngineOptions } from './options.ts';
import type { Security, StageResult, Verdict } from './types.ts';
import type { SessionTarget } from './smtp-stages.ts';
import { checkDomain, resolveChecked } from './target.ts';
import { rankTries, runTries, type TryResult } from './tries.ts';
import { tryStage } from './try-stage.ts';
import { buildVerdict } from './verdict.ts';
import { failed } from './stage-result.ts';

interface Candidate {
  host: string;
  /** Fixed by SRV; otherwise every allowed port. */
  port: number | null;
  security: Security | null;
}

async function candidates(domain: string, o: EngineOptions): Promise<Candidate[]> {
  const safe = <T>(p: Promise<T[]>): Promise<T[]> => p.catch(() => []);
  const [submissions, submission, mx] = await Promise.all([
    safe(o.resolver.srv(`_submissions._tcp.${domain}`)),
    safe(o.resolver.srv(`_submission._tcp.${domain}`)),
    safe(o.resolver.mx(domain)),
  ]);
  // RFC 6186: target "." means the service is not offered.
  const srv = (records: typeof submissions, security: Security): Candidate[] =>
    [...records].sort((a, b) => a.priority - b.priority).filter((r) => r.name && r.name !== '.')
      .map((r) => ({ host: r.name.replace(/\.$/, ''), port: r.port, security }));
  const names = [
    ...[...mx].sort((a, b) => a.priority - b.priority).map((r) => r.exchange.replace(/\.$/, '')).filter(Boolean),
    `smtp.${domain}`, `mail.${domain}`, domain,
  ];
  return [...srv(submissions, 'ssl'), ...srv(submission, 'starttls'), ...names.map((host) => ({ host, port: null, security: null }))];
}

function expand(c: Candidate, servername: string | null, address: string, o: EngineOptions): SessionTarget[] {
  if (c.port !== null && c.security !== null) return [{ host: c.host, servername, address, port: c.port, security: c.security }];
  return o.policy.ports.map((port) => ({ host: c.host, servername, address, port, security: port === 465 ? 'ssl' : 'starttls' }));
}

export async function* discoverSettings(domain: string, o: EngineOptions): AsyncGenerator<StageResult, Verdict> {
  const t0 = performance.now();
  const checked = checkDomain(domain);
  if (!checked.ok) {
    const refused: StageResult = { ...failed('dns', t0, [], 'refused-target'), detail: checked.error.message };
    yield refused;
    return buildVerdict([refused], { target: null, session: null, tries: [], vantage: o.vantage });
  }
  const results: StageResult[] = [];
  const targets: SessionTarget[] = [];
  const seen = new Set<string>();
  const found = await candidates(checked.value, o);
  const resolved = await Promise.all(found.map(async (c) => ({ c, r: await resolveChecked(c.host, o) })));
  for (const { c, r } of resolved) {
    if (!r.ok) {
      const s: StageResult = { ...failed('discover', t0, [], 'refused-target', [c.host, '-', '-', 'dns']), detail: { key: 'p_f_discover', subs: [c.host, '-', '-', 'dns'] }, because: r.error.message };
      results.push(s);
      yield s;
      continue;
    }
    const address = r.value.addresses[0];
    if (address === undefined) continue; // smtp./mail. names that do not exist are normal
    for (const t of expand(c, r.value.servername, address, o)) {
      const key = `${t.host}:${t.port}:${t.security}`;
      if (o.policy.ports.includes(t.port) && !seen.has(key)) {
        seen.add(key);
        targets.push(t);
      }
    }
  }
  const tries: TryResult[] = [];
  for await (const t of runTries(targets, o)) {
    tries.push(t);
    const s = tryStage(t);
    results.push(s);
    yield s;
  }
  if (targets.length === 0) {
    const none = failed('discover', t0, [], 'nxdomain', [checked.value]);
    results.push({ ...none, detail: { key: 'p_f_discover_none', subs: [checked.value] } });
    yield results[results.length - 1] as StageResult;
  }
  return buildVerdict(results, { target: null, session: null, tries: rankTries(tries, targets), vantage: o.vantage });
}
