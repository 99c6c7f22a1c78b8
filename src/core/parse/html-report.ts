// Reports written only as HTML (imail and other Chinese-market servers, some webmail gateways): no
// text/plain part and no delivery-status part, so the text parsers would read markup or base64. The HTML part is decoded and
// turned into lines of text in place of itself; a report that has a text/plain part never comes here.
import { decodePartBody } from './encoded-parts.ts';

const HTML_TYPE = /^content-type:[ \t]*"?text\/html\b/im;
const DSN_TYPE = /^content-type:[ \t]*"?message\/(?:global-)?delivery-status\b/im;
const PLAIN_TYPE = /^content-type:[ \t]*"?text\/plain\b/im;
const ENCODING = /^content-transfer-encoding:[ \t]*"?(base64|quoted-printable)/im;
const CHARSET = /charset[ \t]*=[ \t]*"?([a-z0-9_:.+-]+)/i;
const BLANK_LINE = /\n[ \t]*\n/;
// An HTML report is a page of a few kilobytes; a bigger one is read no further than this.
const MAX_HTML = 256 * 1024;

// Blocks end lines; table cells are separated by a space (a label cell and its value stay on one line).
const DROPPED_ELEMENTS = ['script', 'style', 'head'];
const BLOCK_TAGS = new Set(['br', 'p', 'div', 'tr', 'li', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const ENTITY = /&(#x[0-9a-f]{1,6}|#\d{1,7}|lt|gt|amp|quot|apos|nbsp);/gi;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ' };

function entity(_: string, name: string): string {
  const lower = name.toLowerCase();
  if (lower[0] !== '#') return NAMED[lower] ?? '';
  const code = lower[1] === 'x' ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
}

/** `html` without the elements named (their content is not shown); an unclosed one runs to the end. */
function dropElements(html: string, names: readonly string[]): string {
  let out = html;
  for (const name of names) {
    const lower = out.toLowerCase();
    let kept = '';
    let pos = 0;
    for (let open = lower.indexOf(`<${name}`, 0); open !== -1; open = lower.indexOf(`<${name}`, pos)) {
      const after = lower.charCodeAt(open + name.length + 1);
      // "<header>" is not "<head>": the name must end there.
      if (after !== 62 && after !== 32 && after !== 9 && after !== 10 && after !== 13 && after !== 47) {
        kept += out.slice(pos, open + 1);
        pos = open + 1;
        continue;
      }
      kept += out.slice(pos, open) + ' ';
      const close = lower.indexOf(`</${name}`, open);
      const end = close === -1 ? -1 : lower.indexOf('>', close);
      pos = end === -1 ? out.length : end + 1;
    }
    out = kept + out.slice(pos);
  }
  return out;
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isNameChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57);

/** Tags replaced by a line break (blocks) or a space (everything else), in one pass: a regex over an
 *  unclosed "<a<a<a…" would backtrack over the rest of the page at every "<". */
function replaceTags(html: string): string {
  let out = '';
  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt === -1) break;
    const next = html.charCodeAt(lt + 1);
    const slash = next === 47;
    const first = slash ? html.charCodeAt(lt + 2) : next;
    if (!isLetter(first) && next !== 33) {
      out += html.slice(pos, lt + 1);
      pos = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) break;
    let end = lt + (slash ? 2 : 1);
    while (end < gt && isNameChar(html.charCodeAt(end))) end++;
    const name = html.slice(lt + (slash ? 2 : 1), end).toLowerCase();
    out += `${html.slice(pos, lt)}${BLOCK_TAGS.has(name) ? '\n' : ' '}`;
    pos = gt + 1;
  }
  return out + html.slice(pos);
}

/** The text an HTML page shows, one block per line. */
export function htmlToText(html: string): string {
  return replaceTags(dropElements(html.slice(0, MAX_HTML), DROPPED_ELEMENTS).replace(/\r?\n/g, ' '))
    .replace(ENTITY, entity)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
}

/**
 * `text` with its only HTML report part (or an HTML body) rewritten as a plain-text part, or null when
 * the report has a text/plain part, no HTML, or a layout this does not follow. Offsets change.
 */
export function htmlOnlyReport(text: string, bodyStart: number, originalStart: number): string | null {
  const report = text.slice(0, originalStart);
  // Most reports name no HTML part at all: a plain search rules them out before the regex runs.
  if (!report.includes('/html') && !report.includes('/HTML') && !report.includes('/Html')) return null;
  // A delivery-status part says who failed and why: the page around it is left unread (as before).
  if ((report.includes('delivery-status') || report.includes('Delivery-Status')) && DSN_TYPE.test(report)) return null;
  if (report.includes('text/plain') || report.includes('Text/Plain') || report.includes('TEXT/PLAIN')) {
    if (PLAIN_TYPE.test(report)) return null;
  }
  const html = HTML_TYPE.exec(report);
  if (!html) return null;
  // The part's header runs from its boundary line (or the message start) to the first blank line.
  const partHeaderStart = html.index >= bodyStart ? text.lastIndexOf('\n--', html.index) + 1 : 0;
  const blank = BLANK_LINE.exec(text.slice(html.index));
  if (!blank) return null;
  const headerEnd = html.index + blank.index;
  const partBodyStart = headerEnd + blank[0].length;
  const header = text.slice(partHeaderStart, headerEnd);
  let partBodyEnd = originalStart;
  if (partHeaderStart > 0) {
    const boundary = text.slice(partHeaderStart, text.indexOf('\n', partHeaderStart)).trim();
    if (!boundary.startsWith('--') || boundary.length < 3) return null;
    const next = text.indexOf(`\n${boundary}`, partBodyStart - 1);
    if (next !== -1 && next < partBodyEnd) partBodyEnd = next;
  }
  const body = text.slice(partBodyStart, partBodyEnd);
  const encoding = ENCODING.exec(header)?.[1]?.toLowerCase();
  const charset = (CHARSET.exec(header)?.[1] ?? 'utf-8').toLowerCase();
  const decoded = encoding === 'base64' || encoding === 'quoted-printable' ? decodePartBody(body, encoding, charset) : body;
  if (decoded === null) return null;
  const plain = htmlToText(decoded);
  // Read as a text/plain part where the HTML part was; a single-part message keeps its other header fields.
  if (partHeaderStart === 0) {
    const fields = text.slice(0, headerEnd).replace(/^content-(?:type|transfer-encoding):[^\n]*(?:\n[ \t][^\n]*)*\n?/gim, '');
    return `${fields.trimEnd()}\n\n${plain}\n${text.slice(partBodyEnd)}`;
  }
  const boundaryLineEnd = text.indexOf('\n', partHeaderStart) + 1;
  return `${text.slice(0, boundaryLineEnd)}Content-Type: text/plain; charset=utf-8\n\n${plain}\n${text.slice(partBodyEnd)}`;
}
