// Plain-text notices that report several recipients often sort them under headings that state their
// fate: "Recipients that will be retried:" / "Recipients that failed permanently:" (Kopano), "The
// following address(es) failed:" / "have not yet been delivered:" (Exim), "----- The following addresses
// had permanent fatal errors -----" (Sendmail). The heading right above a recipient's line (past the
// other addresses of its list) says whether that recipient failed or is still being tried.
import type { Located } from './codes.ts';

const MAX_SCAN = 800;
const MAX_HEADING = 120;
// A line that introduces what follows: it ends in a colon, or is set off by dashes or asterisks.
const RULE_MARKS = ['---', '***', '==='];
// It introduces recipients ("Recipients that …:", "The following address(es) …:"): "Delivery failed for the
// following reason:" introduces the cause of the recipient above, not a list.
const LIST_NOUN = /\b(?:recipients?|address(?:es)?|users|mailboxes)\b|\((?:s|es)\)/i;
function isHeading(line: string): boolean {
  const t = line.trim();
  return (t.endsWith(':') || (t.length > 6 && RULE_MARKS.some((m) => t.startsWith(m) && t.endsWith(m)))) && LIST_NOUN.test(t);
}
// Still being tried (read first: "failed temporarily" is a delay).
const DELAYED = /\b(?:will (?:be )?retr(?:y|ied)|(?:will )?(?:continue to |keep )?try(?:ing)? again|still (?:being )?tr(?:ying|ied)|deferred|delayed|not yet (?:been )?delivered|temporar(?:y|ily))\b/i;
const FAILED = /\b(?:failed|permanent(?:ly)?|fatal|could not be delivered|undeliverable|rejected)\b/i;

/** Whether a line is a heading that states the fate of the recipients under it (it ends the block above). */
export function isFateHeading(line: string): boolean {
  return line.length <= MAX_HEADING && !line.includes('@') && isHeading(line) && (DELAYED.test(line) || FAILED.test(line));
}

/** "failed" or "delayed" as the heading over the recipient's line says; null when no such heading is there. */
export function sectionAction(text: string, from: number, recipientStart: number): Located<'failed' | 'delayed'> | null {
  const floor = Math.max(from, recipientStart - MAX_SCAN);
  let end = text.lastIndexOf('\n', recipientStart - 1);
  while (end > floor) {
    const start = Math.max(text.lastIndexOf('\n', end - 1) + 1, floor);
    const line = text.slice(start, end);
    end = start - 1;
    // Blank lines and the other addresses of the same list are passed over.
    if (line.trim() === '' || line.includes('@')) continue;
    if (line.length > MAX_HEADING || !isHeading(line)) return null;
    const value = DELAYED.test(line) ? 'delayed' : FAILED.test(line) ? 'failed' : null;
    return value ? { value, start, end: start + line.length } : null;
  }
  return null;
}
