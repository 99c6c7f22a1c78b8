// Finds the real SMTP reply inside whatever a log or a mail library puts around it
// ("ERROR => Received: 530 …", "got code \"550\", with message \"550 …\"", "(535, b'5.7.8 …')", Python 2's "(501, '…')"),
// and ignores the numbers that are not replies: ports (":465", Node's printed "port: 587 }"), addresses ("192.0.2.1"), errno
// values ("[Errno 111]"), exit or socket codes ("101 Socket timeout", "defer (-44)"), file
// positions ("_ssl.c:1129") and counts ("more than 500 recipients").

export interface SmtpReply {
  replyCode: number;
  status: string | null;
  /** The reply from its code to the end of its line. */
  text: string;
  start: number;
}

// A reply code stands on its own: not glued to digits, dots, colons, a minus sign or letters
// before it; a status, a word or a Python tuple's comma after it.
// A status whose class is not 2, 4 or 5 ("554 6.6.0 …") is no status: the reply is read by its code.
const CANDIDATE = /(?<![\w.:#/+=-]|errno |port |port: |code ")([45]\d\d)(?:(?:[ -]+#?|, b?['"])([245]\.\d{1,3}\.\d{1,3})|[ -][013-9]\.\d{1,3}\.\d{1,3}(?=\s)|(?=[ -](?![\d.:])|, b?['"]))(?![\d.:])/gi;
// Words after a number that make it a count or a size, not a reply.
const COUNT = /^[ -](?:recipients?|messages?|mails?|e-?mails?|bytes?|[kmg]b|seconds?|secs?|minutes?|mins?|hours?|days?|connections?|attempts?|per\b|times?)\b/i;

const LEAD = /(?:^|\n)[ \t>]*$|[:"'([=>|]\s*$|\b(?:said|received|reply|response|replied|returned|answered|error|code|got)\s*$/i;

// A library that puts the code in brackets before the reply's words ("permanent error (550): 5.1.1 …",
// "SMTP error (535)").
const BRACKETED = /\((?:code )?([45]\d\d)\)[: ]+(?:([245]\.\d{1,3}\.\d{1,3})\b)?/i;

// A program that says which code it got, the code ending its message ("Expected smtp code 250, got 552").
// Also a program that names only the reply it got, the code ending its message ("Negative SMTP reply: 501",
// "server response code: 554").
const GOT_CODE = /\b(?:got(?: code)?|(?:negative |unexpected |error |bad )?(?:smtp )?(?:reply|response)(?: code)?:) "?([45]\d\d)"?[.!]?\s*$/i;

/** The first SMTP reply in the text, or null when it has none. */
export function findSmtpReply(text: string): SmtpReply | null {
  const g = GOT_CODE.exec(text);
  if (g && g[1] !== undefined) {
    const start = g.index + g[0].indexOf(g[1]);
    return { replyCode: Number(g[1]), status: null, text: g[1], start };
  }
  const b = BRACKETED.exec(text);
  if (b && b[1] !== undefined) {
    const end = text.indexOf('\n', b.index);
    return { replyCode: Number(b[1]), status: b[2] ?? null, text: text.slice(b.index + 1, end === -1 ? undefined : end).replace(/^(\d{3})\)[: ]*/, '$1 ').trim(), start: b.index + 1 };
  }
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const code = m[1];
    if (code === undefined) continue;
    const after = text.slice(m.index + m[0].length);
    if (!m[2] && COUNT.test(after)) continue;
    // Without a status, only where a reply stands: a line's start or after a marker that hands
    // one on (a colon, a quote, a bracket, "said", "received"…), never inside a sentence.
    if (!m[2] && !m[0].includes(',') && !LEAD.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const end = text.indexOf('\n', m.index);
    return { replyCode: Number(code), status: m[2] ?? null, text: text.slice(m.index, end === -1 ? undefined : end).trim(), start: m.index };
  }
  return null;
}
