// Line endings are normalised without changing the length of the text, so every offset the
// parsers find is also an offset into the caller's input (evidence ranges stay valid).

/** CRLF becomes " \n" and a lone CR becomes "\n": same length, LF-only lines. */
export function normalizeLineEndings(text: string): string {
  if (!text.includes('\r')) return text;
  // Two plain replacements: a replacer function per line ending cost more than the rest of the work.
  return text.replace(/\r\n/g, ' \n').replace(/\r/g, '\n');
}
