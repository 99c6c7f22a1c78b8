// A loopback HTTP(S) server for test pages: static files from a folder, plus routes a test adds
// for pages it builds on the fly. Listens on 127.0.0.1 on a free port.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Certificate } from './tls.ts';

export interface Reply {
  status?: number;
  type: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

/** Answers a request, or returns null to fall through to the static folder. */
export type Route = (url: URL, req: IncomingMessage) => Reply | null | Promise<Reply | null>;

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  port: number;
  /** Requests seen, as path + query, in order (to assert what a page fetched). */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.eml': 'text/plain; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};

export async function startStaticServer(options: { root?: string; routes?: Route[]; tls?: Certificate } = {}): Promise<StaticServer> {
  const requests: string[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      requests.push(url.pathname + url.search);
      for (const route of options.routes ?? []) {
        const reply = await route(url, req);
        if (reply) return send(res, reply.status ?? 200, reply.type, reply.body, reply.headers);
      }
      if (!options.root) return send(res, 404, 'text/plain', 'not found');
      const path = normalize(join(options.root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(normalize(options.root) + sep)) return send(res, 403, 'text/plain', 'forbidden');
      const file = path.endsWith(sep) ? join(path, 'index.html') : path;
      const body = await readFile(file).catch(() => null);
      if (!body) return send(res, 404, 'text/plain', 'not found');
      send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', body);
    } catch (error) {
      send(res, 500, 'text/plain', String(error));
    }
  };
  const server = options.tls ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, handle) : createHttpServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
