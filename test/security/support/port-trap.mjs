// Runs inside a network namespace: listens on every address of the SMTP ports and reports each
// connection on stdout ("conn <local address> <port>"), after "ready".
import net from 'node:net';

const ports = process.argv.slice(2).map(Number);
let pending = ports.length;
for (const port of ports) {
  const server = net.createServer((socket) => {
    process.stdout.write(`conn ${socket.localAddress} ${port}\n`);
    socket.on('error', () => undefined);
  });
  // "::" takes IPv4 too (dual stack), so 0.0.0.0, 127.0.0.1 and 169.254.169.254 all land here.
  server.listen({ host: '::', port, ipv6Only: false }, () => {
    if (--pending === 0) process.stdout.write('ready\n');
  });
}
