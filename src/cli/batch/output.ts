// Buffered stdout: results are joined into large writes (one write per result costs a system call
// each), and the producer waits when the pipe is full, so memory stays bounded on a slow reader.
import type { Writable } from 'node:stream';

export class BufferedOutput {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly stream: Writable, private readonly limit = 64 * 1024) {}

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.limit) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(text)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('error', done);
        this.stream.on('close', done);
      });
    }
  }
}
