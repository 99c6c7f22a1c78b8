// The fast path for encoded reports: decodes only the base64 / quoted-printable bodies of the
// report's text and delivery-status parts, in place, and leaves everything else as it is. Parsing
// every message with postal-mime would cap throughput (it costs more than the whole analysis);
// anything this does not recognise returns null and goes to postal-mime instead.

const ENCODING = /^content-transfer-encoding:[ \t]*"?(base64|quoted-printable)"?[ \t]*$/gim;
const CONTENT_TYPE = /^content-type:[ \t]*([a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+)/im;
const CHARSET = /charset[ \t]*=[ \t]*"?([a-z0-9_:.+-]+)/i;
const BLANK_LINE = /\n[ \t]*\n/g;
const DECODED_TYPES = new Set(['text/plain', 'message/delivery-status', 'message/global-delivery-status', 'message/feedback-report']);

interface Part {
  /** Where the Content-Transfer-Encoding line is (it is rewritten). */
  encodingStart: number;
  encodingEnd: number;
  bodyStart: number;
  bodyEnd: number;
  encoding: 'base64' | 'quoted-printable';
  charset: string;
}

function base64Bytes(body: string): Uint8Array | null {
  // Data ends at the first "=" (padding); whatever the line breaks, pad it back to whole quads.
  const data = body.replace(/[^A-Za-z0-9+/=]/g, '').split('=')[0] ?? '';
  const usable = data.length % 4 === 1 ? data.slice(0, -1) : data;
  try {
    const binary = atob(usable + '='.repeat((4 - (usable.length % 4)) % 4));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** The value of a hexadecimal digit's character code; -1 when it is none. */
function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function quotedPrintableBytes(body: string): Uint8Array {
  // Trailing blanks go (RFC 2045); the lookbehind starts a match only where a run of blanks starts.
  const text = body.replace(/(?<![ \t])[ \t]+\n/g, '\n').replace(/=\n/g, '');
  // Written into one buffer (a UTF-16 unit is at most 3 bytes of UTF-8): an array of numbers per
  // byte was a twentieth of everything the engine allocated.
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const high = c === 61 && i + 2 < text.length ? hexDigit(text.charCodeAt(i + 1)) : -1;
    const low = high === -1 ? -1 : hexDigit(text.charCodeAt(i + 2));
    if (low !== -1) {
      out[n++] = high * 16 + low;
      i += 2;
    } else if (c < 0x80) {
      out[n++] = c;
    } else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      // One unit of a surrogate pair on its own, as TextEncoder encodes it: U+FFFD.
      out[n++] = 0xef;
      out[n++] = 0xbf;
      out[n++] = 0xbd;
    } else {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return out.subarray(0, n);
}

function decodeBody(part: Part, body: string): string | null {
  const bytes = part.encoding === 'base64' ? base64Bytes(body) : quotedPrintableBytes(body);
  if (!bytes) return null;
  try {
    return new TextDecoder(part.charset).decode(bytes);
  } catch {
    return null; // a charset this runtime does not know
  }
}

/** One part's body decoded from its transfer encoding and charset; null when it cannot be. */
export function decodePartBody(body: string, encoding: Part['encoding'], charset: string): string | null {
  const decoded = decodeBody({ encodingStart: 0, encodingEnd: 0, bodyStart: 0, bodyEnd: 0, encoding, charset }, body);
  return decoded === null ? null : decoded.replace(/\r\n?/g, '\n');
}

/** The part whose Content-Transfer-Encoding line is at `at`, or null when the layout is unusual. */
function locatePart(text: string, at: number, lineEnd: number, from: number, to: number, encoding: Part['encoding']): Part | 'skip' | null {
  // The part's header starts after its boundary line ("--…") or, for a single-part message, at `from`.
  const boundaryLine = text.lastIndexOf('\n--', at);
  const headerStart = boundaryLine >= from ? text.indexOf('\n', boundaryLine + 1) + 1 : from;
  BLANK_LINE.lastIndex = at;
  const blank = BLANK_LINE.exec(text);
  if (!blank || blank.index >= to) return null;
  const header = text.slice(headerStart, blank.index);
  const type = (CONTENT_TYPE.exec(header)?.[1] ?? 'text/plain').toLowerCase();
  if (!DECODED_TYPES.has(type)) return 'skip';
  const bodyStart = blank.index + blank[0].length;
  let bodyEnd = to;
  if (boundaryLine >= from) {
    const boundary = text.slice(boundaryLine + 1, headerStart - 1).trim();
    if (!boundary.startsWith('--') || boundary.length < 3) return null;
    const next = text.indexOf(`\n${boundary}`, bodyStart - 1);
    bodyEnd = next === -1 ? to : Math.min(next, to);
  }
  const charset = (CHARSET.exec(header)?.[1] ?? 'utf-8').toLowerCase();
  return { encodingStart: at, encodingEnd: lineEnd, bodyStart, bodyEnd, encoding, charset };
}

/**
 * `text` with the encoded report parts in [from, to) decoded, or null when a part cannot be
 * decoded here (the caller then uses postal-mime). Offsets change: no evidence from the result.
 */
export function decodeEncodedParts(text: string, from: number, to: number): string | null {
  const parts: Part[] = [];
  ENCODING.lastIndex = from;
  for (let m = ENCODING.exec(text); m && m.index < to; m = ENCODING.exec(text)) {
    const encoding = (m[1] ?? '').toLowerCase() === 'base64' ? 'base64' : 'quoted-printable';
    const part = locatePart(text, m.index, m.index + m[0].length, from, to, encoding);
    if (part === null) return null;
    if (part !== 'skip') parts.push(part);
  }
  let out = '';
  let pos = 0;
  for (const p of parts) {
    if (p.bodyStart < pos) return null;
    const decoded = decodeBody(p, text.slice(p.bodyStart, p.bodyEnd));
    if (decoded === null) return null;
    out += `${text.slice(pos, p.encodingStart)}Content-Transfer-Encoding: 8bit${text.slice(p.encodingEnd, p.bodyStart)}${decoded.replace(/\r\n?/g, '\n')}`;
    pos = p.bodyEnd;
  }
  return out + text.slice(pos);
}
