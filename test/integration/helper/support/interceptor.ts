// Runs inside the user namespace: an SMTP server with its own certificate and name, standing in
// for an antivirus or proxy that answers mail connections itself. Prints "ready" when listening.
import { listenSmtp, makeCert } from './smtp-fixture.ts';

const port = Number(process.argv[2]);
const name = 'av-proxy.office.invalid';
const smtp = await listenSmtp({ host: '0.0.0.0', port, name, cert: makeCert(name) });
process.stdout.write('ready\n');
process.on('SIGTERM', () => void smtp.close().then(() => process.exit(0)));
