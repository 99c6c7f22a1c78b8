// SPF (mailauth evaluates the record for the sender domain and the sending IP), DMARC (the
// record, its policy, and whether SPF alone aligns; the message's DKIM signatures are not
// sent to the probe, so DKIM alignment stays unknown), and a DKIM selector's key record.
import { spf as mailauthSpf } from 'mailauth/lib/spf/index.js';
import { dmarc as mailauthDmarc } from 'mailauth/lib/dmarc/index.js';
import type { CheckResolver } from './resolver.ts';
import { mailauthResolver } from './resolver.ts';
import type { CheckResult } from './types.ts';
import { checkResult } from './result.ts';

export const SPF_RESULTS = ['pass', 'fail', 'softfail', 'neutral', 'none', 'permerror', 'temperror'] as const;
export type SpfWord = (typeof SPF_RESULTS)[number];

const PROBE_MTA = 'probe.bounce-lens.invalid';

function spfWord(raw: string | undefined): SpfWord {
  if (raw === 'temperr') return 'temperror';
  return (SPF_RESULTS as readonly string[]).includes(raw ?? '') ? (raw as SpfWord) : 'temperror';
}

const SPF_MEANING: Record<SpfWord, { ok: boolean; confirms: boolean | null; key: string }> = {
  pass: { ok: true, confirms: false, key: 'pc_spf_pass' },
  fail: { ok: false, confirms: true, key: 'pc_spf_fail' },
  softfail: { ok: false, confirms: true, key: 'pc_spf_softfail' },
  neutral: { ok: false, confirms: true, key: 'pc_spf_neutral' },
  none: { ok: false, confirms: true, key: 'pc_spf_none' },
  permerror: { ok: false, confirms: true, key: 'pc_spf_permerror' },
  temperror: { ok: false, confirms: null, key: 'pc_spf_temperror' },
};

export async function checkSpf(domain: string, ip: string, resolver: CheckResolver): Promise<CheckResult> {
  const t0 = performance.now();
  let word: SpfWord;
  let record: string | undefined;
  try {
    const r = await mailauthSpf({ sender: `postmaster@${domain}`, ip, helo: domain, mta: PROBE_MTA, resolver: mailauthResolver(resolver) as never });
    word = spfWord(r.status.result);
    record = r.rr;
  } catch {
    word = 'temperror';
  }
  const m = SPF_MEANING[word];
  return checkResult('spf', `${domain} ${ip}`, t0, 'policy-reputation', {
    result: word, ok: m.ok, confirms: m.confirms, meaning: m.key, subs: [domain, ip], fixer: m.confirms === null ? 'none' : 'sender',
    ...(record ? { records: [record] } : {}),
  });
}


type Policy = 'reject' | 'quarantine' | 'none' | 'absent';

export async function checkDmarc(domain: string, spf: SpfWord | null, resolver: CheckResolver): Promise<CheckResult> {
  const t0 = performance.now();
  const spfDomains = spf === 'pass' ? [{ domain }] : [];
  let r: Awaited<ReturnType<typeof mailauthDmarc>>;
  try {
    r = await mailauthDmarc({ headerFrom: `postmaster@${domain}`, spfDomains, dkimDomains: [], resolver: mailauthResolver(resolver) as never } as never);
  } catch {
    r = false;
  }
  if (!r || r.status.result === 'temperror') {
    return checkResult('dmarc', domain, t0, 'policy-reputation', { result: 'temperror', ok: false, confirms: null, meaning: 'pc_dmarc_error', subs: [domain], fixer: 'none' });
  }
  if (r.status.result === 'none' || !r.policy) {
    return checkResult('dmarc', domain, t0, 'policy-reputation', { result: 'none', policy: 'absent', ok: true, confirms: false, meaning: 'pc_dmarc_absent', subs: [domain], fixer: 'none' });
  }
  const policy: Policy = (['reject', 'quarantine', 'none'] as const).find((p) => p === String(r.policy).toLowerCase()) ?? 'none';
  const aligned = spf === 'pass';
  const base = { policy, records: r.rr ? [r.rr] : [], alignment: { spf: aligned ? 'aligned' as const : 'not-aligned' as const } };
  if (aligned) {
    return checkResult('dmarc', domain, t0, 'policy-reputation', { ...base, result: 'pass', ok: true, confirms: false, meaning: 'pc_dmarc_pass', subs: [domain, policy], fixer: 'none' });
  }
  // Enforcing policy and SPF does not carry it: only an aligned DKIM signature can save the mail.
  const enforcing = policy !== 'none';
  return checkResult('dmarc', domain, t0, 'policy-reputation', {
    ...base, result: 'fail', ok: !enforcing, confirms: enforcing ? true : null,
    meaning: enforcing ? 'pc_dmarc_enforcing' : 'pc_dmarc_monitoring', subs: [domain, policy], fixer: enforcing ? 'sender' : 'none',
  });
}

/** Selector names a refusal may quote: "s=sel", "selector sel", "sel._domainkey". */
export function selectorsNamed(text: string): string[] {
  const found = new Set<string>();
  for (const re of [/\bs=([a-z0-9][a-z0-9._-]{0,62})/gi, /\bselector[ :=]+"?([a-z0-9][a-z0-9._-]{0,62})/gi, /\b([a-z0-9][a-z0-9-]{0,62})\._domainkey\b/gi]) {
    for (const m of text.matchAll(re)) found.add((m[1] ?? '').toLowerCase().replace(/[.]+$/, ''));
  }
  return [...found].filter(Boolean).slice(0, 3);
}

export async function checkDkim(domain: string, selector: string, resolver: CheckResolver): Promise<CheckResult> {
  const t0 = performance.now();
  const name = `${selector}._domainkey.${domain}`;
  const answer = await resolver.query(name, 'TXT');
  if (answer.rcode !== 'NOERROR' && answer.rcode !== 'NXDOMAIN') {
    return checkResult('dkim', name, t0, 'policy-reputation', { result: 'temperror', ok: false, confirms: null, meaning: 'pc_dkim_error', subs: [name, answer.rcode], fixer: 'none' });
  }
  const records = answer.records.map(String);
  const key = records.find((r) => /(?:^|;)\s*p=/i.test(r));
  if (!key) {
    return checkResult('dkim', name, t0, 'policy-reputation', { result: 'none', ok: false, confirms: true, records, meaning: 'pc_dkim_none', subs: [name], fixer: 'sender' });
  }
  // "p=" with nothing after it: the key was revoked (RFC 6376 §3.6.1).
  if (/(?:^|;)\s*p=\s*(?:;|$)/i.test(key)) {
    return checkResult('dkim', name, t0, 'policy-reputation', { result: 'revoked', ok: false, confirms: true, records, meaning: 'pc_dkim_revoked', subs: [name], fixer: 'sender' });
  }
  return checkResult('dkim', name, t0, 'policy-reputation', { result: 'present', ok: true, confirms: false, records, meaning: 'pc_dkim_present', subs: [name], fixer: 'none' });
}
