// The office network, simulated: the real helper host runs in a "user" network namespace whose
// firewall drops 587 and 465 (or whose proxy answers mail itself); the "server side" observes the
// same SMTP server straight from the root namespace with the probe engine, as our server does.
// Then the two views go through compareSides.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compareSides, observationFromStages, type PortObservation, type SideView } from '../../../src/core/two-sided-verdict.ts';
import { defaultEngineOptions, runProbe, type StageResult } from '../../../src/probe/index.ts';
import { startHost, type HostProcess } from './support/host-process.ts';
import { canUseNetns, createUserNetwork, removeStaleNamespaces, type UserNetwork } from './support/netns.ts';
import { listenSmtp, makeCert, type SmtpListener } from './support/smtp-fixture.ts';

const PORTS = [587, 465, 2525];
const TIMEOUT_MS = 1_500;
const INTERCEPTOR_PORT = 10_587;
const netns = canUseNetns();

describe.skipIf(!netns.ok)(`two-sided verdict across network namespaces${netns.ok ? '' : ` (skipped: ${netns.why})`}`, () => {
  let network: UserNetwork | undefined;
  let helper: HostProcess | undefined;
  let interceptor: ChildProcess | undefined;
  const servers: SmtpListener[] = [];
  let requests = 0;

  beforeAll(async () => {
    removeStaleNamespaces();
    network = createUserNetwork();
    const cert = makeCert('mail.test.invalid');
    for (const port of PORTS) {
      servers.push(await listenSmtp({ host: network.serverAddress, port, name: 'mail.test.invalid', cert, implicitTls: port === 465 }));
    }
    helper = startHost({ netns: network.name });
  });

  afterAll(async () => {
    interceptor?.kill('SIGKILL');
    helper?.child.kill('SIGKILL');
    await Promise.all(servers.map((s) => s.close()));
    network?.destroy();
  });

  /** The server-side probe: the stage engine, one run per port, from the root namespace. */
  async function serverSide(ports: number[] = PORTS): Promise<SideView> {
    const host = (network as UserNetwork).serverAddress;
    const options = defaultEngineOptions({
      policy: { ports: [25, 465, 587, 2525], allowPrivate: true, allowedNetworks: [] },
      stageTimeoutMs: TIMEOUT_MS,
    });
    const observed = await Promise.all(ports.map(async (port) => {
      const stages: StageResult[] = [];
      const run = runProbe({ host, port, security: port === 465 ? 'ssl' : 'starttls' }, options);
      for (let next = await run.next(); !next.done; next = await run.next()) stages.push(next.value);
      return observationFromStages(port, stages);
    }));
    return { host, ports: observed };
  }

  async function userSide(ports: number[] = PORTS): Promise<SideView> {
    const id = `r${++requests}`;
    const host = (network as UserNetwork).serverAddress;
    (helper as HostProcess).send({ type: 'observe', id, host, ports, timeoutMs: TIMEOUT_MS });
    const replies = await (helper as HostProcess).collect(id);
    const observed = replies.flatMap((r) => (r.kind === 'observation' ? [r.observation] : []));
    return { host, ports: observed.sort((a, b) => a.port - b.port) };
  }

  const at = (view: SideView, port: number): PortObservation | undefined => view.ports.find((o) => o.port === port);

  it('office firewall drops 587 and 465: the verdict names them and recommends 2525', async () => {
    network?.firewall('table inet office {\n chain out {\n  type filter hook output priority 0;\n  tcp dport { 587, 465 } drop\n }\n}');
    const [server, user] = await Promise.all([serverSide(), userSide()]);
    expect(PORTS.map((p) => at(server, p)?.connect)).toEqual(['ok', 'ok', 'ok']);
    expect(at(user, 587)?.connect).toBe('timeout');
    expect(at(user, 465)?.connect).toBe('timeout');
    expect(at(user, 2525)).toMatchObject({ connect: 'ok', certFingerprint: at(server, 2525)?.certFingerprint });

    const verdict = compareSides(server, user);
    expect(verdict.kind).toBe('network-blocks-port');
    expect(verdict.blockedPorts.sort()).toEqual([465, 587]);
    expect(verdict.recommendedPort).toBe(2525);
    expect(verdict.summary.key).toBe('h_verdict_blocked');
    expect(verdict.summary.subs?.[1]).toBe('2525');
  });

  it('a proxy in the office answers 587 with its own certificate: the verdict says interception', async () => {
    const ns = (network as UserNetwork).name;
    const script = fileURLToPath(new URL('./support/interceptor.ts', import.meta.url));
    interceptor = spawn('ip', ['netns', 'exec', ns, process.execPath, '--import', 'tsx', script, String(INTERCEPTOR_PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      interceptor?.stdout?.once('data', () => resolve());
      interceptor?.once('exit', (code) => reject(new Error(`interceptor exited ${code}`)));
    });
    network?.firewall(`table ip office {\n chain out {\n  type nat hook output priority -100;\n  tcp dport 587 redirect to :${INTERCEPTOR_PORT}\n }\n}`);
    const [server, user] = await Promise.all([serverSide(), userSide()]);
    expect(at(user, 587)?.greeting).toMatch(/^220 av-proxy\.office\.invalid /);
    expect(at(user, 587)?.certFingerprint).not.toBe(at(server, 587)?.certFingerprint);

    const verdict = compareSides(server, user);
    expect(verdict.kind).toBe('interception');
    expect(verdict.interceptedPorts).toEqual([587]);
    expect(verdict.summary).toEqual({ key: 'h_verdict_intercepted', subs: ['587'] });
    interceptor.kill('SIGTERM');
  });

  it('a clean network: both sides see the same server, the network is ruled out', async () => {
    network?.firewall('');
    const [server, user] = await Promise.all([serverSide(), userSide()]);
    for (const port of PORTS) {
      expect(at(user, port)).toEqual(at(server, port));
      expect(at(user, port)?.certFingerprint).toMatch(/^[0-9A-F:]{95}$/);
    }
    const verdict = compareSides(server, user);
    expect(verdict.kind).toBe('network-not-the-cause');
    expect(verdict.causes['network-block']).toBe('ruled-out');
  });

  it('nothing listens on 25 from either side: the server or the host name is wrong', async () => {
    const [server, user] = await Promise.all([serverSide([25]), userSide([25])]);
    expect(at(server, 25)?.connect).toBe('refused');
    expect(at(user, 25)?.connect).toBe('refused');
    expect(compareSides(server, user).kind).toBe('server-or-host-wrong');
  });
});
