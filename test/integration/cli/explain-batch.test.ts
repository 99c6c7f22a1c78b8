// `bounce-lens explain` over many inputs, as a user runs it (the real command, compiled): folders
// and Maildir, mbox files split while streaming, --files-from, the output formats, worker threads
// (same output as one thread, in input order), --help and --lang.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'bounce-lens.js');
const ENGINE = join(ROOT, 'test', 'fixtures', 'engine');
const SISIMAI = join(ROOT, 'test', 'fixtures', 'sisimai', 'eml');
const TWO = join(ENGINE, 'postfix-two-recipients.eml');
const DELAY = join(ENGINE, 'delay-warning.eml');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bl-batch-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function explain(args: string[], input?: string, env: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, 'explain', ...args], {
    input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Line = { file: string; message?: number; findings: { recipient: string | null; reason: string }[] };
const jsonl = (out: string): Line[] => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);

/** A message as an mbox carries it: separator line, then the message with body "From " lines quoted. */
function mboxEntry(path: string): string {
  const body = readFileSync(path, 'latin1').replace(/\r\n/g, '\n').replace(/^From /gm, '>From ');
  return `From MAILER-DAEMON  Thu Apr 29 23:34:45 2021\n${body}${body.endsWith('\n') ? '' : '\n'}\n`;
}

describe('explain over folders, mbox files and lists', () => {
  it('walks a Maildir recursively, skips its tmp/, and names each file', () => {
    const maildir = join(dir, 'Maildir');
    for (const sub of ['cur', 'new', 'tmp', '.Bounces/cur', '.Bounces/new', '.Bounces/tmp']) mkdirSync(join(maildir, sub), { recursive: true });
    copyFileSync(TWO, join(maildir, 'cur', '1700000000.M1.host:2,S'));
    copyFileSync(DELAY, join(maildir, 'new', '1700000001.M2.host'));
    copyFileSync(TWO, join(maildir, 'tmp', 'being-delivered'));
    copyFileSync(DELAY, join(maildir, '.Bounces', 'cur', '1700000002.M3.host:2,'));
    const r = explain(['--json', maildir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const files = jsonl(r.stdout).map((l) => l.file.slice(maildir.length + 1));
    expect(files).toEqual(['.Bounces/cur/1700000002.M3.host:2,', 'cur/1700000000.M1.host:2,S', 'new/1700000001.M2.host']);
  });

  it('splits an mbox into its messages, in order, each explained on its own', () => {
    const mbox = join(dir, 'bounces.mbox');
    writeFileSync(mbox, mboxEntry(TWO) + mboxEntry(DELAY) + mboxEntry(TWO));
    const r = explain(['--json', mbox]);
    expect(r.code).toBe(0);
    const lines = jsonl(r.stdout);
    expect(lines.map((l) => [l.file, l.message])).toEqual([[mbox, 1], [mbox, 2], [mbox, 3]]);
    expect(lines[0]?.findings.map((f) => f.recipient)).toEqual(['first@remote.example', 'second@remote.example']);
    expect(lines[1]?.findings.map((f) => f.recipient)).toEqual(['slow@remote.example']);
    const one = explain(['--json', TWO]);
    expect(lines[2]?.findings).toEqual(jsonl(one.stdout)[0]?.findings);
  });

  it('reads names from --files-from -, and reports an unreadable one after the others (exit 2)', () => {
    const r = explain(['--json', '--files-from', '-'], `${TWO}\n\n${join(dir, 'missing.eml')}\n${DELAY}\n`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.eml');
    expect(jsonl(r.stdout).map((l) => l.file)).toEqual([TWO, DELAY]);
  });

  it('streams an mbox at the head of a short --files-from list as when named alone (workers started early stop for it; same output either way)', () => {
    const mbox = join(dir, 'head.mbox');
    writeFileSync(mbox, mboxEntry(TWO) + mboxEntry(DELAY));
    const alone = explain(['--json', mbox]);
    const listed = explain(['--json', '--files-from', '-'], `${mbox}\n${DELAY}\n`);
    expect(listed.code).toBe(0);
    expect(listed.stderr).toBe('');
    expect(listed.stdout).toBe(`${alone.stdout}${explain(['--json', '--files-from', '-'], `${DELAY}\n`).stdout}`);
  });

  it('walks a folder named in --files-from where it stands in the list, on one thread and on workers', () => {
    const folder = join(dir, 'listed-folder');
    mkdirSync(join(folder, 'inner'), { recursive: true });
    copyFileSync(DELAY, join(folder, 'b.eml'));
    copyFileSync(TWO, join(folder, 'inner', 'a.eml'));
    // Enough names after it that the workers start while the folder's files are still to come.
    const sisimai = readdirSync(SISIMAI).filter((f) => f.endsWith('.eml')).sort().slice(0, 150).map((f) => join(SISIMAI, f));
    const list = [TWO, folder, join(dir, 'missing.eml'), ...sisimai].join('\n');
    const expected = [TWO, join(folder, 'b.eml'), join(folder, 'inner', 'a.eml'), ...sisimai];
    for (const jobs of ['1', '3']) {
      const r = explain(['--json', '--jobs', jobs, '--files-from', '-'], list);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('missing.eml');
      expect(jsonl(r.stdout).filter((l) => (l.message ?? 1) === 1).map((l) => l.file)).toEqual(expected);
    }
  });

  it('prints CSV with one row per recipient, and a row for an input without findings', () => {
    const plain = join(dir, 'lunch.txt');
    writeFileSync(plain, 'Lunch at noon?\n');
    const r = explain(['--format', 'csv', TWO, plain]);
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout.trim().split('\n');
    const columns = header?.split(',') ?? [];
    expect(columns.slice(0, 4)).toEqual(['file', 'message', 'recipient', 'action']);
    expect(columns).toContain('reason');
    expect(rows).toHaveLength(3);
    expect(rows[0]?.split(',')[columns.indexOf('recipient')]).toBe('first@remote.example');
    expect(rows[2]).toBe([plain, ...columns.slice(1).map(() => '')].join(','));
  });

  it('gives the same output on worker threads as on one thread, in input order', () => {
    // Enough inputs that the pool starts its workers; every file named, some twice.
    const files = readdirSync(SISIMAI).filter((f) => f.endsWith('.eml')).sort().map((f) => join(SISIMAI, f));
    const list = [...files, ...files.slice(0, 100)].join('\n');
    const one = explain(['--json', '--jobs', '1', '--files-from', '-'], list);
    const many = explain(['--json', '--jobs', '3', '--files-from', '-'], list);
    expect(one.code).toBe(0);
    expect(many.code).toBe(0);
    // An mbox among them prints a line per message: count each file once.
    expect(jsonl(one.stdout).filter((l) => (l.message ?? 1) === 1).map((l) => l.file)).toEqual(list.split('\n'));
    expect(many.stdout).toBe(one.stdout);
  });

  it('--lean prints the engine\'s findings only (as analyze() gives them), the same on worker threads, and refuses text', async () => {
    const files = readdirSync(SISIMAI).filter((f) => f.endsWith('.eml')).sort().map((f) => join(SISIMAI, f)).slice(0, 120);
    const one = explain(['--lean', '--jobs', '1', '--files-from', '-'], files.join('\n'));
    const many = explain(['--lean', '--jobs', '2', '--files-from', '-'], files.join('\n'));
    expect(one.code).toBe(0);
    expect(many.stdout).toBe(one.stdout);
    const lines = jsonl(one.stdout).filter((l) => l.message === undefined);
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines.slice(0, 40)) {
      const { findings } = await analyze(readFileSync(line.file));
      expect(line.findings).toEqual(findings.map((f) => ({ recipient: f.recipient, action: f.action, status: f.status, replyCode: f.replyCode, reason: f.reason, hard: f.hard })));
    }
    const csv = explain(['--lean', '--format', 'csv', TWO]);
    expect(csv.stdout.split('\n')[0]).toBe('file,message,recipient,action,status,replyCode,reason,hard');
    expect(csv.stdout.split('\n')[1]).toBe(`${TWO},,first@remote.example,failed,5.1.1,550,userunknown,true`);
    const text = explain(['--lean', '--format', 'text', TWO]);
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(/--lean prints fields only/);
  });

  it('explains the same text twice in one process without crashing (V8 flag set at run time: batch/v8-flags.ts)', () => {
    // With `--no-regexp-tier-up` set at run time, Node 20 died of SIGSEGV on this text's second reading.
    const text = join(dir, 'starttls-de.txt');
    writeFileSync(text, 'Fehler beim Senden der Nachricht: Eine sichere Verbindung mit dem SMTP-Server smtp.example.de kann nicht mit STARTTLS aufgebaut werden, da der Server diese Funktion nicht angibt. Schalten Sie STARTTLS für diesen Server ab oder kontaktieren Sie Ihren Anbieter des E-Mail-Diensts.');
    const r = explain(['--json', '--jobs', '1', '--files-from', '-'], `${text}\n${text}\n`);
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout)).toHaveLength(2);
  });

  it('prints text with a header per input when there are several', () => {
    const r = explain([TWO, DELAY]);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^== .+$/gm)).toEqual([`== ${TWO}`, `== ${DELAY}`]);
  });

  it('refuses an unknown format and a stdin asked for twice, with the usage', () => {
    const bad = explain(['--format', 'xml', TWO]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format must be jsonl, csv or text/);
    expect(bad.stdout).toBe('');
    const twice = explain(['--files-from', '-', '-'], '');
    expect(twice.code).toBe(2);
  });
});

describe('progress', () => {
  it('draws a progress line on stderr when it is a terminal, and erases it at the end', () => {
    // `script` gives the command a pseudo-terminal; stdout goes to a file, stderr stays on the terminal.
    const files = readdirSync(SISIMAI).filter((f) => f.endsWith('.eml')).map((f) => join(SISIMAI, f));
    const list = join(dir, 'progress-list.txt');
    writeFileSync(list, Array.from({ length: 12 }, () => files.join('\n')).join('\n'));
    const out = join(dir, 'progress-out.jsonl');
    const command = `'${process.execPath}' '${BIN}' explain --json --jobs 1 --files-from '${list}' > '${out}'`;
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' } });
    expect(r.status).toBe(0);
    // eslint-disable-next-line no-control-regex -- the erase-line sequence is what is checked
    expect(r.stdout).toMatch(/\r\u001b\[K\d+ inputs explained, \d+ per second/);
    expect(r.stdout.endsWith('\r\u001b[K')).toBe(true);
    expect(readFileSync(out, 'utf8').split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(files.length * 12);
  });
});

describe('help and language', () => {
  it.each(['explain', 'probe', 'serve', 'helper'])('%s --help prints its usage and exits 0', (command) => {
    const r = spawnSync(process.execPath, [BIN, command, '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`bounce-lens ${command}`));
  });

  it('--lang and LANGUAGE choose the catalogue language', () => {
    const byFlag = explain(['--help'], undefined, { LANG: 'en_US.UTF-8' });
    expect(byFlag.stdout).toMatch(/^usage:/);
    const de = spawnSync(process.execPath, [BIN, '--lang', 'de', 'explain', DELAY], { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' } });
    const en = explain([DELAY]);
    expect(de.status).toBe(0);
    expect(de.stdout).not.toBe(en.stdout);
    const byEnv = explain([DELAY], undefined, { LANG: 'en_US.UTF-8', LANGUAGE: 'de:en' });
    expect(byEnv.stdout).toBe(de.stdout);
  });
});
