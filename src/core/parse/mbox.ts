// An mbox file holds several messages one after another, each after a "From " separator line
// ("From MAILER-DAEMON  Thu Apr 29 23:34:45 2015"). Bounce archives and forwarded bounce
// collections come so: each message is a report of its own.

// The line after a separator must be a header field, or the "From " is body text.
const HEADER_LINE = /^[!-9;-~]+[ \t]*:/;
// Enough messages for any real archive; a crafted file with thousands stops here.
const MAX_MESSAGES = 64;

/** Offsets where each message starts: [0] when the text is one message. */
export function mboxMessageStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\nFrom ', 1); at !== -1 && starts.length < MAX_MESSAGES; at = text.indexOf('\nFrom ', at + 1)) {
    const separatorEnd = text.indexOf('\n', at + 1);
    if (separatorEnd === -1) break;
    const nextEnd = text.indexOf('\n', separatorEnd + 1);
    const next = text.slice(separatorEnd + 1, nextEnd === -1 ? text.length : nextEnd);
    if (HEADER_LINE.test(next)) starts.push(at + 1);
  }
  return starts;
}
