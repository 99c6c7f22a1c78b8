// Text prepared for pattern matching: lowercase, runs of whitespace collapsed to one space, with a
// way back to input offsets. Bounce texts wrap lines anywhere, so patterns must not depend on where
// a line broke, yet matches must still point at the input (evidence ranges).
import { collapseWhitespace } from './collapse-whitespace.ts';

export interface CompactText {
  readonly lower: string;
  /** Offset in the source of lower[index] (computed on demand: most texts never need it). */
  sourceOffset(index: number): number;
}

/** Whether the UTF-16 code unit is whitespace in the sense of a regular expression's \s. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Compacts the given [start, end) ranges of `source`, joined by one space. */
export function compactRanges(source: string, ranges: readonly (readonly [number, number])[]): CompactText {
  let lower: string | null = null;
  return {
    // Computed on first use: a report's text is often never needed.
    get lower(): string {
      lower ??= ranges.map(([s, e]) => collapseWhitespace(source.slice(s, e).toLowerCase()).trim()).filter(Boolean).join(' ');
      return lower;
    },
    sourceOffset(index: number): number {
      // Walk the ranges as the compaction did, counting kept characters.
      let kept = 0;
      for (const [s, e] of ranges) {
        let i = s;
        while (i < e && isSpace(source.charCodeAt(i))) i++;
        if (i === e) continue;
        let space = false;
        for (; i < e; i++) {
          if (isSpace(source.charCodeAt(i))) {
            space = true;
            continue;
          }
          if (space) {
            if (kept === index) return i - 1;
            kept++;
            space = false;
          }
          if (kept === index) return i;
          kept++;
        }
        if (kept === index) return e;
        kept++; // the joining space
      }
      return ranges.length ? (ranges[ranges.length - 1]?.[1] ?? 0) : 0;
    },
  };
}
