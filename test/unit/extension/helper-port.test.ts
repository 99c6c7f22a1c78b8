// The background's "helper" Port relay. The popup side is an in-memory runtime Port; the native
// side is, first, an in-memory Port (to make the browser's failure modes happen on purpose: host
// not found, permission missing), then the real helper host (`bounce-lens helper host`) spoken to
// over stdin/stdout with the real framing, against a real smtp-server on loopback. The relay in a
// real Chromium with a real installed host is test/e2e/two-sided.test.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { HelperPortMessage } from '../../../src/extension/background/helper-port.ts';
import { encodeFrame, FrameReader } from '../../../src/helper/framing.ts';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const { handleHelperPort, HELPER_PORT, NATIVE_HOST } = await import('../../../src/extension/background/helper-port.ts');

const OWN_ID = 'pkjndmgnfbcecfbiifcmfbfdoklblgdd';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;
const ROOT = join(import.meta.dirname, '../../..');

type Listener<A extends unknown[]> = (...args: A) => void;
class Event<A extends unknown[]> {
  private listeners: Listener<A>[] = [];
  addListener(l: Listener<A>): void {
    this.listeners.push(l);
  }
  removeListener(l: Listener<A>): void {
    this.listeners = this.listeners.filter((x) => x !== l);
  }
  hasListener(l: Listener<A>): boolean {
    return this.listeners.includes(l);
  }
  hasListeners(): boolean {
    return this.listeners.length > 0;
  }
  fire(...args: A): void {
    for (const l of [...this.listeners]) l(...args);
  }
}

/** One end of an in-memory Port: what the code under test posts lands in `posted`. */
class TestPort {
  readonly onMessage = new Event<[unknown, Runtime.Port]>();
  readonly onDisconnect = new Event<[Runtime.Port]>();
  readonly posted: unknown[] = [];
  disconnected = false;
  constructor(readonly name: string, readonly sender?: Runtime.MessageSender) {}
  postMessage(message: unknown): void {
    if (this.disconnected) throw new Error('Attempting to use a disconnected port object');
    this.posted.push(message);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  /** The other side sends a message / goes away. */
  receive(message: unknown): void {
    this.onMessage.fire(message, this as unknown as Runtime.Port);
  }
  drop(): void {
    this.disconnected = true;
    this.onDisconnect.fire(this as unknown as Runtime.Port);
  }
  get port(): Runtime.Port {
    return this as unknown as Runtime.Port;
  }
}

const popupSender: Runtime.MessageSender = { id: OWN_ID, url: `${OWN_ORIGIN}src/extension/popup/index.html` };

/** The user's own outgoing server, as the settings would give it. */
const OWN_SERVER = { host: 'mail.example.com', ports: [465, 587, 2525] };

function connectWith(native: TestPort, popup = new TestPort(HELPER_PORT, popupSender), own = OWN_SERVER) {
  const asked: string[] = [];
  handleHelperPort(popup.port, OWN_ID, OWN_ORIGIN, (name) => {
    asked.push(name);
    return native.port;
  }, async () => own);
  return { popup, asked };
}

describe('helper port relay (in-memory native side)', () => {
  it('ignores ports with other names', () => {
    const native = new TestPort('native');
    const { popup, asked } = connectWith(native, new TestPort('probe', popupSender));
    expect(asked).toEqual([]);
    expect(popup.disconnected).toBe(false);
  });

  it('refuses a content script or another extension and never starts the helper', () => {
    for (const sender of [
      { id: OWN_ID, url: 'https://mail.example.com/', tab: { id: 3 } } as Runtime.MessageSender,
      { id: 'someotherextension', url: 'chrome-extension://someotherextension/popup.html' },
    ]) {
      const { popup, asked } = connectWith(new TestPort('native'), new TestPort(HELPER_PORT, sender));
      expect(asked).toEqual([]);
      expect(popup.disconnected).toBe(true);
    }
  });

  it('says hello first, then relays requests and replies unchanged', () => {
    const native = new TestPort('native');
    const { popup, asked } = connectWith(native);
    expect(asked).toEqual([NATIVE_HOST]);
    expect(native.posted).toEqual([{ type: 'hello', id: 'hello' }]);
    const observe = { type: 'observe', id: 'o1', host: 'mail.example.com', ports: [587, 465, 2525], timeoutMs: 8000 };
    popup.receive(observe);
    expect(native.posted[1]).toEqual(observe);
    const replies = [
      { id: 'hello', kind: 'hello', version: '0.1.0', protocol: 1 },
      { id: 'o1', kind: 'observation', observation: { port: 587, connect: 'ok', greeting: '220 x', certFingerprint: null, tlsVerified: null } },
      { id: 'o1', kind: 'done' },
    ];
    for (const r of replies) native.receive(r);
    expect(popup.posted).toEqual(replies);
  });

  it('passes a password through to the helper only, for the user\'s own outgoing server', async () => {
    const native = new TestPort('native');
    const { popup } = connectWith(native);
    const probe = { type: 'probe', id: 'p1', host: 'mail.example.com', port: 465, security: 'ssl', timeoutMs: 8000, lang: 'en', auth: { user: 'u@example.com', password: 'pw' } };
    popup.receive(probe);
    await vi.waitFor(() => expect(native.posted.at(-1)).toEqual(probe));
    expect(JSON.stringify(popup.posted)).not.toContain('pw');
  });

  it('refuses a password for any other host or port, or with no own server set, and keeps the order of requests', async () => {
    const native = new TestPort('native');
    const { popup } = connectWith(native);
    const login = (id: string, host: string, port = 587) =>
      ({ type: 'probe', id, host, port, security: 'starttls', timeoutMs: 8000, lang: 'en', auth: { user: 'u@example.com', password: 'pw' } });
    popup.receive(login('bounce-host', 'mx.attacker.example'));
    popup.receive(login('other-port', 'mail.example.com', 25));
    popup.receive({ type: 'cancel', id: 'bounce-host' });
    await vi.waitFor(() => expect(native.posted.at(-1)).toEqual({ type: 'cancel', id: 'bounce-host' }));
    expect(native.posted).toEqual([{ type: 'hello', id: 'hello' }, { type: 'cancel', id: 'bounce-host' }]);
    expect(popup.posted).toEqual([
      { kind: 'login-refused', id: 'bounce-host', reason: 'not-own-server' },
      { kind: 'login-refused', id: 'other-port', reason: 'not-submission-port' },
    ]);

    const unset = new TestPort('native');
    const second = connectWith(unset, undefined, { host: '', ports: [587] });
    second.popup.receive(login('l', 'mail.example.com'));
    await vi.waitFor(() => expect(second.popup.posted).toEqual([{ kind: 'login-refused', id: 'l', reason: 'no-outgoing-server' }]));
    expect(JSON.stringify(unset.posted)).not.toContain('pw');
  });

  it('does not relay anything that is not a helper request', () => {
    const native = new TestPort('native');
    const { popup } = connectWith(native);
    for (const junk of [null, 'observe', { type: 'hello', id: 'hello' }, { type: 'observe' }, { type: 'rm -rf', id: 'x' }]) popup.receive(junk);
    expect(native.posted).toEqual([{ type: 'hello', id: 'hello' }]);
    expect(popup.posted).toHaveLength(5);
    expect(popup.posted.every((m) => (m as HelperPortMessage).kind === 'error')).toBe(true);
  });

  it('reports a missing helper when the native side goes before saying hello', () => {
    const native = new TestPort('native');
    const { popup } = connectWith(native);
    native.drop();
    expect(popup.posted).toEqual([{ kind: 'missing' }]);
    expect(popup.disconnected).toBe(true);
  });

  it('reports a helper that went away after hello as closed', () => {
    const native = new TestPort('native');
    const { popup } = connectWith(native);
    native.receive({ id: 'hello', kind: 'hello', version: '0.1.0', protocol: 1 });
    native.drop();
    expect(popup.posted.at(-1)).toEqual({ kind: 'closed' });
    expect(popup.disconnected).toBe(true);
  });

  it('reports missing when the browser throws at connect (Firefox without a host manifest)', () => {
    const popup = new TestPort(HELPER_PORT, popupSender);
    handleHelperPort(popup.port, OWN_ID, OWN_ORIGIN, () => {
      throw new Error('No such native application com.proredline.bounce_lens');
    });
    expect(popup.posted).toEqual([{ kind: 'missing' }]);
    expect(popup.disconnected).toBe(true);
  });

  it('reports the missing permission when the browser offers no connectNative', () => {
    const popup = new TestPort(HELPER_PORT, popupSender);
    handleHelperPort(popup.port, OWN_ID, OWN_ORIGIN, null);
    expect(popup.posted).toEqual([{ kind: 'no-permission' }]);
    expect(popup.disconnected).toBe(true);
  });

  it('tells the popup, rather than throwing, when the helper is gone as a request is sent', () => {
    const native = new TestPort('native');
    const { popup } = connectWith(native);
    native.disconnected = true; // gone, and the browser has not said so yet
    popup.receive({ type: 'observe', id: 'o1', host: 'mail.example.com', ports: [587], timeoutMs: 1000 });
    expect(popup.posted).toEqual([{ kind: 'missing' }]);
    expect(popup.disconnected).toBe(true);
  });

  it('closes the helper when the popup goes', () => {
    const native = new TestPort('native');
    const { popup } = connectWith(native);
    popup.drop();
    expect(native.disconnected).toBe(true);
    native.receive({ id: 'hello', kind: 'hello', version: '0.1.0', protocol: 1 }); // late reply: dropped, no throw
    expect(popup.posted).toEqual([]);
  });
});

/** The browser's side of native messaging, over a real `bounce-lens helper host` process. */
class HostProcessPort extends TestPort {
  private readonly reader = new FrameReader();
  constructor(private readonly child: ChildProcess) {
    super(NATIVE_HOST);
    child.stdout?.on('data', (chunk: Buffer) => {
      for (const frame of this.reader.push(chunk)) if (frame.ok) this.receive(frame.message);
    });
    child.on('exit', () => {
      if (!this.disconnected) this.drop();
    });
  }
  override postMessage(message: unknown): void {
    const frame = encodeFrame(message);
    if (!frame.ok) throw new Error(frame.error);
    this.child.stdin?.write(frame.frame);
  }
  override disconnect(): void {
    this.disconnected = true;
    this.child.stdin?.end();
  }
}

describe('helper port relay (the real helper host)', () => {
  // A loopback address of its own, so port 2525 does not clash with other tests on 127.0.0.1.
  const HOST = '127.0.0.47';
  let smtp: SMTPServer;
  beforeAll(async () => {
    smtp = new SMTPServer({ name: 'mx.relay-test.localhost', authOptional: true, disabledCommands: ['STARTTLS'] });
    await new Promise<void>((resolve, reject) => {
      smtp.server.once('error', reject);
      smtp.listen(2525, HOST, resolve);
    });
  });
  afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

  it('answers hello, observes SMTP ports, refuses others, and exits when the popup goes', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/bounce-lens.js'), 'helper', 'host', OWN_ORIGIN], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const native = new HostProcessPort(child);
    const { popup } = connectWith(native);
    const replies = (): HelperPortMessage[] => popup.posted as HelperPortMessage[];
    await vi.waitFor(() => expect(replies()[0]).toMatchObject({ id: 'hello', kind: 'hello', protocol: 1 }), { timeout: 15_000 });

    popup.receive({ type: 'observe', id: 'o1', host: HOST, ports: [2525, 587], timeoutMs: 3000 });
    await vi.waitFor(() => expect(replies().some((m) => m.kind === 'done' && m.id === 'o1')).toBe(true), { timeout: 15_000 });
    const seen = replies().flatMap((m) => (m.kind === 'observation' && m.id === 'o1' ? [m.observation] : []));
    expect(seen.find((o) => o.port === 2525)).toMatchObject({ connect: 'ok', certFingerprint: null });
    expect(seen.find((o) => o.port === 2525)?.greeting).toMatch(/^220 mx\.relay-test\.localhost /);
    expect(seen.find((o) => o.port === 587)).toMatchObject({ connect: 'refused', greeting: null });

    popup.receive({ type: 'observe', id: 'o2', host: HOST, ports: [8025], timeoutMs: 3000 });
    await vi.waitFor(() => expect(replies().some((m) => m.kind === 'error' && m.id === 'o2')).toBe(true), { timeout: 10_000 });
    expect(replies().find((m) => m.kind === 'error' && m.id === 'o2')).toMatchObject({ error: 'port-not-smtp' });

    popup.drop();
    expect(await exited).toBe(0);
  });
});
