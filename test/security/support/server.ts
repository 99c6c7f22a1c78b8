// The real Fastify app on a real loopback socket, for attacks that need one (slow clients,
// connection floods, clients that leave, other source addresses).
import net from 'node:net';
import http from 'node:http';
import type { FastifyInstance } from 'fastify';
import { testApp } from '../../helpers/smtp/app.ts';
import type { ServerConfig } from '../../../src/server/config.ts';

export interface Listening {
  app: FastifyInstance;
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function listen(overrides: Partial<ServerConfig> = {}): Promise<Listening> {
  const app = await testApp(overrides);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as net.AddressInfo;
  return { app, url, port, close: () => app.close() };
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One HTTP request, optionally from another loopback source address (127.0.0.2 …). */
export function request(port: number, options: { method?: string; path?: string; headers?: Record<string, string>; body?: unknown; from?: string }): Promise<Answer> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path ?? '/v1/probe', agent: false,
      ...(options.from ? { localAddress: options.from } : {}),
      headers: { ...(payload ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) } : {}), ...options.headers },
    }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** A raw socket; resolves when the server closes it (or after `giveUpMs`), with what it said. */
export function rawConnection(port: number): { socket: net.Socket; closed: Promise<{ afterMs: number; said: string }> } {
  const socket = net.connect({ host: '127.0.0.1', port });
  const t0 = performance.now();
  let said = '';
  socket.setEncoding('utf8');
  socket.on('data', (d: string) => { said += d; });
  socket.on('error', () => undefined);
  const closed = new Promise<{ afterMs: number; said: string }>((resolve) => {
    socket.once('close', () => resolve({ afterMs: performance.now() - t0, said }));
  });
  return { socket, closed };
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
