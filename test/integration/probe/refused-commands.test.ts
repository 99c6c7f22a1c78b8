// A server that refuses EHLO, STARTTLS or the EHLO after TLS: the stage names the refusal with
// the server's code, the probe says QUIT, and nothing more is sent. A scripted raw server on
// loopback (no SMTP server refuses these on purpose), upgraded to real TLS with openssl-made
// certificates.
import net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCertificates, type TestCertificates } from '../../helpers/smtp/certificates.ts';
import { collect, stage } from '../../helpers/smtp/collect.ts';
import { zoneResolver } from '../../helpers/smtp/resolver.ts';
import { defaultEngineOptions, runProbe } from '../../../src/probe/index.ts';

/** Reply text (CRLF-terminated lines) per command verb; CLOSE hangs up instead of answering. */
type Replies = Record<string, string>;
const CLOSE = 'CLOSE';

interface Scripted {
  port: number;
  /** Every command line received, `tls:`-prefixed once the connection is encrypted. */
  commands: string[];
  close(): Promise<void>;
}

let certs: TestCertificates;
beforeAll(() => {
  certs = makeCertificates();
});
afterAll(() => certs.cleanup());

function answerLines(socket: net.Socket, replies: Replies, commands: string[], prefix: string, upgrade: () => void): void {
  let buffered = '';
  const onData = (chunk: Buffer): void => {
    buffered += chunk.toString('latin1');
    for (let end = buffered.indexOf('\r\n'); end >= 0; end = buffered.indexOf('\r\n')) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      commands.push(`${prefix}${line}`);
      const verb = line.split(' ')[0]?.toUpperCase() ?? '';
      const reply = replies[verb] ?? (verb === 'QUIT' ? '221 2.0.0 Bye\r\n' : '502 5.5.2 Not scripted\r\n');
      if (reply === CLOSE) {
        socket.destroy();
        return;
      }
      socket.write(reply);
      if (verb === 'QUIT') socket.end();
      if (verb === 'STARTTLS' && reply.startsWith('220 ')) {
        socket.off('data', onData);
        upgrade();
        return;
      }
    }
  };
  socket.on('data', onData);
}

async function scripted(plain: Replies, encrypted: Replies = {}): Promise<Scripted> {
  const commands: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.write('220 scripted.test ESMTP\r\n');
    answerLines(socket, plain, commands, '', () => {
      const secure = new tls.TLSSocket(socket, { isServer: true, key: certs.valid.key, cert: certs.valid.cert });
      secure.on('error', () => undefined);
      answerLines(secure, encrypted, commands, 'tls:', () => undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    commands,
    close: () => new Promise<void>((done) => {
      for (const s of sockets) s.destroy();
      server.close(() => done());
    }),
  };
}

async function probe(server: Scripted) {
  const options = defaultEngineOptions({
    policy: { ports: [server.port], allowPrivate: true, allowedNetworks: [] },
    stageTimeoutMs: 1500, tryTimeoutMs: 1500, probeTimeoutMs: 10_000,
    trustedCa: [certs.ca],
    resolver: zoneResolver({ addresses: { localhost: ['127.0.0.1'] } }),
  });
  try {
    return await collect(runProbe({ host: 'localhost', port: server.port, security: 'starttls' }, options));
  } finally {
    await server.close();
  }
}

const verbs = (commands: string[]): string[] => commands.map((c) => c.split(' ')[0] ?? '');
const EHLO_WITH_STARTTLS = '250-scripted.test\r\n250-SIZE 1000\r\n250 STARTTLS\r\n';

describe('a server that refuses a command', () => {
  it('refused EHLO: the ehlo stage fails with the code, then QUIT and nothing else', async () => {
    const server = await scripted({ EHLO: '554 5.7.1 Not you\r\n' });
    const { stages } = await probe(server);
    expect(stages.map((s) => s.stage)).toEqual(['dns', 'tcp', 'greeting', 'ehlo', 'quit']);
    expect(stage(stages, 'ehlo')).toMatchObject({ ok: false, failure: 'ehlo-rejected', reply: ['554 5.7.1 Not you'] });
    expect(stage(stages, 'ehlo').detail.subs).toEqual(['554']);
    expect(stage(stages, 'quit').ok).toBe(true);
    expect(verbs(server.commands)).toEqual(['EHLO', 'QUIT']);
  });

  it('hung up on EHLO: the ehlo stage says so, and no QUIT is attempted on the dead connection', async () => {
    const server = await scripted({ EHLO: CLOSE });
    const { stages } = await probe(server);
    expect(stages.map((s) => s.stage)).toEqual(['dns', 'tcp', 'greeting', 'ehlo']);
    expect(stage(stages, 'ehlo')).toMatchObject({ ok: false, failure: 'closed' });
    expect(verbs(server.commands)).toEqual(['EHLO']);
  });

  it('refused STARTTLS: the starttls stage fails with the code, then QUIT in plain text', async () => {
    const server = await scripted({ EHLO: EHLO_WITH_STARTTLS, STARTTLS: '454 4.7.0 TLS not available\r\n' });
    const { stages } = await probe(server);
    expect(stages.map((s) => s.stage)).toEqual(['dns', 'tcp', 'greeting', 'ehlo', 'starttls', 'quit']);
    expect(stage(stages, 'ehlo').extensions).toMatchObject({ SIZE: '1000', STARTTLS: '' });
    expect(stage(stages, 'starttls')).toMatchObject({ ok: false, failure: 'starttls-rejected' });
    expect(stage(stages, 'starttls').detail.subs).toEqual(['454']);
    expect(verbs(server.commands)).toEqual(['EHLO', 'STARTTLS', 'QUIT']);
  });

  it('refused EHLO after TLS: starttls passes with its certificate, ehlo-after-tls fails, QUIT goes over TLS', async () => {
    const server = await scripted(
      { EHLO: EHLO_WITH_STARTTLS, STARTTLS: '220 2.0.0 Go ahead\r\n' },
      { EHLO: '521 5.3.2 Closing\r\n' },
    );
    const { stages } = await probe(server);
    expect(stages.map((s) => s.stage)).toEqual(['dns', 'tcp', 'greeting', 'ehlo', 'starttls', 'ehlo-after-tls', 'quit']);
    expect(stage(stages, 'starttls')).toMatchObject({ ok: true, certificate: { subject: 'localhost', verified: true } });
    expect(stage(stages, 'ehlo-after-tls')).toMatchObject({ ok: false, failure: 'ehlo-rejected' });
    expect(stage(stages, 'ehlo-after-tls').detail.subs).toEqual(['521']);
    expect(verbs(server.commands)).toEqual(['EHLO', 'STARTTLS', 'tls:EHLO', 'tls:QUIT']);
  });
});
