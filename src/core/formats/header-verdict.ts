// What a message's own header block says about it: sent as a mail system's report, an RFC 3834
// response from a person's mailbox, a one-click unsubscribe, a provider's own cause. Read on the full
// paths only: a page's rendered bounce has no header block, and the content script stays small.
import { headerValue, type HeaderField } from '../parse/message.ts';
import type { Reason } from '../types.ts';
import { isAutoReply, isPersonalAutoReply } from './auto-reply.ts';
import { fromMailSystem, hasBounceHeaders } from './bounce-signals.ts';
import { isUnsubscribeRequest } from './feedback.ts';
import { headerReason } from './provider-headers.ts';

export interface HeaderVerdict {
  /** Marked as a mail system's report (X-Failed-Recipients, multipart/report, MAILER-DAEMON …). */
  bounce: boolean;
  /** An auto-response from a person's mailbox, not from the mail system. */
  autoReply: boolean;
  unsubscribe: boolean;
  reason: Reason | null;
}

export const NO_HEADER_VERDICT: HeaderVerdict = { bounce: false, autoReply: false, unsubscribe: false, reason: null };

export function readHeaders(headers: readonly HeaderField[]): HeaderVerdict {
  return {
    bounce: hasBounceHeaders(headers),
    // Exim and others mark their bounces auto-replied too, but send them as the mail system or name
    // the failed recipients in a header; a person's responder relayed by the mail system says so itself.
    autoReply: isAutoReply(headers) && (!fromMailSystem(headers) || isPersonalAutoReply(headers)) && headerValue(headers, 'x-failed-recipients') === null,
    unsubscribe: isUnsubscribeRequest(headerValue(headers, 'subject')),
    reason: headerReason(headers),
  };
}
