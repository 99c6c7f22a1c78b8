// Microsoft 365's NDR quotes the remote server's reply on a labelled line of its "Error Details"
// section ("Error: 554 5.7.1 [CS01] Message rejected …", "Reported error: 550 5.1.10 …"), after its
// own summary ("Status code: 550 5.7.1") in the admins' section above. A report whose recipient's own
// text states no code is about the reply on that line, not the first code the report happens to show.
import type { Located } from './codes.ts';

const LABELLED_ERROR = /^[ \t]*(?:reported[ \t]+)?error[ \t]*:[ \t]*(?=[245]\d\d[ \t]+[245]\.\d{1,3}\.\d{1,3}[ \t])/gim;
const CODES = /^([245]\d\d)[ \t]+([245]\.\d{1,3}\.\d{1,3})/;

export interface LabelledError {
  replyCode: Located<number>;
  status: Located<string>;
  /** The line from its reply code to its end. */
  line: [number, number];
}

/** The first labelled error line between `from` and `to` that quotes a reply code and a status; null when none. */
export function labelledError(text: string, from: number, to: number): LabelledError | null {
  LABELLED_ERROR.lastIndex = 0;
  const region = text.slice(from, to);
  const m = LABELLED_ERROR.exec(region);
  if (!m) return null;
  const at = from + m.index + m[0].length;
  const codes = CODES.exec(text.slice(at, Math.min(to, at + 20)));
  if (!codes) return null;
  const lineEnd = text.indexOf('\n', at);
  const end = lineEnd === -1 || lineEnd > to ? to : lineEnd;
  const code = codes[1] ?? '';
  const status = codes[2] ?? '';
  const statusAt = at + codes[0].length - status.length;
  return {
    replyCode: { value: Number(code), start: at, end: at + 3 },
    status: { value: status, start: statusAt, end: statusAt + status.length },
    line: [at, end],
  };
}
