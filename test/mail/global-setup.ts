// Starts the real mail stack (scripts/mail-stack) once for test/mail/**, makes the servers generate every
// bounce, and stops the stack afterwards if this run started it (a stack already running is left running).
// A failure names the piece: start.sh prints "mail-stack: <piece> could not start: <log tail>".
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], timeoutMs: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const timer = setTimeout(() => {
      stderr += `\n(timed out after ${timeoutMs / 1000} s)`;
      child.kill('SIGTERM');
    }, timeoutMs);
    child.on('error', (error) => { stderr += String(error); });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const stop = (): Promise<Run> => run('bash', ['scripts/mail-stack/stop.sh'], 30_000);

export default async function setup(): Promise<() => Promise<void>> {
  const start = await run('bash', ['scripts/mail-stack/start.sh'], 90_000);
  if (start.code !== 0) {
    throw new Error(`The mail stack could not start.\n${start.stderr.trim() || start.stdout.trim()}`);
  }
  const weStarted = /^mail-stack: started /m.test(start.stdout);
  const bounces = await run(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/mail-stack/make-bounces.ts'], 240_000);
  if (bounces.code !== 0) {
    if (weStarted) await stop();
    throw new Error(`The mail stack started, but make-bounces could not collect every bounce.\n${bounces.stderr.trim()}`);
  }
  console.log(`${start.stdout.trim()}\n${bounces.stdout.trim()}`);
  return async () => {
    if (weStarted && !process.env.BL_KEEP_STACK) await stop();
  };
}
