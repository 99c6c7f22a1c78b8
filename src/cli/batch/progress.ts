// A one-line progress display on stderr, only when stderr is a terminal: redrawn a few times a
// second, erased at the end so the terminal shows only results and errors.
import type { Translate } from '../../core/knowledge/types.ts';
import { terminalSafe } from '../terminal-safe.ts';

export class Progress {
  private done = 0;
  private readonly started = Date.now();
  private timer: NodeJS.Timeout | null = null;
  private drawn = false;

  constructor(private readonly stream: NodeJS.WriteStream, private readonly t: Translate, enabled: boolean) {
    if (enabled) {
      this.timer = setInterval(() => this.draw(), 250);
      this.timer.unref();
    }
  }

  tick(): void {
    this.done++;
  }

  private draw(): void {
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(this.done / seconds) : 0;
    // \r and "erase line" (CSI K) are ours; the message itself is cleaned like all output.
    this.stream.write(`\r\u001b[K${terminalSafe(this.t('cli_b_progress', [String(this.done), String(rate)]))}`);
    this.drawn = true;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.drawn) this.stream.write('\r\u001b[K');
    this.drawn = false;
  }
}
