// Lotus Notes writes why a message failed under a heading of its own, above the address it is about:
// "------- Failure Reasons  --------", then the reason line(s), then the recipient. That text is the
// report's diagnostic for the recipient, whatever language it is in.
import type { Located } from './codes.ts';

const HEADING = /^-{3,}[ \t]*failure[ \t]+reasons?[ \t]*-{3,}[ \t]*$/gim;
const MAX_REASON = 1000;
// Japanese Notes servers write the reason in ISO-2022-JP, left undecoded when the part names no charset.
const ESC = String.fromCharCode(27);

function readable(value: string): string {
  if (!value.includes(`${ESC}$`) && !value.includes(`${ESC}(`)) return value;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0x7f) return value;
  try {
    return new TextDecoder('iso-2022-jp').decode(Uint8Array.from(value, (c) => c.charCodeAt(0)));
  } catch {
    return value;
  }
}

/** The text between a "Failure Reasons" heading and the recipient's line below it; null when there is none. */
export function reasonAbove(text: string, from: number, recipientStart: number): Located<string> | null {
  const lineStart = text.lastIndexOf('\n', recipientStart - 1) + 1;
  const scanFrom = Math.max(from, lineStart - MAX_REASON);
  const region = text.slice(scanFrom, lineStart);
  HEADING.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = HEADING.exec(region); m; m = HEADING.exec(region)) last = m;
  if (!last) return null;
  const start = scanFrom + last.index + last[0].length;
  const raw = text.slice(start, lineStart);
  const value = readable(raw).replace(/\s+/g, ' ').trim();
  if (value.length < 2) return null;
  const lead = raw.length - raw.trimStart().length;
  return { value, start: start + lead, end: lineStart };
}
