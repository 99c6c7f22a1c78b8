// Runs of whitespace collapsed to one space, as `text.replace(/\s+/g, ' ')` does, but only the runs
// that are not already one plain space are replaced: a bounce has a space between every two words,
// and each of those matches cost a replacement (about half the time of the whole call).
const NOT_ONE_SPACE = /\s{2,}|[^\S ]/g;

export function collapseWhitespace(text: string): string {
  return text.replace(NOT_ONE_SPACE, ' ');
}
