// A Postfix policy service (SMTPD_POLICY_README protocol) that evaluates SPF with mailauth, asking
// only the stack's dnsmasq (127.0.0.1:53): the "remote that checks SPF" (spf.test on 127.0.0.5)
// refuses mail whose SPF fails, so the bounce comes from real Postfix. Postfix's own SPF add-on
// (policyd-spf) would resolve through /etc/resolv.conf, i.e. off the machine: hence this one.
// Run: node --import tsx scripts/mail-stack/spf-policy.ts PORT PIDFILE
import net from 'node:net';
import { writeFileSync } from 'node:fs';
import { spf } from 'mailauth/lib/spf/index.js';
import { createCheckResolver, mailauthResolver } from '../../src/probe/checks/resolver.ts';

const port = Number(process.argv[2] ?? 10040);
const pidFile = process.argv[3];
const resolver = mailauthResolver(createCheckResolver({ servers: [{ host: '127.0.0.1', port: 53 }] }));

async function decide(attrs: Map<string, string>): Promise<string> {
  const ip = attrs.get('client_address') ?? '';
  const sender = attrs.get('sender') ?? '';
  const helo = attrs.get('helo_name') ?? '';
  if (!sender) return 'DUNNO';
  const r = await spf({ sender, ip, helo, mta: 'mx.spf.test', resolver: resolver as never });
  const result = r.status.result;
  const domain = sender.split('@').pop() ?? sender;
  if (result === 'fail') return `550 5.7.23 SPF check failed: ${domain} does not designate ${ip} as a permitted sender (spf=fail)`;
  if (result === 'softfail') return `550 5.7.23 SPF check failed: ${domain} says ${ip} is probably not a permitted sender (spf=softfail)`;
  if (result === 'permerror') return `550 5.7.23 SPF record of ${domain} is invalid (spf=permerror)`;
  if (result === 'temperror') return `451 4.7.24 SPF check could not be completed for ${domain} (spf=temperror)`;
  return 'DUNNO';
}

const server = net.createServer((socket) => {
  let buffer = '';
  socket.setEncoding('utf8');
  socket.on('error', () => undefined);
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    if (buffer.length > 64 * 1024) return socket.destroy();
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const attrs = new Map(block.split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as [string, string]));
      decide(attrs).then(
        (action) => socket.write(`action=${action}\n\n`),
        () => socket.write('action=451 4.3.0 SPF policy service error\n\n'),
      );
    }
  });
});
server.listen(port, '127.0.0.1', () => {
  if (pidFile) writeFileSync(pidFile, `${process.pid}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
