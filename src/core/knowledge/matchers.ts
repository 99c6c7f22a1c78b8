// "A code, then a phrase shortly after it on the same line", without a gap inside one pattern:
// a pattern like /5\.7\.23\b[^\n]{0,200}spf/ rescans the gap from every start position, which the
// regex-safety check (recheck) rightly flags. Here each part is a plain pattern, and the gap is
// an explicit, bounded slice.

export interface TextMatch {
  index: number;
  0: string;
}

/** What a table entry is tested with: a RegExp, or a composite of them. */
export interface TextMatcher {
  exec(text: string): TextMatch | null;
  test(text: string): boolean;
}

interface Composite extends TextMatcher {
  /** The plain patterns it is made of (for the pattern checks in tests). */
  parts: readonly RegExp[];
  /** Whether a match needs all of its parts to match, or any one of them (for the prefilter in entry-index.ts). */
  needs: 'all' | 'any';
}

/** The plain patterns behind a matcher. */
export function patternsOf(m: TextMatcher): readonly RegExp[] {
  return m instanceof RegExp ? [m] : (m as Composite).parts ?? [];
}

/** Whether a match of the matcher needs all of its patterns to match, or any one. */
export function needsOf(m: TextMatcher): 'all' | 'any' {
  return m instanceof RegExp ? 'all' : (m as Composite).needs ?? 'any';
}

/** `first` (a /g pattern), then `then` within `within` characters after it, on the same line. */
export function followedBy(first: RegExp, then: RegExp, within = 200): Composite {
  if (!first.global) throw new Error('followedBy: the first pattern must have the g flag');
  const exec = (text: string): TextMatch | null => {
    first.lastIndex = 0;
    for (let m = first.exec(text); m; m = first.exec(text)) {
      const from = m.index + m[0].length;
      const lineEnd = text.indexOf('\n', from);
      const to = Math.min(from + within + 200, lineEnd === -1 ? text.length : lineEnd);
      const rest = then.exec(text.slice(from, to));
      if (rest && rest.index <= within) {
        first.lastIndex = 0;
        return { index: m.index, 0: text.slice(m.index, from + rest.index + rest[0].length) };
      }
      if (m[0].length === 0) first.lastIndex++;
    }
    return null;
  };
  return { exec, test: (text) => exec(text) !== null, parts: [first, then], needs: 'all' };
}

/** The earliest match of any of the matchers. */
export function anyOf(...matchers: TextMatcher[]): Composite {
  const exec = (text: string): TextMatch | null => {
    let best: TextMatch | null = null;
    for (const m of matchers) {
      const found = m.exec(text);
      if (found && (!best || found.index < best.index)) best = found;
    }
    return best;
  };
  return { exec, test: (text) => exec(text) !== null, parts: matchers.flatMap(patternsOf), needs: 'any' };
}
