// Issue 13.11: the probe client's event-stream reader must not buffer whatever a server sends.
// A hostile (or broken) probe URL answers 200 text/event-stream and then streams bytes without
// ever ending a line, or one event's data lines forever. The real probe client (the service
// worker's runProbe, with Node's fetch) reads from a real loopback HTTP server; it must give up
// with an error and hang up while the server has sent only a few megabytes. Before the bound it
// read all the server had (here 64 MB, in the field: until memory ran out).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runProbe } from '../../src/extension/background/probe-client.ts';
import type { ProbePortMessage } from '../../src/extension/messages.ts';

const MB = 1024 * 1024;
/** What the hostile server would send if never stopped. */
const SERVER_CAP = 64 * MB;
/** A bounded reader hangs up long before this (it allows lines of 64 kB and events of 256 kB). */
const MAX_SENT_BEFORE_HANGUP = 8 * MB;

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** Streams `unit` again and again (up to the cap); resolves how much was written when the client left. */
async function hostileProbe(unit: string): Promise<{ url: string; sent: Promise<number> }> {
  let resolveSent: (n: number) => void = () => undefined;
  const sent = new Promise<number>((resolve) => (resolveSent = resolve));
  server = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    let written = 0;
    const chunk = Buffer.from(unit.repeat(Math.ceil((256 * 1024) / unit.length)));
    const pump = (): void => {
      while (written < SERVER_CAP) {
        written += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => resolveSent(written));
    pump();
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sent };
}

async function probeAll(url: string): Promise<ProbePortMessage[]> {
  const out: ProbePortMessage[] = [];
  for await (const m of runProbe({ probeUrl: url, probeToken: 't'.repeat(32) }, { host: 'mail.example.com', port: 587 })) out.push(m);
  return out;
}

describe('probe client against a server that streams without end (13.11)', () => {
  for (const [name, unit] of [
    ['a line that never ends', 'x'],
    ['one event whose data lines never end', 'data: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n'],
  ] as const) {
    it(`${name}: ends with an error and hangs up after a bounded amount`, async () => {
      const { url, sent } = await hostileProbe(unit);
      const messages = await probeAll(url);
      expect(messages).toHaveLength(1);
      expect(messages[0]?.kind).toBe('error');
      expect(await sent).toBeLessThan(MAX_SENT_BEFORE_HANGUP);
    }, 60_000);
  }
});
