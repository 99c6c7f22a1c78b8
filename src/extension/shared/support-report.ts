// "Copy for support": a plain-text report a mailbox owner can paste into a ticket. It names what
// support looks up in their logs (date, recipients, codes, the server's line, the servers, the
// Message-ID) and the cause in one sentence. It never carries the message body, and a login
// secret that a transcript may quote (AUTH PLAIN …, password=…) is masked.
import { render } from '../../core/i18n.ts';
import type { ExplainResult, Translate } from '../../core/knowledge/types.ts';
import type { BounceMeta } from '../messages.ts';

const MAX_LINE = 400;
const HEAD_SCAN = 65_536;

/** Date and Message-IDs as the bounce gives them (its DSN fields and the returned headers). */
export function bounceMeta(text: string): BounceMeta {
  const head = text.slice(0, HEAD_SCAN);
  const date = /^(?:Arrival-Date|Date):[ \t]*(\S[^\r\n]{0,80})/im.exec(head)?.[1]?.trim() ?? null;
  const ids = [...head.matchAll(/^Message-ID:[ \t]*(<[^<>\s]{1,250}>)/gim)].map((m) => m[1] ?? '');
  return { date, messageIds: [...new Set(ids)].slice(0, 3) };
}

/** One line of server text: no secrets, no control characters, bounded. */
export function safeLine(text: string): string {
  return text
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\b(AUTH[ \t]+(?:PLAIN|LOGIN|XOAUTH2|CRAM-MD5))[ \t]+\S+/gi, '$1 ***')
    .replace(/\b(pass(?:word)?|pwd|secret|token)([ \t]*[:=][ \t]*)\S+/gi, '$1$2***')
    .trim()
    .slice(0, MAX_LINE);
}

export interface SupportReportInput {
  result: ExplainResult;
  /** The one-line summary (oneLineSummary). */
  headline: string;
  meta?: BounceMeta;
  now: Date;
  t: Translate;
}

export function supportReport({ result, headline, meta, now, t }: SupportReportInput): string {
  const label = (key: string, value: string | null | undefined): string | null => (value ? `${render({ key }, t)}: ${safeLine(value)}` : null);
  const lines: (string | null)[] = [
    render({ key: 'sup_title' }, t),
    label('sup_copied', now.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC')),
    label('sup_date', meta?.date),
    label('sup_summary', headline),
  ];
  const causes = new Set<string>();
  for (const { finding: f, explanation } of result.items) {
    causes.add(render(explanation.summary, t));
    lines.push(
      '',
      label('sup_recipient', f.recipient ?? '—'),
      label('sup_status', f.status),
      label('sup_reply', f.replyCode === null ? null : String(f.replyCode)),
      label('sup_command', f.command),
      label('sup_diagnostic', f.diagnostic),
      label('sup_remote', f.remoteMta),
      label('sup_reporting', f.reportingMta),
    );
  }
  if (result.general) causes.add(render(result.general.summary, t));
  lines.push('', ...[...causes].map((c) => label('sup_cause', c)));
  for (const id of meta?.messageIds ?? []) lines.push(label('sup_message_id', id));
  return `${lines.filter((l): l is string => l !== null).join('\n')}\n`;
}
