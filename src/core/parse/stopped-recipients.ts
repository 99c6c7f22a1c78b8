// Content filters and gateways that stop a message write a notice of their own to the sender, naming
// the recipients they kept it from on one labelled line: MIMEDefang's "The recipients were: <a> <b>",
// "Recipients are: a, b". Those addresses failed only when the notice says the message did not go
// through ("not delivered", "quarantined", "delivery … was stopped"); a notice that only says it
// modified the message (an attachment removed) names recipients who got it.
import { ADDRESS_SOURCE } from './address.ts';
import type { Located } from './codes.ts';

const LIST_LINE = /^[ \t]*(?:the[ \t]+)?(?:intended[ \t]+)?recipients?(?:\(s\))?[ \t]+(?:were|was|are|is)[ \t]*:[ \t]*([^\n]{1,1000})/im;
const ADDRESS = new RegExp(ADDRESS_SOURCE, 'g');
// Between addresses only brackets, quotes, commas, semicolons and blanks: a list, not a sentence.
const SEPARATORS = /^[\s<>"',;]*$/;
const STOPPED = /\b(?:not[ \t\n]+(?:been[ \t\n]+)?delivered|quarantined|delivery[ \t\n]+of[ \t\n]+the[ \t\n]+(?:e-?mail|message)[ \t\n]+was[ \t\n]+stopped|was[ \t\n]+(?:rejected|blocked|refused|discarded))\b/i;
const MAX_SCAN = 4096;

/** The recipients a filter's notice lists as kept from the message; none when it does not say so. */
export function stoppedRecipients(text: string, from: number, to: number): Located<string>[] {
  const region = text.slice(from, Math.min(to, from + MAX_SCAN));
  const m = LIST_LINE.exec(region);
  if (!m || !STOPPED.test(region)) return [];
  const list = m[1] ?? '';
  const listAt = from + m.index + m[0].length - list.length;
  const found: Located<string>[] = [];
  let last = 0;
  ADDRESS.lastIndex = 0;
  for (let a = ADDRESS.exec(list); a; a = ADDRESS.exec(list)) {
    if (!SEPARATORS.test(list.slice(last, a.index))) break;
    const value = a[0].toLowerCase();
    if (!found.some((f) => f.value === value)) found.push({ value, start: listAt + a.index, end: listAt + a.index + a[0].length });
    last = a.index + a[0].length;
  }
  return found;
}
