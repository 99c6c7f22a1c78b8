// With one finding the whole text is its context (a reply wrapped over several lines, an NDR whose
// human part hides the provider's words), but only the bounce's own report: never the raw
// message's header block (Received:, Authentication-Results: spf=…, a forged Subject) and never
// the returned original, whose headers and body are the sender's words, not the receiver's.

// Where a bounce starts quoting the message it returns (MIME part or the MTAs' own separators:
// Postfix, Exim, Sendmail, qmail, Exchange, Gmail).
const RETURNED = /^(?:content-type:[ \t]*(?:message\/rfc822|text\/rfc822-headers|message\/global(?:-headers)?)\b|[-=_* ]{0,40}(?:the )?(?:original message(?! was received)|this is a copy of the message|header of the original message|below this line is a copy of the message|enclosed are the original headers)\b[^\n]{0,60}$)/im;

// A raw message's own header block: a header line first, a blank line after it, and at least one
// field only a message's transport header has (a DSN part's fields carry the report and stay).
const FIRST_HEADER = /^[!-9;-~]{1,76}:/;
const TRANSPORT_FIELD = /^(?:received|return-path|authentication-results|arc-[a-z-]{1,30}|dkim-signature|x-[a-z0-9-]{1,60}|message-id|mime-version):/im;
const REPORT_FIELD = /^(?:diagnostic-code|final-recipient|action|status|remote-mta):/im;

/** The part of `source` that is the bounce's own report, at most `cap` characters. */
// A header block longer than this is not skipped (a raw message's own headers are far shorter).
const MAX_HEADER = 16_000;
const BLANK_LINE = /\r?\n[ \t]*\r?\n/;

export function reportPart(source: string, cap: number): string {
  let start = 0;
  if (FIRST_HEADER.test(source)) {
    const head = source.slice(0, MAX_HEADER);
    const blank = BLANK_LINE.exec(head);
    if (blank) {
      const block = head.slice(0, blank.index);
      if (TRANSPORT_FIELD.test(block) && !REPORT_FIELD.test(block)) start = blank.index + blank[0].length;
    }
  }
  const text = source.slice(start, start + cap);
  const returned = RETURNED.exec(text);
  return returned ? text.slice(0, returned.index) : text;
}
