// A bare SMTP reply or code pasted on its own: "550 5.7.1 Relay access denied", "5.7.1", "550".
import { findReplyCode, findStatus, type Located } from '../parse/codes.ts';

export interface SmtpReply {
  replyCode: Located<number> | null;
  status: Located<string> | null;
  /** The reply line as written. */
  line: Located<string>;
}

// Longer texts are not "a reply": they are messages, and go through the bounce path.
const MAX_REPLY_TEXT = 2000;
const REPLY_START = /^[ \t]*(?:[-*>]+[ \t]*)?(?:(?:error|fehler|smtp)(?:[ \t]*:)?[ \t]*)?(?:[245]\d\d(?:[ -]|$)|[245]\.\d{1,3}\.\d{1,3}\b)/im;

export function findSmtpReply(text: string): SmtpReply | null {
  if (text.length > MAX_REPLY_TEXT) return null;
  const start = REPLY_START.exec(text);
  if (!start) return null;
  const lineEnd = text.indexOf('\n', start.index + start[0].length);
  const end = lineEnd === -1 ? text.length : lineEnd;
  const lineText = text.slice(start.index, end);
  const lead = lineText.length - lineText.trimStart().length;
  const reply = findReplyCode(lineText);
  const status = findStatus(lineText);
  const shift = <T>(l: Located<T> | null): Located<T> | null => (l ? { value: l.value, start: start.index + l.start, end: start.index + l.end } : null);
  return {
    replyCode: shift(reply),
    status: shift(status),
    line: { value: lineText.trim(), start: start.index + lead, end },
  };
}
