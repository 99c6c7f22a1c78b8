// A multi-line SMTP reply repeats its code on every line ("550-5.7.1 Messages with multiple
// addresses in From:" / "550 5.7.1 header are not accepted"), and transcripts add "<<< " in front.
// Quoted so, a sentence is cut in two and no pattern matches it. This blanks the repeated codes and
// the markers with spaces (same length, so offsets still point at the input), and the text reads as
// the server wrote it.

const CODE = /(<<<[ \t]*)?(?<![\d.])\b([245][0-5]\d)([- ])((?:[245]\.\d{1,3}\.\d{1,3})?)/g;
const CONTINUED_OR_MARKER = /\b[245]\d\d-|<<</;

function newlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * `text` with the continuation prefixes of multi-line replies in [from, to) replaced by spaces.
 * Offsets up to `to` are those of `text`; what follows `to` (the returned original) may be left out.
 */
export function blankReplyContinuations(text: string, from: number, to: number): string {
  const region = text.slice(from, to);
  if (!CONTINUED_OR_MARKER.test(region)) return text;
  let pending: string | null = null;
  let lastEnd = 0;
  const blanked = region.replace(CODE, (whole: string, marker: string | undefined, code: string, sep: string, _status: string, at: number) => {
    // The next line of the same reply follows at once (a wrapped line at most in between).
    const continuation = pending === code && newlines(region, lastEnd, at) <= 2;
    pending = sep === '-' ? code : null;
    lastEnd = at + whole.length;
    if (continuation) return ' '.repeat(whole.length);
    return marker ? ' '.repeat(marker.length) + whole.slice(marker.length) : whole;
  });
  return text.slice(0, from) + blanked.replace(/<<</g, '   ');
}
