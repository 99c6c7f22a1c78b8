// Reads SMTP replies from a socket with a byte cap and a timeout per reply, and survives the
// switch from plain TCP to TLS (STARTTLS). No parsing beyond reply lines: stages interpret.
import type { Socket } from 'node:net';

export type ReplyOutcome =
  | { ok: true; code: number; lines: string[] }
  | { ok: false; failure: 'timeout' | 'closed' | 'reply-too-long' | 'bad-reply'; lines: string[]; error?: string };

const REPLY_LINE = /^(\d{3})([ -]?)(.*)$/;
/** Reply lines are kept for display: a hostile server cannot make a stage event huge. */
const KEEP_LINES = 40;
const KEEP_CHARS = 512;

function keep(lines: string[]): string[] {
  const shown = lines.slice(0, KEEP_LINES).map((l) => (l.length > KEEP_CHARS ? `${l.slice(0, KEEP_CHARS)}…` : l));
  return lines.length > KEEP_LINES ? [...shown, `… (${lines.length - KEEP_LINES} more lines)`] : shown;
}

export class SmtpConnection {
  private socket: Socket;
  private buffer = '';
  private lines: string[] = [];
  private bytesThisReply = 0;
  private closed = false;
  private closeError: string | undefined;
  private wake: (() => void) | null = null;
  private readonly onData = (chunk: Buffer): void => {
    this.bytesThisReply += chunk.length;
    // latin1 keeps every byte; replies are ASCII and odd bytes should show, not throw.
    this.buffer += chunk.toString('latin1');
    this.wake?.();
  };
  private readonly onClose = (): void => {
    this.closed = true;
    this.wake?.();
  };
  private readonly onError = (err: Error): void => {
    this.closeError = err.message;
    this.closed = true;
    this.wake?.();
  };

  constructor(socket: Socket, private readonly maxReplyBytes: number) {
    this.socket = socket;
    this.listen(socket);
  }

  private listen(socket: Socket): void {
    socket.on('data', this.onData);
    socket.on('close', this.onClose);
    socket.on('error', this.onError);
  }

  /** Stops reading from the plain socket so TLS can take it over; returns bytes sent too early. */
  detach(): { socket: Socket; pending: string } {
    this.socket.off('data', this.onData);
    this.socket.off('close', this.onClose);
    this.socket.off('error', this.onError);
    const pending = this.buffer;
    this.buffer = '';
    return { socket: this.socket, pending };
  }

  attach(socket: Socket): void {
    this.socket = socket;
    this.closed = false;
    this.closeError = undefined;
    this.listen(socket);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  send(line: string): void {
    if (!this.closed) this.socket.write(`${line}\r\n`);
  }

  /** Reads one complete (possibly multi-line) reply. */
  async read(timeoutMs: number): Promise<ReplyOutcome> {
    this.lines = [];
    this.bytesThisReply = this.buffer.length;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const outcome = this.takeLines();
      if (outcome) return outcome;
      if (this.bytesThisReply > this.maxReplyBytes) {
        return { ok: false, failure: 'reply-too-long', lines: keep(this.lines.slice(0, 3)) };
      }
      if (this.closed) {
        return { ok: false, failure: 'closed', lines: keep(this.lines), ...(this.closeError ? { error: this.closeError } : {}) };
      }
      const left = deadline - Date.now();
      if (left <= 0) return { ok: false, failure: 'timeout', lines: keep(this.lines) };
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }

  private takeLines(): ReplyOutcome | null {
    let end: number;
    while ((end = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, end).replace(/\r$/, '');
      this.buffer = this.buffer.slice(end + 1);
      const m = REPLY_LINE.exec(line);
      if (!m) return { ok: false, failure: 'bad-reply', lines: keep([...this.lines, line]) };
      this.lines.push(line);
      const code = Number(m[1]);
      if (m[2] !== '-') return { ok: true, code, lines: keep(this.lines) };
    }
    return null;
  }

  end(): void {
    this.closed = true;
    this.socket.destroy();
  }
}
