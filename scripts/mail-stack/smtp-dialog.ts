// A deliberately small SMTP client that shows every reply as the server sent it. The stack's tests need
// the raw refusals (a library would turn them into exceptions), and make-bounces needs only plain sending.
import net from 'node:net';
import tls from 'node:tls';

export interface Reply {
  code: number;
  /** The reply lines without the "250-" / "250 " prefix. */
  lines: string[];
  /** The reply as one string, prefixes included, as a mail client would log it. */
  raw: string;
}

export interface TlsTrust {
  ca: string | Buffer;
  servername: string;
}

type Waiter = { resolve: (reply: Reply) => void; reject: (error: Error) => void };

const REPLY_TIMEOUT_MS = 20_000;

export class SmtpDialog {
  private socket: net.Socket | tls.TLSSocket;
  private buffer = '';
  private pending: string[] = [];
  private replies: Reply[] = [];
  private waiters: Waiter[] = [];
  private failure: Error | null = null;

  private constructor(socket: net.Socket | tls.TLSSocket) {
    this.socket = socket;
    this.listen(socket);
  }

  /** Connects and reads the greeting. `implicitTls` is port 465's wrapper mode. */
  static async open(host: string, port: number, options: { implicitTls?: TlsTrust } = {}): Promise<{ dialog: SmtpDialog; greeting: Reply }> {
    const socket = await new Promise<net.Socket | tls.TLSSocket>((resolve, reject) => {
      const s = options.implicitTls
        ? tls.connect({ host, port, ca: options.implicitTls.ca, servername: options.implicitTls.servername }, () => resolve(s))
        : net.connect({ host, port }, () => resolve(s));
      s.once('error', reject);
    });
    const dialog = new SmtpDialog(socket);
    return { dialog, greeting: await dialog.nextReply() };
  }

  async command(line: string): Promise<Reply> {
    this.socket.write(`${line}\r\n`);
    return this.nextReply();
  }

  /** STARTTLS, then the TLS handshake on the same connection. Returns the server's answer to STARTTLS. */
  async startTls(trust: TlsTrust): Promise<Reply> {
    const reply = await this.command('STARTTLS');
    if (reply.code !== 220) return reply;
    const plain = this.socket;
    plain.removeAllListeners('data');
    this.socket = await new Promise<tls.TLSSocket>((resolve, reject) => {
      const secured = tls.connect({ socket: plain, ca: trust.ca, servername: trust.servername }, () => resolve(secured));
      secured.once('error', reject);
    });
    this.listen(this.socket);
    return reply;
  }

  /** Sends the message after a 354 (dot-stuffed, CRLF line ends) and returns the final reply. */
  async data(message: string): Promise<Reply> {
    const go = await this.command('DATA');
    if (go.code !== 354) return go;
    const body = message.replace(/\r?\n/g, '\r\n').replace(/^\./gm, '..');
    this.socket.write(body.endsWith('\r\n') ? `${body}.\r\n` : `${body}\r\n.\r\n`);
    return this.nextReply();
  }

  close(): void {
    if (!this.socket.destroyed) {
      this.socket.end('QUIT\r\n');
      this.socket.destroySoon?.();
    }
  }

  private listen(socket: net.Socket | tls.TLSSocket): void {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.onData(chunk));
    socket.on('error', (error: Error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('connection closed by the server')));
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, end).replace(/\r$/, '');
      this.buffer = this.buffer.slice(end + 1);
      this.pending.push(line);
      // "250-" continues a reply, "250 " (or a bare "250") ends it.
      if (/^\d{3}(?: |$)/.test(line)) this.finishReply();
    }
  }

  private finishReply(): void {
    const lines = this.pending;
    this.pending = [];
    const reply: Reply = {
      code: Number(lines[lines.length - 1]?.slice(0, 3)),
      lines: lines.map((l) => l.slice(4)),
      raw: lines.join('\n'),
    };
    const waiter = this.waiters.shift();
    if (waiter) waiter.resolve(reply);
    else this.replies.push(reply);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiters.splice(0)) waiter.reject(error);
  }

  private nextReply(): Promise<Reply> {
    const ready = this.replies.shift();
    if (ready) return Promise.resolve(ready);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no SMTP reply within ${REPLY_TIMEOUT_MS} ms`)), REPLY_TIMEOUT_MS);
      this.waiters.push({
        resolve: (reply) => { clearTimeout(timer); resolve(reply); },
        reject: (error) => { clearTimeout(timer); reject(error); },
      });
    });
  }
}

export interface Submission {
  host: string;
  port: number;
  trust: TlsTrust;
  user: string;
  password: string;
  from: string;
  to: string;
  message: string;
}

export type SubmitResult = { ok: true; queued: Reply } | { ok: false; step: string; reply: Reply };

/** Authenticated submission on 587 (STARTTLS, AUTH PLAIN). Refusals come back as values, with the step. */
export async function submit(s: Submission): Promise<SubmitResult> {
  const { dialog } = await SmtpDialog.open(s.host, s.port);
  try {
    const steps: [string, () => Promise<Reply>, number][] = [
      ['EHLO', () => dialog.command('EHLO client.example.test'), 250],
      ['STARTTLS', () => dialog.startTls(s.trust), 220],
      ['EHLO after TLS', () => dialog.command('EHLO client.example.test'), 250],
      ['AUTH', () => dialog.command(`AUTH PLAIN ${Buffer.from(`\0${s.user}\0${s.password}`).toString('base64')}`), 235],
      ['MAIL', () => dialog.command(`MAIL FROM:<${s.from}>`), 250],
      ['RCPT', () => dialog.command(`RCPT TO:<${s.to}>`), 250],
    ];
    for (const [step, run, expected] of steps) {
      const reply = await run();
      if (reply.code !== expected) return { ok: false, step, reply };
    }
    const queued = await dialog.data(s.message);
    return queued.code === 250 ? { ok: true, queued } : { ok: false, step: 'DATA', reply: queued };
  } finally {
    dialog.close();
  }
}
