// @vitest-environment happy-dom
// The two-sided panel with the real comparison and the English catalogue. Both probes are the
// panel's injected interfaces here, fed the message shapes the probe port and the helper port
// deliver; the real probe server, helper and Chromium are in test/e2e/two-sided.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { HelperPortMessage, HelperPortRequest } from '../../../src/extension/background/helper-port.ts';
import type { ProbePortMessage, ProbeStageEvent, ProbeTarget } from '../../../src/extension/messages.ts';
import type { HelperAccess } from '../../../src/extension/popup/helper-connector.ts';
import type { PortObservation } from '../../../src/core/two-sided-verdict.ts';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { TwoSidedPanel, nextLocalSide } = await import('../../../src/extension/popup/two-sided-panel.tsx');
const { TContext } = await import('../../../src/extension/shared/t-context.ts');
const { catalogueTranslate } = await import('../../../src/extension/shared/i18n.ts');

const catalogue = JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'));
const t = catalogueTranslate(catalogue, (key) => `[missing ${key}]`);
const HOST = 'mail.example.com';
const GREETING = '220 mail.example.com ESMTP ready';

type Certificate = ProbeStageEvent['certificate'];

/**
 * What the probe port streams for one port: the server reaches it (STARTTLS, or implicit TLS on
 * 465), or the connection is refused. Today's server sends no certificate; a later one may.
 */
function serverStages(port: number, reached: boolean, certificate?: Certificate): ProbePortMessage[] {
  const stage = (name: string, ok: boolean, reply: string[] = []): ProbePortMessage => ({
    kind: 'stage',
    event: { stage: name, ok, ms: 2, reply, detail: name, ...(certificate && (name === 'tls' || name === 'starttls') ? { certificate } : {}) },
  });
  const verdict: ProbePortMessage = { kind: 'verdict', verdict: { causes: {}, recommended: null, summary: `port ${port}` } };
  if (!reached) return [stage('dns', true), stage('tcp', false), verdict];
  if (port === 465) return [stage('dns', true), stage('tcp', true), stage('tls', true), stage('greeting', true, [GREETING]), stage('ehlo', true, ['250 ok']), verdict];
  return [
    stage('dns', true), stage('tcp', true), stage('greeting', true, [GREETING]), stage('ehlo', true, ['250 ok']),
    stage('starttls', true, ['220 go ahead']), stage('ehlo-after-tls', true, ['250 ok']), verdict,
  ];
}

function observation(port: number, reached: boolean): PortObservation {
  return reached
    ? { port, connect: 'ok', greeting: GREETING, certFingerprint: 'AA:BB', tlsVerified: true }
    : { port, connect: 'timeout', greeting: null, certFingerprint: null, tlsVerified: null };
}

/** A probe server that answers each port as `reached` says; records the order of the ports asked. */
function fakeServer(reached: (port: number) => boolean | 'error', certificate?: Certificate) {
  const asked: number[] = [];
  const start = (target: ProbeTarget, onMessage: (m: ProbePortMessage) => void) => {
    asked.push(target.port ?? 0);
    const port = target.port ?? 0;
    const r = reached(port);
    const messages: ProbePortMessage[] = r === 'error' ? [{ kind: 'error', error: 'ui_errProbeNotConfigured' }] : serverStages(port, r, certificate);
    queueMicrotask(() => messages.forEach(onMessage));
    return () => undefined;
  };
  return { start, asked };
}

/** A helper that answers an observe request with the given replies, or the background's failure message. */
/** The user's own outgoing server in the settings: never the HOST the bounce named. */
const OWN_SERVER = 'smtp.own-provider.example';

function fakeHelper(answer: (request: HelperPortRequest) => HelperPortMessage[], permitted = true, ownServer = OWN_SERVER) {
  const sent: HelperPortRequest[] = [];
  let closed = 0;
  const saved: string[] = [];
  let own = ownServer;
  const helper: HelperAccess = {
    outgoingServer: async () => own,
    saveOutgoingServer: async (host) => {
      saved.push(host);
      own = host.trim();
      return { ok: true, value: own };
    },
    permit: async () => permitted,
    connect: (onMessage) => ({
      send: (request) => {
        sent.push(request);
        queueMicrotask(() => answer(request).forEach(onMessage));
      },
      close: () => {
        closed++;
      },
    }),
  };
  return { helper, sent, saved, closed: () => closed };
}

const observed = (reached: (port: number) => boolean) => (request: HelperPortRequest): HelperPortMessage[] => {
  if (request.type !== 'observe') return [];
  return [...request.ports.map((port) => ({ id: request.id, kind: 'observation' as const, observation: observation(port, reached(port)) })), { id: request.id, kind: 'done' as const }];
};

function mount(start: ReturnType<typeof fakeServer>['start'], helper: HelperAccess) {
  return render(<TContext.Provider value={t}><TwoSidedPanel host={HOST} startProbe={start} helper={helper} /></TContext.Provider>);
}

async function clickCheck(): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: t('h_ui_check_here') }));
}

const lines = (container: Element, side: 'server' | 'here') => [...container.querySelectorAll(`.side-${side} li`)].map((li) => li.textContent);

afterEach(cleanup);

describe('two-sided panel', () => {
  it('both sides reach every port: the network is not the cause', async () => {
    const server = fakeServer(() => true);
    const { helper, sent, closed } = fakeHelper(observed(() => true));
    const { container } = mount(server.start, helper);
    await clickCheck();
    await screen.findByText(t('h_verdict_network_fine'));
    expect(screen.getByText(t('h_ui_title'))).toBeTruthy(); // both sides ran
    expect(server.asked).toEqual([587, 465, 2525]);
    expect(sent).toEqual([{ type: 'observe', id: 'observe', host: HOST, ports: [587, 465, 2525], timeoutMs: 8000 }]);
    expect(lines(container, 'server')).toEqual([587, 465, 2525].map((p) => t('h_ui_port_tls', [String(p), 'mail.example.com ESMTP ready'])));
    expect(lines(container, 'here')).toEqual([587, 465, 2525].map((p) => t('h_ui_port_tls', [String(p), 'mail.example.com ESMTP ready'])));
    expect([...container.querySelectorAll('.two-sided-steps li')].map((li) => li.textContent))
      .toEqual([t('h_step_recheck_settings'), t('h_step_verify_credentials')]);
    await waitFor(() => expect(closed()).toBe(1)); // the helper is let go once it has answered
  });

  it('this network drops 587 and 465 but not 2525: names the ports and recommends 2525', async () => {
    const { helper } = fakeHelper(observed((port) => port === 2525));
    const { container } = mount(fakeServer(() => true).start, helper);
    await clickCheck();
    await screen.findByText(t('h_verdict_blocked', ['587, 465', '2525']));
    expect(container.querySelector('.two-sided-verdict')?.getAttribute('data-kind')).toBe('network-blocks-port');
    expect(lines(container, 'here')).toContain(t('h_ui_port_timeout', ['587']));
    expect(screen.getByText(t('h_step_use_port', ['2525']))).toBeTruthy();
  });

  it('a server that sends certificates: a different, unverified one on this computer is interception', async () => {
    const { helper } = fakeHelper((request) => observed(() => true)(request).map((m) => (
      m.kind === 'observation' ? { ...m, observation: { ...m.observation, certFingerprint: 'EV:IL', tlsVerified: false } } : m)));
    const { container } = mount(fakeServer(() => true, { fingerprint256: 'AA:BB', verified: true }).start, helper);
    await clickCheck();
    expect(await screen.findByText(t('h_verdict_intercepted', ['587, 465, 2525']))).toBeTruthy();
    expect(container.querySelector('.two-sided-verdict')?.getAttribute('data-kind')).toBe('interception');
  });

  it('a server that reports no TLS at all is shown as plain', async () => {
    const plain = (target: ProbeTarget, onMessage: (m: ProbePortMessage) => void) => {
      const port = target.port ?? 0;
      const messages: ProbePortMessage[] = [
        { kind: 'stage', event: { stage: 'tcp', ok: true, ms: 1, reply: [], detail: '' } },
        { kind: 'stage', event: { stage: 'greeting', ok: true, ms: 1, reply: [GREETING], detail: '' } },
        { kind: 'verdict', verdict: { causes: {}, recommended: null, summary: `port ${port}` } },
      ];
      queueMicrotask(() => messages.forEach(onMessage));
      return () => undefined;
    };
    const { container } = mount(plain, fakeHelper(observed(() => true)).helper);
    await clickCheck();
    await waitFor(() => expect(lines(container, 'server')).toContain(t('h_ui_port_plain', ['587', 'mail.example.com ESMTP ready'])));
  });

  it('neither side reaches the server: the server or the host name is wrong', async () => {
    const { helper } = fakeHelper(observed(() => false));
    mount(fakeServer(() => false).start, helper);
    await clickCheck();
    expect(await screen.findByText(t('h_verdict_server_or_host', [HOST]))).toBeTruthy();
  });

  it('without the helper: says what it cannot check and how to install it, and still shows our side', async () => {
    const { helper } = fakeHelper(() => [{ kind: 'missing' }, { kind: 'closed' }]);
    const { container } = mount(fakeServer(() => true).start, helper);
    await clickCheck();
    expect(await screen.findByText(t('h_missing'))).toBeTruthy();
    expect(screen.getByText(t('lg_installWhat'))).toBeTruthy();
    expect(container.querySelector('.install-command code')?.textContent).toBe('npx bounce-lens helper install');
    expect(screen.getByRole('button', { name: t('lg_copy') })).toBeTruthy();
    // Only our side ran: no "Checked from both sides" heading.
    expect(screen.queryByText(t('h_ui_title'))).toBeNull();
    await waitFor(() => expect(lines(container, 'server')).toHaveLength(3));
    expect(container.querySelector('.two-sided-verdict')).toBeNull();
  });

  it('when the permission is refused: says so and never connects', async () => {
    const connect = vi.fn();
    mount(fakeServer(() => true).start, { permit: async () => false, connect, outgoingServer: async () => OWN_SERVER, saveOutgoingServer: async (h) => ({ ok: true, value: h }) });
    await clickCheck();
    expect(await screen.findByText(t('h_ui_permission_denied'))).toBeTruthy();
    expect(connect).not.toHaveBeenCalled();
  });

  it('shows the helper\'s error from the catalogue', async () => {
    const { helper } = fakeHelper((r) => [{ id: r.id, kind: 'error', error: 'port-not-smtp', detail: 'port 8025' }]);
    mount(fakeServer(() => true).start, helper);
    await clickCheck();
    expect(await screen.findByText(t('h_err_port_not_smtp'))).toBeTruthy();
    expect(screen.getByText('(port 8025)', { exact: false })).toBeTruthy();
  });

  it('without the server probe: shows this computer\'s view and says the sides cannot be compared', async () => {
    const { helper } = fakeHelper(observed(() => true));
    const { container } = mount(fakeServer(() => 'error').start, helper);
    await clickCheck();
    expect(await screen.findByText(t('h_ui_cannot_compare'))).toBeTruthy();
    expect(screen.queryByText(t('h_ui_title'))).toBeNull();
    expect(lines(container, 'server')).toEqual([587, 465, 2525].map((p) => t('h_ui_port_not_checked', [String(p), t('ui_errProbeNotConfigured')])));
    expect(lines(container, 'here')).toHaveLength(3);
  });

  it('every message it shows is in the catalogue', async () => {
    const { helper } = fakeHelper(observed((port) => port !== 465));
    const { container } = mount(fakeServer(() => true).start, helper);
    await clickCheck();
    await waitFor(() => expect(container.querySelector('.two-sided-verdict')).not.toBeNull());
    expect(container.textContent).not.toContain('[missing');
  });
});

describe('login test from this computer', () => {
  /** The helper's answers: the observation, then for the login probe two stages and a verdict. */
  const withLogin = (request: HelperPortRequest): HelperPortMessage[] => {
    if (request.type === 'observe') return observed((port) => port === 2525)(request);
    if (request.type !== 'probe') return [];
    return [
      { id: request.id, kind: 'stage', event: { stage: 'starttls', ok: true, ms: 5, reply: ['220 go'], detail: 'TLS verified' } },
      { id: request.id, kind: 'stage', event: { stage: 'auth', ok: true, ms: 5, reply: ['235 ok'], detail: 'Login accepted' } },
      { id: request.id, kind: 'verdict', verdict: { causes: { credentials: 'ruled-out' }, recommended: null, summary: 'The login works.' } },
      { id: request.id, kind: 'done' },
    ];
  };

  it('hands the password to the helper only, for the user\'s own server (shown), on the recommended port, and clears the field', async () => {
    const { helper, sent } = fakeHelper(withLogin);
    const { container } = mount(fakeServer(() => true).start, helper);
    await clickCheck();
    await screen.findByText(t('h_verdict_blocked', ['587, 465', '2525']));
    const user = container.querySelector<HTMLInputElement>('.login-check input[name=user]');
    const password = container.querySelector<HTMLInputElement>('.login-check input[name=password]');
    if (!user || !password) throw new Error('no login form');
    expect(await screen.findByText(t('lg_ownServer', [OWN_SERVER]))).toBeTruthy();
    fireEvent.input(user, { target: { value: ' me@example.com ' } });
    fireEvent.input(password, { target: { value: 's3cret pass' } });
    fireEvent.click(screen.getByRole('button', { name: t('h_ui_test_login', ['2525']) }));
    expect(await screen.findByText('The login works.')).toBeTruthy();
    expect(password.value).toBe('');
    expect(sent.at(-1)).toEqual({
      type: 'probe', id: 'login', host: OWN_SERVER, port: 2525, security: 'starttls', timeoutMs: 15000, lang: 'en',
      auth: { user: 'me@example.com', password: 's3cret pass' },
    });
    expect([...container.querySelectorAll('.login-check li.stage')].map((li) => li.getAttribute('data-stage'))).toEqual(['starttls', 'auth']);
    expect(container.textContent).not.toContain('s3cret');
  });

  it('with no own server saved: asks for it (empty, never the bounce\'s host), saves it, and tests there', async () => {
    const { helper, sent, saved } = fakeHelper(withLogin, true, '');
    const { container } = mount(fakeServer(() => true).start, helper);
    await clickCheck();
    await screen.findByText(t('h_verdict_blocked', ['587, 465', '2525']));
    const server = await screen.findByLabelText(t('opt_outgoing'));
    expect((server as HTMLInputElement).value).toBe('');
    fireEvent.input(server, { target: { value: 'mail.mine.example' } });
    fireEvent.input(container.querySelector('.login-check input[name=user]') as HTMLInputElement, { target: { value: 'me@mine.example' } });
    fireEvent.input(container.querySelector('.login-check input[name=password]') as HTMLInputElement, { target: { value: 'pw' } });
    fireEvent.submit(container.querySelector('.login-check') as HTMLFormElement);
    expect(await screen.findByText('The login works.')).toBeTruthy();
    expect(saved).toEqual(['mail.mine.example']);
    expect(sent.at(-1)).toMatchObject({ type: 'probe', host: 'mail.mine.example' });
    expect(sent.filter((r) => r.type === 'probe' && r.host === HOST)).toEqual([]);
  });

  it('shows the background refusing a login to another host', async () => {
    const { helper } = fakeHelper((request) => (request.type === 'probe'
      ? [{ id: request.id, kind: 'login-refused', reason: 'not-own-server' }]
      : observed(() => true)(request)));
    const { container } = mount(fakeServer(() => true).start, helper);
    await clickCheck();
    await screen.findByText(t('h_verdict_network_fine'));
    const form = container.querySelector<HTMLFormElement>('.login-check');
    if (!form) throw new Error('no login form');
    await screen.findByText(t('lg_ownServer', [OWN_SERVER]));
    fireEvent.input(form.querySelector('input[name=user]') as HTMLInputElement, { target: { value: 'me@example.com' } });
    fireEvent.input(form.querySelector('input[name=password]') as HTMLInputElement, { target: { value: 'pw' } });
    fireEvent.submit(form);
    expect(await screen.findByText(t('lg_refused_not_own_server'))).toBeTruthy();
  });

  it('shows the helper refusing a password without encryption', async () => {
    const { helper } = fakeHelper((request) => (request.type === 'probe'
      ? [{ id: request.id, kind: 'error', error: 'auth-needs-tls' }]
      : observed(() => true)(request)));
    const { container } = mount(fakeServer(() => true).start, helper);
    await clickCheck();
    await screen.findByText(t('h_verdict_network_fine'));
    const form = container.querySelector<HTMLFormElement>('.login-check');
    if (!form) throw new Error('no login form');
    fireEvent.input(form.querySelector('input[name=user]') as HTMLInputElement, { target: { value: 'me@example.com' } });
    fireEvent.input(form.querySelector('input[name=password]') as HTMLInputElement, { target: { value: 'pw' } });
    fireEvent.submit(form);
    expect(await screen.findByText(t('h_err_auth_needs_tls'))).toBeTruthy();
  });

  it('is not offered without the helper', async () => {
    const { helper } = fakeHelper(() => [{ kind: 'missing' }]);
    const { container } = mount(fakeServer(() => true).start, helper);
    await clickCheck();
    await screen.findByText(t('h_missing'));
    await waitFor(() => expect(lines(container, 'server')).toHaveLength(3));
    expect(container.querySelector('.login-check')).toBeNull();
  });
});

describe('nextLocalSide', () => {
  it('ignores what arrives after the helper side has ended', () => {
    const missing = nextLocalSide({ phase: 'running', observations: [] }, { kind: 'missing' });
    expect(nextLocalSide(missing, { kind: 'closed' })).toEqual({ phase: 'missing' });
  });

  it('treats a helper that stops mid-way as a failure, not as a finished view', () => {
    const one = nextLocalSide({ phase: 'running', observations: [] }, { id: 'observe', kind: 'observation', observation: observation(587, true) });
    expect(nextLocalSide(one, { kind: 'closed' })).toEqual({ phase: 'failed', error: 'h_ui_helper_closed', detail: '' });
  });

  it('keeps replies to other requests out of the comparison', () => {
    const other = nextLocalSide({ phase: 'running', observations: [] }, { id: 'p1', kind: 'observation', observation: observation(587, true) });
    expect(other).toEqual({ phase: 'running', observations: [] });
  });
});
