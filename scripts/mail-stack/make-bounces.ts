// Sends one message per bounce case from alice and waits, bounded, until the servers' bounces are all
// in her INBOX; stores each raw bounce in $BL_STACK_DIR/bounces/. Run: npx tsx scripts/mail-stack/make-bounces.ts
// [--export DIR] [--timeout SECONDS]. Idempotent: a case already sent (or already bounced) is not sent again.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BOUNCE_CASES, caseMessage } from './bounce-cases.ts';
import { bounceKey, fetchInbox, summarize } from './mailbox.ts';
import { submit } from './smtp-dialog.ts';
import { readStack, type StackInfo } from './stack.ts';

export interface IndexEntry {
  file: string;
  caseId: string;
  action: string;
  status: string | null;
  reportingMta: string | null;
}

const POLL_MS = 2_000;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function expectedKeys(): Set<string> {
  return new Set(BOUNCE_CASES.flatMap((c) => c.expected.map((e) => bounceKey(c.id, e.action))));
}

/** The bounces present now, by key (first one wins: a re-run does not duplicate). */
async function collect(stack: StackInfo): Promise<Map<string, { source: string; entry: IndexEntry }>> {
  const found = new Map<string, { source: string; entry: IndexEntry }>();
  for (const message of await fetchInbox(stack)) {
    const s = summarize(message.source);
    if (!s.caseId || !s.action) continue;
    const key = bounceKey(s.caseId, s.action);
    if (!found.has(key)) {
      found.set(key, { source: message.source, entry: { file: `${key}.eml`, caseId: s.caseId, action: s.action, status: s.status, reportingMta: s.reportingMta } });
    }
  }
  return found;
}

async function sendMissing(stack: StackInfo, sentFile: string, present: Set<string>): Promise<void> {
  const sent: Record<string, string> = existsSync(sentFile) ? JSON.parse(readFileSync(sentFile, 'utf8')) : {};
  const ca = readFileSync(stack.caCertPath);
  for (const c of BOUNCE_CASES) {
    const anyBounce = c.expected.some((e) => present.has(bounceKey(c.id, e.action)));
    if (sent[c.id] || anyBounce) continue;
    const result = await submit({
      host: stack.smtpHost,
      port: stack.ports.submission,
      trust: { ca, servername: stack.hostname },
      user: stack.users.alice.address,
      password: stack.users.alice.password,
      from: stack.users.alice.address,
      to: c.recipient(stack),
      message: caseMessage(c, stack),
    });
    if (!result.ok) throw new Error(`case ${c.id}: submission refused at ${result.step}: ${result.reply.raw}`);
    sent[c.id] = new Date().toISOString();
    writeFileSync(sentFile, JSON.stringify(sent, null, 2));
  }
}

async function main(): Promise<number> {
  const read = readStack();
  if (!read.ok) {
    console.error(`make-bounces: ${read.error}`);
    return 2;
  }
  const stack = read.stack;
  const outDir = path.join(stack.stateDir, 'bounces');
  mkdirSync(outDir, { recursive: true });
  const timeoutS = Number(option('--timeout') ?? process.env.BL_BOUNCE_TIMEOUT_S ?? 150);
  const wanted = expectedKeys();

  let found = await collect(stack);
  await sendMissing(stack, path.join(outDir, 'sent.json'), new Set(found.keys()));
  const started = Date.now();
  let missing = [...wanted].filter((k) => !found.has(k));
  while (missing.length > 0 && Date.now() - started < timeoutS * 1000) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    found = await collect(stack);
    missing = [...wanted].filter((k) => !found.has(k));
  }

  const index: IndexEntry[] = [];
  for (const [, { source, entry }] of [...found].sort(([a], [b]) => a.localeCompare(b))) {
    writeFileSync(path.join(outDir, entry.file), source);
    index.push(entry);
  }
  writeFileSync(path.join(outDir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  const exportDir = option('--export');
  if (exportDir) {
    mkdirSync(exportDir, { recursive: true });
    for (const e of index) copyFileSync(path.join(outDir, e.file), path.join(exportDir, e.file));
    copyFileSync(path.join(outDir, 'index.json'), path.join(exportDir, 'index.json'));
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (missing.length > 0) {
    console.error(`make-bounces: after ${seconds} s still missing: ${missing.join(', ')} (logs in ${stack.stateDir}/log/)`);
    return 1;
  }
  console.log(`make-bounces: ${index.length} bounces in alice's INBOX after waiting ${seconds} s; raw copies in ${outDir}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`make-bounces: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
