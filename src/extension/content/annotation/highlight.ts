// Marks evidence in the page with the CSS Custom Highlight API: Ranges over the page's own text
// nodes, so no page node is split, wrapped or re-parsed. Where the API is missing, no highlight
// (the note still quotes the evidence).
import { HIGHLIGHT_CSS, HIGHLIGHT_NAME } from './styles.ts';

const STYLE_ATTR = 'data-bounce-lens-highlight';

interface HighlightRegistry {
  get(name: string): { add(r: Range): void; delete(r: Range): boolean; size: number } | undefined;
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

function registry(doc: Document): HighlightRegistry | null {
  const win = doc.defaultView as (Window & { CSS?: { highlights?: HighlightRegistry }; Highlight?: new () => unknown }) | null;
  return win?.CSS?.highlights && win.Highlight ? win.CSS.highlights : null;
}

/** Highlights the ranges; a browser that refuses (an old or partial API) only loses the highlight. */
export function highlightRanges(doc: Document, ranges: Range[]): void {
  try {
    addHighlights(doc, ranges);
  } catch (error) {
    console.debug('[Bounce Lens] highlight:', error);
  }
}

function addHighlights(doc: Document, ranges: Range[]): void {
  const highlights = registry(doc);
  if (!highlights || ranges.length === 0) return;
  if (!doc.querySelector(`style[${STYLE_ATTR}]`)) {
    const style = doc.createElement('style');
    style.setAttribute(STYLE_ATTR, '');
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).append(style);
  }
  let highlight = highlights.get(HIGHLIGHT_NAME);
  if (!highlight) {
    const Highlight = (doc.defaultView as unknown as { Highlight: new () => NonNullable<typeof highlight> }).Highlight;
    highlight = new Highlight();
    highlights.set(HIGHLIGHT_NAME, highlight);
  }
  for (const range of ranges) highlight.add(range);
}

export function clearHighlights(doc: Document, ranges: Range[]): void {
  const highlight = registry(doc)?.get(HIGHLIGHT_NAME);
  if (!highlight) return;
  for (const range of ranges) highlight.delete(range);
}

/** Removes every trace of highlighting (when the content script goes quiet). */
export function removeHighlighting(doc: Document): void {
  registry(doc)?.delete(HIGHLIGHT_NAME);
  doc.querySelector(`style[${STYLE_ATTR}]`)?.remove();
}
