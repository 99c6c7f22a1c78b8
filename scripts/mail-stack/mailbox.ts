// Reads alice's INBOX over IMAP (loopback, STARTTLS with the stack's certificate) and tells which bounce
// each message is: the case it quotes back, and the DSN's Action and Status.
import { readFileSync } from 'node:fs';
import { ImapFlow } from 'imapflow';
import { CASE_HEADER } from './bounce-cases.ts';
import type { StackInfo, StackUser } from './stack.ts';

export interface RawMessage {
  uid: number;
  source: string;
}

export interface BounceSummary {
  caseId: string | null;
  action: string | null;
  status: string | null;
  reportingMta: string | null;
}

/** Every message of the user's INBOX with its raw source. */
export async function fetchInbox(stack: StackInfo, user: StackUser = stack.users.alice): Promise<RawMessage[]> {
  const client = new ImapFlow({
    host: stack.smtpHost,
    port: stack.ports.imap,
    secure: false,
    auth: { user: user.address, pass: user.password },
    tls: { ca: [readFileSync(stack.caCertPath)], servername: stack.hostname },
    logger: false,
  });
  try {
    await client.connect();
  } catch (error) {
    // imapflow's message is "Command failed"; the server's own words are in responseText.
    const detail = (error as { responseText?: string }).responseText ?? '';
    throw new Error(`IMAP login as ${user.address} on ${stack.smtpHost}:${stack.ports.imap} failed: ${String(error)} ${detail}`.trim(), { cause: error });
  }
  try {
    const lock = await client.getMailboxLock('INBOX');
    try {
      const messages: RawMessage[] = [];
      for await (const m of client.fetch('1:*', { uid: true, source: true })) {
        if (m.source) messages.push({ uid: m.uid, source: m.source.toString('utf8') });
      }
      return messages;
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => undefined);
  }
}

function firstMatch(source: string, pattern: RegExp): string | null {
  return pattern.exec(source)?.[1]?.trim() ?? null;
}

/** The DSN fields a test needs, read straight from the raw source (no engine involved). */
export function summarize(source: string): BounceSummary {
  return {
    caseId: firstMatch(source, new RegExp(`^${CASE_HEADER}:\\s*(\\S+)`, 'mi')),
    action: firstMatch(source, /^Action:\s*(\w+)/mi)?.toLowerCase() ?? null,
    status: firstMatch(source, /^Status:\s*(\d\.\d{1,3}\.\d{1,3})/mi),
    reportingMta: firstMatch(source, /^Reporting-MTA:\s*dns;\s*(\S+)/mi),
  };
}

/** The file name a bounce is stored under: the case, plus the action when a case has two bounces. */
export function bounceKey(caseId: string, action: string): string {
  return action === 'failed' ? caseId : `${caseId}-${action}`;
}
