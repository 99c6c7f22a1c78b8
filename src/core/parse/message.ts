// Splits a message (raw source or rendered text) into the regions the engine reads: the top
// header block, the report (what the mail system says) and the returned original message.
// No decoding here: the fast path reads 7bit/8bit reports as they are.

export interface HeaderField {
  /** Lowercase field name. */
  name: string;
  /** Unfolded value. */
  value: string;
  /** Offset of the field's first character in the text. */
  start: number;
}

export interface MessageRegions {
  headers: HeaderField[];
  /** Where the body (or, without a header block, the text) starts. */
  bodyStart: number;
  /** Where the returned original message starts; the text's length when there is none. */
  originalStart: number;
  /**
   * The returned original's headers quoted inside the report's readable part, before its delivery-status
   * part (1&1's "--- The header of the original message is following. ---"): part of the report region, but
   * the original's words, not the report's.
   */
  quoted?: { start: number; end: number };
}

// Bounce reports are small; what follows is the returned original, which may be huge. Reading
// only this much keeps the work bounded on any input.
const MAX_HEADER_BLOCK = 64 * 1024;
const MAX_REPORT = 256 * 1024;

// Applied to one line at a time: no end anchor, so no backtracking over trailing blanks.
const HEADER_LINE = /^([!-9;-~]+)[ \t]*:(.*)/;

// Where MTAs start the copy of the original message: MIME part types and the phrases of the
// common MTAs (Exim, qmail, Gmail, Exchange, Sendmail …). Tried at each line start only (sticky):
// a multiline "^" would be tried at every character of the report.
const ORIGINAL_MARKER =
  /[ \t>]*(?:[-=_*]+[ \t]*)?(?:content-type:[ \t]*(?:message\/rfc822|text\/rfc822-headers|message\/partial)|this is a copy of (?:the|your) message|below this line is a copy of the message|original message|unsent message follows|returned message|the header of the original message|undelivered message headers|message headers follow|headers of the original message|include[sd]? is the original message|the headers? and (?:the )?(?:top|first) \d+ lines of (?:the|your) (?:original )?message follow)/iy;

/** Offset of the first line at or after `from` (a line start) that begins the original; -1 when none. */
function originalMarker(window: string, from: number): number {
  for (let pos = from; pos < window.length; ) {
    ORIGINAL_MARKER.lastIndex = pos;
    if (ORIGINAL_MARKER.test(window)) return pos;
    const nl = window.indexOf('\n', pos);
    if (nl === -1) break;
    pos = nl + 1;
  }
  return -1;
}

// Microsoft 365's "Original Message Details" heads a few lines about the message inside its report;
// its "Error Details" paragraph (the remote server's reply) follows. The report runs to that
// paragraph's end: the original starts at the next marker after it, or right there when none follows.
const DETAILS_HEADING = /^[ \t]*original message details[ \t]*$/i;
const ERROR_DETAILS = /\n[ \t]*error details[ \t]*\n/i;
const MAX_DETAILS = 4096;

function afterErrorDetails(window: string, m: number): number {
  const lineEnd = window.indexOf('\n', m);
  if (lineEnd === -1 || !DETAILS_HEADING.test(window.slice(m, lineEnd))) return m;
  const details = ERROR_DETAILS.exec(window.slice(lineEnd, lineEnd + MAX_DETAILS));
  if (!details) return m;
  const paragraph = lineEnd + details.index + details[0].length;
  const blank = window.slice(paragraph, paragraph + MAX_DETAILS).search(/\n[ \t]*\n/);
  const end = blank === -1 ? Math.min(window.length, paragraph + MAX_DETAILS) : paragraph + blank + 1;
  const next = originalMarker(window, end);
  return next === -1 ? end : next;
}

/**
 * The stretch from a marker in the readable part to the end of that part (the next MIME boundary, before the
 * delivery-status part), when the marker introduces the returned original (not Microsoft 365's "Original
 * Message Details", whose "Error Details" are the report's own).
 */
function quotedBeforeReport(near: string, at: number, dsnAt: number): MessageRegions['quoted'] {
  const lineEnd = near.indexOf('\n');
  if (lineEnd === -1 || DETAILS_HEADING.test(near.slice(0, lineEnd))) return undefined;
  const boundary = near.indexOf('\n--', lineEnd);
  return boundary !== -1 && boundary < dsnAt ? { start: at, end: at + boundary + 1 } : undefined;
}

const DSN_PART = /^content-type:[ \t]*message\/(?:global-)?delivery-status/im;
// How far a readable part (with its HTML twin) reaches before the delivery-status part.
const MAX_READABLE_PART = 64 * 1024;

export function parseHeaderBlock(text: string, from = 0, limit = MAX_HEADER_BLOCK): { fields: HeaderField[]; end: number } {
  const fields: HeaderField[] = [];
  const stop = Math.min(text.length, from + limit);
  let pos = from;
  while (pos < stop) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(pos, lineEnd).trimEnd();
    const next = nl === -1 ? text.length : nl + 1;
    if (line === '') return { fields, end: next };
    const last = fields[fields.length - 1];
    if ((line[0] === ' ' || line[0] === '\t') && last) {
      last.value += ` ${line.trim()}`;
    } else {
      const m = HEADER_LINE.exec(line);
      if (!m) return { fields, end: pos };
      fields.push({ name: (m[1] ?? '').toLowerCase(), value: (m[2] ?? '').trim(), start: pos });
    }
    pos = next;
  }
  return { fields, end: pos };
}

export function headerValue(fields: readonly HeaderField[], name: string): string | null {
  const f = fields.find((h) => h.name === name);
  return f ? f.value : null;
}

// RFC 3464's per-message and per-recipient fields (with the common X- extensions): never a message header.
const DSN_REPORT_FIELDS = new Set([
  'reporting-mta', 'dsn-gateway', 'received-from-mta', 'arrival-date', 'original-envelope-id',
  'original-recipient', 'final-recipient', 'x-actual-recipient', 'action', 'status', 'remote-mta',
  'diagnostic-code', 'last-attempt-date', 'final-log-id', 'will-retry-until', 'x-postfix-sender', 'x-postfix-queue-id',
]);

const LEADING_BLANK_LINES = /^(?:[ \t]*\n){1,20}/;

export function splitMessage(text: string): MessageRegions {
  // Blank lines before the header (a paste, a saved file) do not end it before it starts; an mbox
  // file starts with a "From " separator line before the header.
  const lead = LEADING_BLANK_LINES.exec(text)?.[0].length ?? 0;
  const headerFrom = text.startsWith('From ', lead) ? text.indexOf('\n', lead) + 1 : lead;
  const block = parseHeaderBlock(text, headerFrom > 0 ? headerFrom : 0);
  // A real header block has at least two fields (pasted text may start with one "Word: …" line),
  // and is a message's: a delivery-status block pasted alone (or fed alone by a bounce processor)
  // is the report itself, read as text.
  const headers = block.fields.length >= 2 && !block.fields.every((f) => DSN_REPORT_FIELDS.has(f.name)) ? block.fields : [];
  const bodyStart = headers.length ? block.end : 0;
  const window = text.slice(bodyStart, bodyStart + MAX_REPORT);
  let m = originalMarker(window, 0);
  // A heading of the readable part ("Original Message Details" in Microsoft 365's report) is not
  // the original when the delivery-status part still follows: the original comes after that.
  // (indexOf first: most reports have no such part after the marker, and the regex would read on.)
  // (A MIME part of the returned message is the original itself: a report inside it is its own.)
  const near = m !== -1 && !/^[ \t>]*content-type:/i.test(window.slice(m, m + 40)) ? window.slice(m, m + MAX_READABLE_PART) : '';
  const dsn = near.includes('elivery-status') ? DSN_PART.exec(near) : null;
  let quoted: MessageRegions['quoted'];
  if (m !== -1 && dsn && dsn.index > 0) {
    quoted = quotedBeforeReport(near, bodyStart + m, dsn.index);
    m = originalMarker(window, m + dsn.index);
  } else if (m !== -1) m = afterErrorDetails(window, m);
  const originalStart = m !== -1 ? bodyStart + m : Math.min(text.length, bodyStart + MAX_REPORT);
  return quoted ? { headers, bodyStart, originalStart, quoted } : { headers, bodyStart, originalStart };
}
