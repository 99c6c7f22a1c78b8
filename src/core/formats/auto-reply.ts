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
