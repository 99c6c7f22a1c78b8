// An HTTPS front for a plain-http loopback server, as a real probe sits behind a TLS reverse proxy:
// the extension sends its token over plain http only to loopback, so a test whose browser reaches
// the probe on another address goes through this. Self-signed: the browser runs with
// --ignore-certificate-errors. Streams responses as they come (the probe answers with SSE).
import { request } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { selfSignedCertificate } from './tls.ts';

export interface TlsProxy {
  /** https://HOST:PORT */
  url: string;
  close(): Promise<void>;
}

export async function startTlsProxy(target: string, host: string): Promise<TlsProxy> {
  const upstream = new URL(target);
  const tls = selfSignedCertificate(['probe.test']);
  const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const forward = request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.destroy());
    res.on('close', () => forward.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://${host}:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
