// Where a note sits and how it looks there: dark when the page behind the message is dark (its
// computed background, not the OS setting), and indented like the message text.
import type { NotePlacement } from './note-view.ts';

const MAX_INDENT = 48;

/** [r, g, b, a] from a computed colour ("rgb(…)", "rgba(…)"); null for anything else. */
function parseColor(value: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Relative luminance (WCAG) of an sRGB colour. */
function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Whether the first opaque background behind an element is dark; the page's colour scheme when none is set. */
export function isDarkBehind(el: Element): boolean {
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const color = parseColor(win.getComputedStyle(node).backgroundColor);
    if (color && color[3] >= 0.5) return luminance(color) < 0.2;
  }
  // Nothing painted: the canvas is dark only where the page opts into a dark scheme and the browser uses it.
  const scheme = win.getComputedStyle(el.ownerDocument.documentElement).colorScheme;
  return /\bdark\b/.test(scheme) && !/\blight\b/.test(scheme) ? true : /\bdark\b/.test(scheme) && win.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
}

/**
 * Moves a placed note so its left edge meets the body's text (after the body's padding and
 * border). Measured, not computed from styles: a float beside the body (a webmail's sidebar)
 * shifts where a note can start. Never more than MAX_INDENT, never to the left.
 */
export function alignWithText(host: HTMLElement, body: Element): void {
  const win = body.ownerDocument.defaultView;
  if (!win) return;
  const style = win.getComputedStyle(body);
  const textLeft = body.getBoundingClientRect().left + (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.borderLeftWidth) || 0);
  const container = host.parentElement;
  if (!container) return;
  const cs = win.getComputedStyle(container);
  const contentLeft = container.getBoundingClientRect().left + (parseFloat(cs.paddingLeft) || 0) + (parseFloat(cs.borderLeftWidth) || 0);
  const shift = textLeft - host.getBoundingClientRect().left;
  if (shift <= 0.5 || shift > MAX_INDENT) return;
  // A margin counts from the container's content edge, even where a float pushed the note right.
  host.style.setProperty('margin-left', `${Math.round(textLeft - contentLeft)}px`, 'important');
}

export function placementFor(body: Element, lang: string): NotePlacement {
  return { lang, dark: isDarkBehind(body) };
}
