// Google Groups refuses a post with a notice of its own, not a delivery report: "the group you tried to
// contact (name) may not exist, or you may not have permission to post messages to the group". The name in
// parentheses is the failed recipient as the notice states it: the group's address when it writes one, else
// the group's local name (Sisimai 5's lhost/googlegroups.rb takes the address from X-Failed-Recipients,
// which such a notice does not always carry).
import type { Located } from './codes.ts';

// The words may wrap anywhere; the name is one token, no parentheses or blanks.
const GROUP_CONTACT = /\bthe[ \t\r\n]+group[ \t\r\n]+you[ \t\r\n]+tried[ \t\r\n]+to[ \t\r\n]+contact[ \t\r\n]*\(([^()\s]{1,254})\)/i;
const MAX_SCAN = 4096;

const BLANK_LINE = /\n[ \t\r]*\n/;

export interface RefusedGroup {
  group: Located<string>;
  /** The notice's own sentence about it, to the end of its paragraph: what a person reads as the cause. */
  sentence: Located<string>;
}

/** The group a Google Groups refusal names, between `from` and `to`; null when the text is no such notice. */
export function refusedGroup(text: string, from: number, to: number): RefusedGroup | null {
  const region = text.slice(from, Math.min(to, from + MAX_SCAN));
  const m = GROUP_CONTACT.exec(region);
  if (!m) return null;
  const name = (m[1] ?? '').toLowerCase();
  const start = from + m.index + m[0].length - 1 - name.length;
  const sentenceStart = from + m.index;
  const blank = BLANK_LINE.exec(region.slice(m.index));
  const sentenceEnd = blank ? sentenceStart + blank.index : from + region.length;
  const sentence = text.slice(sentenceStart, sentenceEnd).replace(/\s+/g, ' ').trim();
  return { group: { value: name, start, end: start + name.length }, sentence: { value: sentence, start: sentenceStart, end: sentenceEnd } };
}
