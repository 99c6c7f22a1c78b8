// Real SMTP servers on loopback for the probe's tests: nodemailer's smtp-server configured
// for each fault mode, and a few raw net servers for behaviour no SMTP server has on purpose
// (dropping after the greeting, an endless reply). Every server counts its connections.
import net from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import type { KeyPair } from './certificates.ts';

export interface RunningServer {
  port: number;
  connections(): number;
  /** Login attempts the server saw (credentials must only arrive over verified TLS). */
  authAttempts(): number;
  close(): Promise<void>;
}

export const USER = 'user@example.test';
export const PASSWORD = 'correct horse';

function listen(server: net.Server, count: () => void): Promise<RunningServer> {
  let n = 0;
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    n++;
    count();
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({
        port,
        connections: () => n,
        authAttempts: () => 0,
        close: () => new Promise<void>((done) => {
          for (const s of sockets) s.destroy();
          server.close(() => done());
        }),
      });
    });
  });
}

export type Mode =
  | 'starttls' | 'implicit-tls' | 'no-starttls' | 'plain-auth' | 'relay-refused' | 'size-limit'
  | 'slow-greeting' | 'tarpit' | 'greeting-421';

export interface SmtpFixtureOptions {
  mode: Mode;
  tls?: KeyPair;
  /** For slow-greeting. */
  delayMs?: number;
}

/** One smtp-server per fault mode; AUTH accepts only USER/PASSWORD. */
export async function startSmtp(opts: SmtpFixtureOptions): Promise<RunningServer> {
  let auths = 0;
  const base: SMTPServerOptions = {
    logger: false,
    // No reverse DNS for the client: tests never leave loopback.
    disableReverseLookup: true,
    authMethods: ['PLAIN', 'LOGIN'],
    ...(opts.tls ? { key: opts.tls.key, cert: opts.tls.cert } : {}),
    onAuth(auth, _session, cb) {
      auths++;
      if (auth.username === USER && auth.password === PASSWORD) cb(null, { user: auth.username });
      else cb(Object.assign(new Error('5.7.8 Authentication credentials invalid'), { responseCode: 535 }));
    },
    onData(stream, _s, cb) {
      // The probe must never get here; if it does, the test sees a 554.
      stream.resume();
      stream.on('end', () => cb(Object.assign(new Error('DATA reached'), { responseCode: 554 })));
    },
  };
  const modes: Record<Mode, SMTPServerOptions> = {
    'starttls': {},
    'implicit-tls': { secure: true },
    'no-starttls': { disabledCommands: ['STARTTLS'], authOptional: true, allowInsecureAuth: true },
    'plain-auth': { allowInsecureAuth: true },
    'relay-refused': {
      authOptional: true,
      onRcptTo(address, _session, cb) {
        if (address.address.endsWith('@example.test')) cb();
        else cb(Object.assign(new Error('5.7.1 Relaying denied'), { responseCode: 550 }));
      },
    },
    'size-limit': { size: 1000, authOptional: true },
    'slow-greeting': { onConnect: (_s, cb) => void setTimeout(() => cb(), opts.delayMs ?? 500) },
    // onConnect never answers: the greeting never comes.
    'tarpit': { onConnect: () => undefined },
    'greeting-421': {
      onConnect: (_s, cb) => cb(Object.assign(new Error('4.3.2 Service shutting down, try later'), { responseCode: 421 })),
    },
  };
  const server = new SMTPServer({ ...base, ...modes[opts.mode] });
  server.on('error', () => undefined);
  const netServer = (server as unknown as { server: net.Server }).server;
  const running = await listen(netServer, () => undefined);
  return {
    ...running,
    authAttempts: () => auths,
    close: async () => {
      await running.close().catch(() => undefined);
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** Raw behaviour: 'drop' greets then hangs up; 'endless' greets, then never ends its EHLO reply. */
export async function startRaw(kind: 'drop' | 'endless' | 'listen-only'): Promise<RunningServer> {
  const timers = new Set<NodeJS.Timeout>();
  const server = net.createServer((socket) => {
    socket.on('error', () => undefined);
    if (kind === 'listen-only') return;
    socket.write('220 raw.test ESMTP\r\n');
    if (kind === 'drop') {
      setTimeout(() => socket.destroy(), 20);
      return;
    }
    socket.once('data', () => {
      const line = `250-${'x'.repeat(998)}\r\n`;
      const timer = setInterval(() => {
        if (socket.destroyed) clearInterval(timer);
        else socket.write(line.repeat(16));
      }, 2);
      timers.add(timer);
    });
  });
  const running = await listen(server, () => undefined);
  return {
    ...running,
    close: async () => {
      for (const t of timers) clearInterval(t);
      await running.close();
    },
  };
}
