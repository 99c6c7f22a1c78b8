// The text of a message body as the engine reads it, with a map back to the page's text nodes so
// evidence ranges become DOM Ranges. Text is read from text nodes only (no innerText: it forces
// layout); line breaks the eye sees (<br>, block ends) are added as '\n' that map to no node, and
// outside <pre>, source line breaks become spaces and a line's leading whitespace is dropped, as
// rendering does (the map keeps where each node's text starts).

export interface TextPiece {
  node: Text;
  /** Offset in BodyText.text of the node's character at `from`. */
  start: number;
  /** The node's text is taken from here (leading whitespace of a line is not rendered). */
  from: number;
}

export interface BodyText {
  text: string;
  pieces: TextPiece[];
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL',
]);
/** Rendered text past this is a returned attachment, not the part that explains the bounce. */
const MAX_CHARS = 300_000;

/** Reads a body's text; `ignore` says which elements are not the page's (our own annotations). */
export function readBodyText(body: Element, ignore: (el: Element) => boolean): BodyText {
  const parts: string[] = [];
  const pieces: TextPiece[] = [];
  let length = 0;
  const push = (s: string, node?: Text, from = 0) => {
    if (node) pieces.push({ node, start: length, from });
    parts.push(s);
    length += s.length;
  };
  const atLineStart = () => length === 0 || parts[parts.length - 1]?.endsWith('\n') === true;
  const newline = () => {
    if (!atLineStart()) push('\n');
  };
  const pushText = (node: Text, pre: boolean) => {
    if (pre) return push(node.data, node);
    const from = atLineStart() ? node.data.length - node.data.replace(/^[ \t\r\n]+/, '').length : 0;
    if (from < node.data.length) push(node.data.slice(from).replace(/[\r\n\t]/g, ' '), node, from);
  };
  const visit = (el: Element, pre: boolean) => {
    for (let child = el.firstChild; child && length < MAX_CHARS; child = child.nextSibling) {
      if (child.nodeType === 3) pushText(child as Text, pre);
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (SKIP.has(tag) || ignore(child as Element)) continue;
        const inPre = pre || tag === 'PRE' || tag === 'TEXTAREA';
        if (tag === 'BR') push('\n'); // <br><br> is a blank line: a paragraph break the engine may use
        else if (BLOCK.has(tag)) {
          newline();
          visit(child as Element, inPre);
          newline();
        } else {
          visit(child as Element, inPre);
          if (tag === 'TD' || tag === 'TH') push(' '); // cells of a row stay on one line
        }
      }
    }
  };
  visit(body, false);
  return { text: parts.join(''), pieces };
}

/** The DOM Range over [start, end) of BodyText.text, or null when it maps to no page text. */
export function rangeFor(body: BodyText, start: number, end: number): Range | null {
  if (end <= start) return null;
  const first = pieceAt(body.pieces, start);
  const last = pieceAt(body.pieces, end - 1);
  if (!first || !last) return null;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, Math.min(start - first.start + first.from, first.node.length));
  range.setEnd(last.node, Math.min(end - last.start + last.from, last.node.length));
  return range;
}

/** The piece holding the character at `offset`, or the next one when it falls on an added '\n'. */
function pieceAt(pieces: TextPiece[], offset: number): TextPiece | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  let best: TextPiece | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const piece = pieces[mid] as TextPiece;
    if (piece.start <= offset) {
      best = piece;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best && offset < best.start + best.node.length - best.from ? best : undefined;
}
