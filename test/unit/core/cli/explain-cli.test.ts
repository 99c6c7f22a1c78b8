// `bounce-lens explain` as a user runs it: the real launcher in a child process.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const FIELDS = ['recipient', 'action', 'status', 'replyCode', 'reason', 'bucket', 'side', 'actor', 'temporary', 'hard', 'diagnostic', 'remoteMta', 'confidence'];

function explain(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('node', ['bin/bounce-lens.js', 'explain', ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bounce-lens explain', () => {
  it('prints one JSON object per file, every field present, findings in recipient order', () => {
    const files = ['test/fixtures/engine/postfix-two-recipients.eml', 'test/fixtures/sisimai/not-bounce/is-not-bounce-01.eml'];
    const r = explain(['--json', ...files]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; findings: Record<string, unknown>[] });
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines[0]?.findings.map((f) => f.recipient)).toEqual(['first@remote.example', 'second@remote.example']);
    for (const f of lines[0]?.findings ?? []) expect(Object.keys(f).sort()).toEqual([...FIELDS].sort());
    expect(lines[1]?.findings).toEqual([]);
  });

  it('reads stdin when no file is given', () => {
    const r = explain(['--json'], '535 5.7.8 Authentication credentials invalid\n');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { file: string; findings: { reason: string; bucket: string; recipient: null }[] };
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({ reason: 'securityerror', bucket: 'credentials', recipient: null });
  });

  it('explains per recipient: what happened, who acts, the codes and the steps', () => {
    const r = explain(['test/fixtures/engine/postfix-two-recipients.eml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('first@remote.example');
    expect(r.stdout).toContain('second@remote.example');
    expect(r.stdout).toMatch(/What happened: .+/);
    expect(r.stdout).toMatch(/Who acts: .+/);
    expect(r.stdout).toMatch(/^ +550 +\S/m);
    expect(r.stdout).toMatch(/^ +5\.1\.1 +\S/m);
    expect(r.stdout).toMatch(/What to do:\n +1\. \S/);
  });

  it('takes another host\'s profile, and refuses a broken one with the reason', () => {
    const broken = explain(['--profile', 'package.json', 'test/fixtures/engine/postfix-two-recipients.eml']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/package\.json: .*schema/);
    expect(broken.stdout).toBe('');
  });

  it('reports an unreadable file after processing the others, and exits 2', () => {
    const r = explain(['--json', 'test/fixtures/no-such-file.eml', 'test/fixtures/engine/delay-warning.eml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-file.eml');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).file).toBe('test/fixtures/engine/delay-warning.eml');
  });

  it('exits 0 for input that is not a bounce', () => {
    const r = explain([], 'Lunch at noon?\n');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().length).toBeGreaterThan(0);
  });

  it('explains an argument that names no file as the error text itself; a missing file name stays an error', () => {
    const r = explain(['--json', '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { findings: { bucket: string; actor: string }[] };
    expect(out.findings[0]).toMatchObject({ bucket: 'recipient', actor: 'sender' });
    const missing = explain(['--json', 'test/fixtures/no-such-file.eml']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(explain(['--json', 'no-such-file.eml']).code).toBe(2);
    // A bare code is text, though it has dots.
    const code = explain(['--json', '5.7.26']);
    expect(code.code).toBe(0);
    expect((JSON.parse(code.stdout) as { findings: { status: string | null }[] }).findings[0]?.status).toBe('5.7.26');
    // A pasted bounce excerpt with a link in it and a line longer than a file name can be is text too.
    const pasted = explain(['--json', `<a@example.org>: host mx.example.org[192.0.2.1] said:\n   550 5.1.1 ${'The email account that you tried to reach does not exist. '.repeat(5)}\n   https://support.example.org/mail/?p=NoSuchUser (in reply to RCPT TO command)`]);
    expect(pasted.code).toBe(0);
    expect((JSON.parse(pasted.stdout) as { findings: { bucket: string }[] }).findings[0]?.bucket).toBe('recipient');
  });
});

