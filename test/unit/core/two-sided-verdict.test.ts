import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareSides, describeObservation, observationFromStages, SMTP_PORTS, type PortObservation, type SideView } from '../../../src/core/two-sided-verdict.ts';

const CERT_A = 'AA:11';
const CERT_B = 'BB:22';

function fine(port: number, cert: string | null = CERT_A, tlsVerified: boolean | null = cert ? false : null): PortObservation {
  return { port, connect: 'ok', greeting: `220 mail.example.net ESMTP ready ${port}`, certFingerprint: cert, tlsVerified };
}
function dead(port: number, connect: PortObservation['connect'] = 'timeout'): PortObservation {
  return { port, connect, greeting: null, certFingerprint: null, tlsVerified: null };
}
const side = (...ports: PortObservation[]): SideView => ({ host: 'mail.example.net', ports });

describe('compareSides', () => {
  it('names the blocked submission ports and recommends 2525 when only 2525 gets through locally', () => {
    const v = compareSides(side(fine(587), fine(465), fine(2525)), side(dead(587), dead(465, 'refused'), fine(2525)));
    expect(v.kind).toBe('network-blocks-port');
    expect(v.blockedPorts).toEqual([587, 465]);
    expect(v.recommendedPort).toBe(2525);
    expect(v.causes['network-block']).toBe('confirmed');
    expect(v.summary).toEqual({ key: 'h_verdict_blocked', subs: ['587, 465', '2525'] });
    expect(v.steps[0]).toEqual({ key: 'h_step_use_port', subs: ['2525'] });
  });

  it('prefers 587 over 2525 when only 465 is blocked', () => {
    const v = compareSides(side(fine(587), fine(465), fine(2525)), side(fine(587), dead(465), fine(2525)));
    expect(v.blockedPorts).toEqual([465]);
    expect(v.recommendedPort).toBe(587);
  });

  it('says "another network" when nothing gets through from the user side', () => {
    const v = compareSides(side(fine(587), fine(465), fine(2525)), side(dead(587), dead(465), dead(2525, 'refused')));
    expect(v.kind).toBe('network-blocks-port');
    expect(v.recommendedPort).toBeNull();
    expect(v.summary.key).toBe('h_verdict_blocked_all');
    expect(v.steps).toEqual([{ key: 'h_step_try_other_network' }]);
  });

  it('spots a different certificate on the user side as interception', () => {
    const v = compareSides(side(fine(587), fine(2525)), side(fine(587, CERT_B), fine(2525)));
    expect(v.kind).toBe('interception');
    expect(v.interceptedPorts).toEqual([587]);
    expect(v.recommendedPort).toBe(2525);
  });

  it('spots a different greeting, or a stripped STARTTLS, as interception', () => {
    const other = { ...fine(587), greeting: '220 av-proxy.local ESMTP' };
    expect(compareSides(side(fine(587)), side(other)).kind).toBe('interception');
    expect(compareSides(side(fine(587)), side(fine(587, null))).interceptedPorts).toEqual([587]);
  });

  it('accepts a different certificate that verifies for the host (load balancer, renewal)', () => {
    expect(compareSides(side(fine(587, CERT_A, true)), side(fine(587, CERT_B, true))).kind).toBe('network-not-the-cause');
  });

  it('does not call a certificate seen only from the user side interception', () => {
    expect(compareSides(side(fine(587, null)), side(fine(587))).kind).toBe('network-not-the-cause');
  });

  it('ignores what follows the server name in a greeting (clocks, queue ids)', () => {
    const later = { ...fine(587), greeting: '220 MAIL.example.net ESMTP Exim 4.96 Sun, 29 Nov 2026 01:02:03 +0000' };
    expect(compareSides(side(fine(587)), side(later)).kind).toBe('network-not-the-cause');
  });

  it('blames the server or the host name when both sides fail', () => {
    const v = compareSides(side(dead(587), dead(465, 'refused')), side(dead(587, 'unreachable'), dead(465)));
    expect(v.kind).toBe('server-or-host-wrong');
    expect(v.causes).toMatchObject({ settings: 'confirmed', 'network-block': 'ruled-out' });
    expect(v.summary).toEqual({ key: 'h_verdict_server_or_host', subs: ['mail.example.net'] });
  });

  it('rules the network out when both sides see the same', () => {
    const v = compareSides(side(fine(587), fine(465)), side(fine(587), fine(465)));
    expect(v.kind).toBe('network-not-the-cause');
    expect(v.causes['network-block']).toBe('ruled-out');
    expect(v.recommendedPort).toBe(587);
  });

  it('is inconclusive when only the user side reaches the server', () => {
    expect(compareSides(side(dead(587)), side(fine(587))).kind).toBe('inconclusive');
  });

  it('a port that connected but never greeted counts as not reached', () => {
    const silent = { ...fine(587), greeting: null };
    expect(compareSides(side(fine(587), fine(2525)), side(silent, fine(2525))).blockedPorts).toEqual([587]);
  });

  it('never recommends a port that is blocked or intercepted', () => {
    const obs = fc.record({
      connect: fc.constantFrom('ok', 'timeout', 'refused') as fc.Arbitrary<PortObservation['connect']>,
      cert: fc.constantFrom(CERT_A, CERT_B, null),
    });
    fc.assert(fc.property(fc.array(fc.tuple(obs, obs), { minLength: SMTP_PORTS.length, maxLength: SMTP_PORTS.length }), (pairs) => {
      const make = (port: number, o: { connect: PortObservation['connect']; cert: string | null }): PortObservation =>
        o.connect === 'ok' ? fine(port, o.cert) : dead(port, o.connect);
      const server = side(...pairs.map(([s], i) => make(SMTP_PORTS[i] as number, s)));
      const local = side(...pairs.map(([, l], i) => make(SMTP_PORTS[i] as number, l)));
      const v = compareSides(server, local);
      if (v.recommendedPort !== null) {
        expect(v.blockedPorts).not.toContain(v.recommendedPort);
        expect(v.interceptedPorts).not.toContain(v.recommendedPort);
        expect(v.recommendedPort).not.toBe(25);
      }
      expect(v.kind === 'network-blocks-port').toBe(v.blockedPorts.length > 0 && v.interceptedPorts.length === 0);
    }));
  });
});

describe('observationFromStages', () => {
  const stage = (name: string, ok: boolean, extra: object = {}) => ({ stage: name, ok, reply: [] as string[], failure: ok ? null : 'x', ...extra });

  it('takes the greeting and the STARTTLS certificate of a run', () => {
    const o = observationFromStages(587, [
      stage('dns', true), stage('tcp', true),
      stage('greeting', true, { reply: ['220 mail.example.net ESMTP', ''] }),
      stage('starttls', false, { failure: 'cert-untrusted', certificate: { fingerprint256: CERT_A, verified: false } }),
    ]);
    expect(o).toEqual({ port: 587, connect: 'ok', greeting: '220 mail.example.net ESMTP', certFingerprint: CERT_A, tlsVerified: false });
  });

  it.each([
    ['refused', 'refused'], ['filtered', 'timeout'], ['unreachable', 'unreachable'], ['connect-error', 'error'],
  ])('maps a tcp failure "%s" to %s', (failure, connect) => {
    expect(observationFromStages(465, [stage('dns', true), stage('tcp', false, { failure })]).connect).toBe(connect);
  });

  it('counts a run that never got past DNS as unreachable, and a 554 greeting as none', () => {
    expect(observationFromStages(25, [stage('dns', false)]).connect).toBe('unreachable');
    const refused = observationFromStages(25, [stage('tcp', true), stage('greeting', false, { reply: ['554 no service'] })]);
    expect(refused.greeting).toBeNull();
  });
});

describe('describeObservation', () => {
  it('says what one port did, with the greeting when there is one', () => {
    expect(describeObservation(dead(587))).toEqual({ key: 'h_ui_port_timeout', subs: ['587'] });
    expect(describeObservation(fine(465))).toEqual({ key: 'h_ui_port_tls', subs: ['465', 'mail.example.net ESMTP ready 465'] });
    expect(describeObservation(fine(25, null)).key).toBe('h_ui_port_plain');
    expect(describeObservation({ ...fine(2525), greeting: null }).key).toBe('h_ui_port_silent');
  });
});
