// Reply reading over a real loopback socket: replies split across packets, multi-line replies,
// non-SMTP answers, silence, and the byte cap.
import { afterEach, describe, expect, it } from 'vitest';
import net from 'node:net';
import { SmtpConnection } from '../../../src/probe/smtp-connection.ts';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup) c();
  cleanup = [];
});

/** A server that writes the given chunks, a few ms apart, to whoever connects. */
async function connectTo(chunks: string[]): Promise<SmtpConnection> {
  const server = net.createServer((s) => {
    s.on('error', () => undefined);
    chunks.forEach((c, i) => setTimeout(() => s.write(c), 5 * i));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const socket = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1');
  await new Promise((r) => socket.once('connect', r));
  const conn = new SmtpConnection(socket, 1024);
  cleanup.push(() => {
    conn.end();
    server.close();
  });
  return conn;
}

describe('SmtpConnection.read', () => {
  it('joins a reply split across packets and reads multi-line replies to the last line', async () => {
    const conn = await connectTo(['22', '0 hello\r\n', '250-one\r\n250-two', '\r\n250 three\r\n']);
    expect(await conn.read(1000)).toEqual({ ok: true, code: 220, lines: ['220 hello'] });
    expect(await conn.read(1000)).toEqual({ ok: true, code: 250, lines: ['250-one', '250-two', '250 three'] });
  });

  it('names a non-SMTP answer', async () => {
    const conn = await connectTo(['HTTP/1.1 400 Bad Request\r\n']);
    expect(await conn.read(1000)).toMatchObject({ ok: false, failure: 'bad-reply', lines: ['HTTP/1.1 400 Bad Request'] });
  });

  it('times out on silence', async () => {
    const conn = await connectTo([]);
    expect(await conn.read(100)).toMatchObject({ ok: false, failure: 'timeout', lines: [] });
  });

  it('stops at the byte cap', async () => {
    const conn = await connectTo([`250-${'x'.repeat(600)}\r\n`, `250-${'y'.repeat(600)}\r\n`, '250 end\r\n']);
    expect(await conn.read(1000)).toMatchObject({ ok: false, failure: 'reply-too-long' });
  });

  it('reports a closed connection', async () => {
    const server = net.createServer((s) => s.end('220-partial\r\n'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const socket = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1');
    const conn = new SmtpConnection(socket, 1024);
    cleanup.push(() => server.close());
    expect(await conn.read(1000)).toMatchObject({ ok: false, failure: 'closed', lines: ['220-partial'] });
  });
});
