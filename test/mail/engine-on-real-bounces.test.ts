// The engine (src/core analyze / analyzeText) on what the real servers of the stack wrote: every bounce in
// alice's INBOX and the SMTP refusals captured live. Kept apart from stack.test.ts so that the stack and
// the engine are judged separately. Expected reasons use Sisimai's vocabulary; for these very files
// Sisimai 4.25 (libsisimai-perl) gives the same reasons (`perl -MSisimai` on $BL_STACK_DIR/bounces/*.eml).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, analyzeText } from '../../src/core/index.ts';
import { DIAGNOSTIC_ALONE, EXPECTED } from './expected-causes.ts';
import { BOUNCE_CASES } from '../../scripts/mail-stack/bounce-cases.ts';
import { bounceKey, fetchInbox, summarize } from '../../scripts/mail-stack/mailbox.ts';
import { SmtpDialog, type Reply, type TlsTrust } from '../../scripts/mail-stack/smtp-dialog.ts';
import { readStack, type StackInfo } from '../../scripts/mail-stack/stack.ts';

let stack: StackInfo;
let trust: TlsTrust;
const bounces = new Map<string, string>();

beforeAll(async () => {
  const read = readStack();
  if (!read.ok) throw new Error(read.error);
  stack = read.stack;
  trust = { ca: readFileSync(stack.caCertPath), servername: stack.hostname };
  for (const m of await fetchInbox(stack)) {
    const s = summarize(m.source);
    if (s.caseId && s.action && !bounces.has(bounceKey(s.caseId, s.action))) bounces.set(bounceKey(s.caseId, s.action), m.source);
  }
});

describe('analyze() on the raw bounces the servers wrote', () => {
  const rows = BOUNCE_CASES.flatMap((c) => c.expected.map((e) => ({ key: bounceKey(c.id, e.action), c, e })));

  it('has an expectation for every bounce the stack makes', () => {
    expect(rows.map((r) => r.key).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(rows)('$key', async ({ key, c, e }) => {
    const raw = bounces.get(key);
    expect(raw, `bounce ${key} in alice's INBOX`).toBeDefined();
    const want = EXPECTED[key];
    if (!raw || !want) return;
    const analysis = await analyze(raw);
    expect(analysis.format).toBe('mime');
    expect(analysis.kind).toBe(want.kind);
    const recipient = c.recipient(stack);
    const finding = analysis.findings.find((f) => f.recipient?.toLowerCase() === recipient.toLowerCase());
    expect(finding, `a finding for ${recipient}`).toBeDefined();
    expect(finding?.action).toBe(e.action);
    expect(finding?.status).toBe(e.status);
    expect(want.reasons).toContain(finding?.reason);
    expect(finding?.bucket).toBe(want.bucket);
  });
});

describe('analyzeText() on the Diagnostic-Code field alone (what a person selects in the webmail)', () => {
  // Postfix writes the field in every bounce (Exim's own bounces have none), with continuation lines.
  const rows = BOUNCE_CASES.flatMap((c) => c.expected.filter((e) => e.reporter === 'postfix').map((e) => ({ key: bounceKey(c.id, e.action) })));
  // Keys of Diagnostic-Code fields the engine does not read yet, marked it.fails (vitest turns red when
  // one starts passing, so the list cannot go stale). None at present.
  const KNOWN_GAPS = new Set<string>([]);
  const check = (key: string): void => {
    const raw = bounces.get(key);
    expect(raw, `bounce ${key} in alice's INBOX`).toBeDefined();
    const field = /^Diagnostic-Code:.*(?:\r?\n[ \t].*)*/m.exec(raw ?? '')?.[0];
    expect(field, `a Diagnostic-Code in ${key}`).toBeDefined();
    if (!field) return;
    const want = DIAGNOSTIC_ALONE[key] ?? EXPECTED[key];
    const [f] = analyzeText(field.replace(/\r\n/g, '\n')).findings;
    expect(f, `a finding for ${JSON.stringify(field)}`).toBeDefined();
    expect(want?.reasons).toContain(f?.reason);
    expect(f?.bucket).toBe(want?.bucket);
  };
  it.each(rows.filter((r) => !KNOWN_GAPS.has(r.key)))('$key', ({ key }) => check(key));
  it.fails.each(rows.filter((r) => KNOWN_GAPS.has(r.key)))('$key (known engine gap)', ({ key }) => check(key));
});

describe('analyzeText() on SMTP refusals captured from the live servers', () => {
  const auth = (password: string): string =>
    `AUTH PLAIN ${Buffer.from(`\0${stack.users.alice.address}\0${password}`).toString('base64')}`;

  async function refusal(port: number, commands: (string | null)[]): Promise<Reply> {
    const { dialog } = await SmtpDialog.open(stack.smtpHost, port);
    try {
      let reply: Reply | null = null;
      for (const c of commands) reply = c === null ? await dialog.startTls(trust) : await dialog.command(c);
      if (!reply || reply.code < 400) throw new Error(`expected a refusal, got ${reply?.raw}`);
      return reply;
    } finally {
      dialog.close();
    }
  }

  it('relay access denied on 25 → norelaying, a settings matter', async () => {
    const reply = await refusal(stack.ports.smtp, ['EHLO client.example.test', `MAIL FROM:<${stack.users.alice.address}>`, `RCPT TO:<carol@${stack.remote.domain}>`]);
    const [f] = analyzeText(reply.raw).findings;
    expect(f?.replyCode).toBe(554);
    expect(f?.status).toBe('5.7.1');
    expect(f?.reason).toBe('norelaying');
    expect(f?.bucket).toBe('settings');
  });

  it('AUTH before STARTTLS on 587 → a port/encryption matter', async () => {
    const reply = await refusal(stack.ports.submission, ['EHLO client.example.test', auth(stack.users.alice.password)]);
    const [f] = analyzeText(reply.raw).findings;
    expect(f?.replyCode).toBe(530);
    expect(f?.reason).toBe('failedstarttls');
    expect(f?.bucket).toBe('port-encryption');
  });

  it('535 wrong password → a credentials matter', async () => {
    const reply = await refusal(stack.ports.submission, ['EHLO client.example.test', null, 'EHLO client.example.test', auth('not-her-password')]);
    const [f] = analyzeText(reply.raw).findings;
    expect(f?.replyCode).toBe(535);
    expect(f?.status).toBe('5.7.8');
    expect(f?.bucket).toBe('credentials');
  });

  it('mail without login on 587 ("not logged in") is the settings cause: authentication not switched on', async () => {
    const reply = await refusal(stack.ports.submission, [
      'EHLO client.example.test', null, 'EHLO client.example.test',
      `MAIL FROM:<${stack.users.alice.address}>`, `RCPT TO:<${stack.users.bob.address}>`,
    ]);
    const analysis = analyzeText(reply.raw);
    expect(analysis.kind).toBe('smtp-error');
    const [f] = analysis.findings;
    expect(f?.replyCode).toBe(553);
    expect(f?.status).toBe('5.7.1');
    expect(f?.reason).toBe('securityerror');
    expect(f?.bucket).toBe('settings');
    expect(f?.side).toBe('sender');
  });
});
