// The bounce checks on bounces the stack's real Postfix wrote: one refused by a remote that checks the
// loopback DNSBL bl.test, one by a remote that checks SPF (spf-policy.ts, mailauth). The facts come from
// the whole bounce (the CLI's path); the checks ask only the stack's dnsmasq.
import { beforeAll, describe, expect, it } from 'vitest';
import { bounceKey, fetchInbox, summarize } from '../../scripts/mail-stack/mailbox.ts';
import { readStack, type StackInfo } from '../../scripts/mail-stack/stack.ts';
import { createCheckResolver, defaultCheckOptions, factsFromBounce, parseBlocklistSpec, runBounceChecks, type CheckResult, type CheckVerdict } from '../../src/probe/checks/index.ts';

let stack: StackInfo;
const bounces = new Map<string, string>();

beforeAll(async () => {
  const read = readStack();
  if (!read.ok) throw new Error(read.error);
  stack = read.stack;
  for (const m of await fetchInbox(stack)) {
    const s = summarize(m.source);
    if (s.caseId && s.action && !bounces.has(bounceKey(s.caseId, s.action))) bounces.set(bounceKey(s.caseId, s.action), m.source);
  }
});

async function check(key: string): Promise<{ rows: CheckResult[]; verdict: CheckVerdict; refusal: string }> {
  const raw = bounces.get(key);
  if (!raw) throw new Error(`no ${key} bounce in alice's INBOX`);
  const derived = await factsFromBounce(raw);
  if (!derived) throw new Error(`no facts in ${key}`);
  const resolver = createCheckResolver({ servers: [{ host: stack.dns.host, port: stack.dns.port }] });
  const gen = runBounceChecks(derived.facts, resolver, defaultCheckOptions({ blocklists: [parseBlocklistSpec('bl.test')!] }));
  const rows: CheckResult[] = [];
  for (;;) {
    const n = await gen.next();
    if (n.done) return { rows, verdict: n.value, refusal: derived.facts.refusal };
    rows.push(n.value);
  }
}

describe('bounce checks on real Postfix bounces', () => {
  it('DNSBL refusal: the sending IP from the refusal is listed on bl.test; confirmed', async () => {
    const { rows, verdict, refusal } = await check('dnsbl');
    expect(refusal).toMatch(/blocked using bl\.test/);
    expect(rows.find((r) => r.check === 'dnsbl' && r.list === 'bl.test')).toMatchObject({ target: '127.0.0.1', result: 'listed', codes: ['127.0.0.2'] });
    expect(verdict.causes['policy-reputation']).toBe('confirmed');
  });
  it('SPF refusal: SPF fails for example.test and 127.0.0.1, DMARC reject; confirmed', async () => {
    const { rows, verdict, refusal } = await check('spf');
    expect(refusal).toMatch(/5\.7\.23 .*SPF check failed/);
    expect(rows.find((r) => r.check === 'spf')).toMatchObject({ target: 'example.test 127.0.0.1', result: 'fail' });
    expect(rows.find((r) => r.check === 'dmarc')).toMatchObject({ policy: 'reject', result: 'fail' });
    expect(verdict.causes['policy-reputation']).toBe('confirmed');
  });
});
