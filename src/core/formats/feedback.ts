// ARF complaint reports (RFC 5965): not bounces. One finding per Original-Rcpt-To, or one for the
// report when it names none.
import { extractAddress } from '../parse/address.ts';

const FEEDBACK_TYPE = /^feedback-type:[ \t]*([a-z-]+)/im;
const ORIGINAL_RCPT = /^original-rcpt-to:[ \t]*(.+)$/gim;

export interface FeedbackReport {
  recipients: { address: string; start: number; end: number }[];
  typeStart: number;
  typeEnd: number;
}

export function findFeedbackReport(text: string, from: number, to: number): FeedbackReport | null {
  const region = text.slice(from, to);
  const type = FEEDBACK_TYPE.exec(region);
  if (!type) return null;
  const recipients: FeedbackReport['recipients'] = [];
  ORIGINAL_RCPT.lastIndex = 0;
  for (let m = ORIGINAL_RCPT.exec(region); m; m = ORIGINAL_RCPT.exec(region)) {
    const address = extractAddress(m[1] ?? '');
    if (address) recipients.push({ address, start: from + m.index, end: from + m.index + m[0].length });
  }
  return { recipients, typeStart: from + type.index, typeEnd: from + type.index + type[0].length };
}

// RFC 2369 "List-Unsubscribe: <mailto:…?subject=unsubscribe>": a mail client's one-click opt-out is
// the recipient's feedback (ARF's "opt-out"), even when marked as an automatic response.
const UNSUBSCRIBE_SUBJECT = /^[ \t]*unsubscribe[ \t]*$/i;

export function isUnsubscribeRequest(subject: string | null): boolean {
  return subject !== null && UNSUBSCRIBE_SUBJECT.test(subject);
}
