// `bounce-lens probe --bounce FILE`: the facts come from the whole bounce (engine), the checks
// from a real dnsmasq; --json prints one line per check and the verdict last. Bad input: exit 2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDnsmasq, type RunningDnsmasq } from '../../helpers/dns/dnsmasq.ts';
import { IPS, ZONE_CONF } from '../../helpers/dns/zones.ts';
import { postfixDsn } from '../../helpers/dns/dsn.ts';
import { runProbe, type ProbeIo } from '../../../src/cli/probe.ts';

let dns: RunningDnsmasq;
let dir: string;
beforeAll(async () => {
  dns = await startDnsmasq(ZONE_CONF);
  dir = mkdtempSync(join(tmpdir(), 'bl-cli-bounce-'));
});
afterAll(async () => {
  await dns.stop();
  rmSync(dir, { recursive: true, force: true });
});

function io(): ProbeIo & { stdout: string; stderr: string } {
  const box = { stdout: '', stderr: '', lang: 'en', out: (s: string) => { box.stdout += s; }, err: (s: string) => { box.stderr += s; }, readPassword: async () => null };
  return box;
}
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('probe --bounce', () => {
  it('--json: the DMARC bounce of a domain whose SPF excludes the sender: spf fail, dmarc reject, verdict last', async () => {
    const f = file('dmarc.eml', postfixDsn({ from: 'alice@bad.test', rcpt: 'bob@gmail.test', status: '5.7.26', diagnostic: `550-5.7.26 Unauthenticated email from bad.test is not accepted due to domain's DMARC policy [${IPS.clean}]` }));
    const box = io();
    expect(await runProbe(['--bounce', f, '--json', '--dns-server', dns.server, '--dnsbl', 'bl.test'], box)).toBe(0);
    const lines = box.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const verdict = lines.pop().verdict;
    expect(lines.find((l) => l.check === 'spf')).toMatchObject({ result: 'fail', target: `bad.test ${IPS.clean}` });
    expect(lines.find((l) => l.check === 'dmarc')).toMatchObject({ policy: 'reject', result: 'fail' });
    expect(verdict.causes['policy-reputation']).toBe('confirmed');
    expect(verdict.checks.length).toBe(lines.length);
  });
  it('text output: facts, one line per check, the verdict', async () => {
    const f = file('bl.eml', postfixDsn({ from: 'alice@good.test', rcpt: 'bob@remote.test', status: '5.7.1', diagnostic: `554 5.7.1 Service unavailable; Client host [${IPS.listed}] blocked using bl.test` }));
    const box = io();
    expect(await runProbe(['--bounce', f, '--dns-server', dns.server, '--dnsbl', 'bl.test'], box)).toBe(0);
    expect(box.stdout).toContain(`Sending IP: ${IPS.listed}. Sender domain: good.test.`);
    expect(box.stdout).toMatch(/✗ dnsbl\s+listed/);
    expect(box.stdout).toMatch(/policy-reputation\s+confirmed/);
  });
  it('bad input: a missing file, a bad DNS server, not a bounce', async () => {
    let box = io();
    expect(await runProbe(['--bounce', join(dir, 'nope.eml')], box)).toBe(2);
    box = io();
    expect(await runProbe(['--bounce', file('x.eml', 'x'), '--dns-server', '999.0.0.1'], box)).toBe(2);
    expect(box.stderr).toContain('999.0.0.1');
    box = io();
    expect(await runProbe(['--bounce', file('hello.eml', 'Subject: hello\n\nJust saying hello.'), '--dns-server', dns.server], box)).toBe(1);
  });
});

describe('probe --bounce on real Postfix bounces (test/fixtures/bounce-checks)', () => {
  // The stack's DNS records for these bounces, served by our own dnsmasq (the stack needs root and fixed ports).
  let stackDns: RunningDnsmasq;
  beforeAll(async () => {
    stackDns = await startDnsmasq([
      'local=/0.0.127.in-addr.arpa/', 'host-record=mail.example.test,127.0.0.1', 'host-record=1.0.0.127.bl.test,127.0.0.2', 'txt-record=1.0.0.127.bl.test,"listed"',
      'txt-record=example.test,"v=spf1 ip4:192.0.2.25 -all"', 'txt-record=_dmarc.example.test,"v=DMARC1; p=reject"',
    ]);
  });
  afterAll(async () => {
    await stackDns.stop();
  });
  const fixture = (name: string) => new URL(`../../fixtures/bounce-checks/${name}`, import.meta.url).pathname;
  it('the DNSBL bounce: 127.0.0.1 listed on bl.test, confirmed', async () => {
    const box = io();
    expect(await runProbe(['--bounce', fixture('dnsbl.eml'), '--json', '--dns-server', stackDns.server, '--dnsbl', 'bl.test'], box)).toBe(0);
    const lines = box.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.find((l) => l.check === 'dnsbl')).toMatchObject({ target: '127.0.0.1', result: 'listed' });
    expect(lines.at(-1).verdict.causes['policy-reputation']).toBe('confirmed');
  });
  it('the SPF bounce (no IP in the refusal: the Reporting-MTA is resolved): spf fail for example.test, DMARC reject', async () => {
    const box = io();
    expect(await runProbe(['--bounce', fixture('spf.eml'), '--json', '--dns-server', stackDns.server, '--dnsbl', 'bl.test'], box)).toBe(0);
    const lines = box.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.find((l) => l.check === 'spf')).toMatchObject({ target: 'example.test 127.0.0.1', result: 'fail' });
    expect(lines.find((l) => l.check === 'dmarc')).toMatchObject({ policy: 'reject' });
  });
});
