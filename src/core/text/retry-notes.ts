// A delay notice's own note that the message is still queued, in the words of servers whose notices
// carry no delivery-status part and often share their subject with a failure (XMail's "[<03>] Note:
// ** This is a temporary error and you do not have to resend the message … The system will try to
// resend the message at …", OpenSMTPD's "this is only a temporary failure report … You DO NOT NEED
// to re-send the message"). Three ways of saying it:
// - the notice calls itself a temporary error or failure (the mirror of "This is a permanent error");
// - it tells the sender that resending is not needed (negated: "you will have to resend" is a failure's);
// - it says when or that it will try to send or deliver again ("will not try to redeliver" is a final word
//   and does not match: "will" must be followed by the attempt itself).
// A report that says it gave up outranks these (text/analyze-text.ts): a final report may quote a
// remote reply that called its refusal temporary.
const RETRY_NOTE = new RegExp([
  String.raw`this\s+is\s+(?:only\s+)?a\s+temporary\s+(?:error|failure)\b`,
  String.raw`(?:not|n't)\s+(?:have|need)\s+to\s+re-?send`,
  String.raw`will\s+(?:try|attempt)\s+to\s+re-?(?:send|deliver)`,
].join('|'), 'i');

/** 2 when the report notes that it keeps the message and tries again, else 0 (formats/bounce-signals.ts's scale). */
export function retryNote(report: string): 0 | 2 {
  return RETRY_NOTE.test(report) ? 2 : 0;
}
