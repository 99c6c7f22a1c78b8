// RFC 3834 auto-replies (vacation, out of office): not bounces, reason "vacation".
import { headerValue, type HeaderField } from '../parse/message.ts';

const AUTO_SUBJECT = /^(?:auto(?:matic)?[ -]?(?:reply|response|antwort)|out of (?:the )?office|abwesenheitsnotiz|vacation|away from)/i;

export function isAutoReply(headers: readonly HeaderField[]): boolean {
  const submitted = headerValue(headers, 'auto-submitted')?.toLowerCase() ?? '';
  if (submitted.startsWith('auto-replied')) return true;
  if (headerValue(headers, 'x-autoreply') || headerValue(headers, 'x-autorespond')) return true;
  const subject = headerValue(headers, 'subject') ?? '';
  return AUTO_SUBJECT.test(subject.trim());
}

/**
 * A person's responder, whoever relays it: its own X-Autoreply / X-Autorespond header, or an
 * out-of-office subject. Amazon SES passes such replies on as MAILER-DAEMON, so these outweigh
 * a mail-system sender (a bounce says "auto-replied" too, but not these).
 */
export function isPersonalAutoReply(headers: readonly HeaderField[]): boolean {
  if (headerValue(headers, 'x-autoreply') || headerValue(headers, 'x-autorespond')) return true;
  return AUTO_SUBJECT.test((headerValue(headers, 'subject') ?? '').trim());
}
