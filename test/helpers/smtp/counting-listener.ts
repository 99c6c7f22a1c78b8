// A loopback listener that only counts connections: proof that refused requests open none.
import net from 'node:net';

export interface CountingListener {
  port: number;
  count(): number;
  close(): Promise<void>;
}

export async function startCountingListener(): Promise<CountingListener> {
  let n = 0;
  const sockets = new Set<net.Socket>();
  const servers: net.Server[] = [];
  const onConnection = (s: net.Socket): void => {
    n++;
    sockets.add(s);
    s.on('error', () => undefined);
    s.on('close', () => sockets.delete(s));
  };
  const v4 = net.createServer(onConnection);
  await new Promise<void>((r) => v4.listen(0, '127.0.0.1', r));
  servers.push(v4);
  const { port } = v4.address() as net.AddressInfo;
  // The same port on ::1 too, when the machine has IPv6 loopback.
  const v6 = net.createServer(onConnection);
  await new Promise<void>((r) => {
    v6.once('error', () => r());
    v6.listen(port, '::1', () => {
      servers.push(v6);
      r();
    });
  });
  return {
    port,
    count: () => n,
    close: async () => {
      for (const s of sockets) s.destroy();
      await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
    },
  };
}
