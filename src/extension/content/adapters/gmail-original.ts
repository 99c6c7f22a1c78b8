// Gmail's "Show original" (?view=om) from an isolated content script, without page-context code:
// the `ik` token is read from the text of Gmail's inline GLOBALS script (never evaluated), the
// message id from the message container's data attributes, and the raw message is cut out of the
// answer's <pre id="raw_message_text"> by a bounded string search. No DOMParser: parseFromString
// is a Trusted Types sink, which Gmail enforces, so a plain string may throw there.

/** How far into a script the GLOBALS array is walked; the token sits near its start. */
const MAX_GLOBALS_SCAN = 20_000;
/** The token's place in GLOBALS (its 10th element), as public extension code reads it. */
const IK_INDEX = 9;
const GLOBALS_START = /\bGLOBALS\s*=\s*\[/;
const PRE_START = /<pre[\s/>]/gi;
/** Tested against one start tag at a time (bounded by its own ">"), never against the whole page. */
const RAW_ID = /\bid\s*=\s*["']?raw_message_text(?![\w-])/i;
const PRE_CLOSE = /<\/pre\s*>/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Index of the quote closing the string that opens at `start`, or -1 within `end`. */
function stringEnd(text: string, start: number, end: number): number {
  const quote = text[start];
  for (let i = start + 1; i < end; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

/** The string literal at top-level position `n` of the array literal whose body starts at `start`. */
function nthString(text: string, start: number, n: number): string | null {
  const end = Math.min(text.length, start + MAX_GLOBALS_SCAN);
  let index = 0;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text[i] ?? '';
    if (c === '"' || c === "'") {
      const close = stringEnd(text, i, end);
      if (close < 0) return null;
      if (depth === 0 && index === n) return text.slice(i + 1, close);
      i = close;
    } else if ('[{('.includes(c)) depth++;
    else if (')}]'.includes(c)) {
      if (depth-- === 0) return null;
    } else if (c === ',' && depth === 0 && ++index > n) return null;
  }
  return null;
}

/** Gmail's `ik` token from the inline GLOBALS script, or null. */
export function ikToken(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    const match = GLOBALS_START.exec(text);
    if (!match) continue;
    const ik = nthString(text, match.index + match[0].length, IK_INDEX);
    return ik !== null && /^[0-9a-z]{4,40}$/i.test(ik) ? ik : null;
  }
  return null;
}

/** The permmsgid of a message container: data-message-id ("#msg-f:…") or the hex legacy id. */
export function permMessageId(container: Element): string | null {
  const id = /^#?(msg-[af]:r?-?\d{1,24})$/.exec(container.getAttribute('data-message-id') ?? '')?.[1];
  if (id) return id;
  const legacy = container.getAttribute('data-legacy-message-id') ?? '';
  return /^[0-9a-f]{1,16}$/i.test(legacy) ? `msg-f:${BigInt(`0x${legacy}`).toString()}` : null;
}

/** The signed-in account's index N from a /mail/u/N/ path, or null. */
export function accountIndex(pathname: string): string | null {
  return /^\/mail\/u\/(\d{1,2})\//.exec(pathname)?.[1] ?? null;
}

/** The "Show original" URL for the message whose body is `body`, or null when a part is missing. */
export function originalUrl(body: Element): string | null {
  const doc = body.ownerDocument;
  const container = body.closest('.adn');
  const id = container && permMessageId(container);
  const account = accountIndex(doc.location.pathname);
  const ik = id && account !== null ? ikToken(doc) : null;
  if (!id || account === null || !ik) return null;
  const url = new URL(`/mail/u/${account}/`, doc.location.origin);
  url.search = new URLSearchParams({ ik, view: 'om', permmsgid: id }).toString();
  return url.href;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,6});/g, (whole, name: string) => {
    if (!name.startsWith('#')) return NAMED[name] ?? whole;
    const hex = name[1] === 'x' || name[1] === 'X';
    const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The raw message in a "Show original" page, or null when the page is not one. Linear: each "<pre"
 * start tag is bounded by its own ">" and the next search starts after it, so a page (or a forged
 * answer) full of unclosed "<pre id=raw_message_text" cannot make a regex backtrack over the
 * whole megabyte for every "<pre" in it.
 */
export function rawFromOriginalPage(html: string): string | null {
  let start = -1;
  PRE_START.lastIndex = 0;
  for (let tag = PRE_START.exec(html); tag; tag = PRE_START.exec(html)) {
    const end = html.indexOf('>', tag.index + 4);
    if (end === -1) return null; // no tag after this one can close either
    if (RAW_ID.test(html.slice(tag.index + 4, end))) {
      start = end + 1;
      break;
    }
    PRE_START.lastIndex = end + 1;
  }
  if (start === -1) return null;
  PRE_CLOSE.lastIndex = start;
  const close = PRE_CLOSE.exec(html);
  if (!close) return null;
  const text = html.slice(start, close.index);
  // Markup inside the <pre> means this is not the escaped message text we know.
  if (text.includes('<')) return null;
  const raw = decodeEntities(text).replace(/^\r?\n/, '');
  return raw.trim() ? raw : null;
}
