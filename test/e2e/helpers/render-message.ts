// Renders a corpus message the way webmails show a bounce: the text part, then any inline
// delivery-status / text parts, as escaped lines with <br>. Page text is escaped here, never trusted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { ROOT } from './paths.ts';

export const CORPUS_DIR = join(ROOT, 'test/fixtures/sisimai');
const INLINE = /^(message\/(global-)?delivery-status|text\/(plain|rfc822-headers))/;

export interface RenderedMessage {
  raw: Buffer;
  subject: string;
  from: string;
  /** One HTML fragment per shown part (escaped text, <br> line breaks). */
  parts: string[];
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function textToHtml(text: string): string {
  return text.split(/\r?\n/).map((line) => escapeHtml(line).replace(/^ +/, (s) => '&nbsp;'.repeat(s.length))).join('<br>\n');
}

/** What a webmail falls back to when it cannot parse the MIME structure: the text after the headers. */
function rawBody(raw: Buffer): string {
  const text = raw.toString('latin1');
  const at = text.search(/\r?\n\r?\n/);
  return at < 0 ? text : text.slice(at).trim();
}

/** `file` is relative to test/fixtures/sisimai, e.g. "eml/lhost-gmail-01.eml". */
export async function renderCorpusMessage(file: string): Promise<RenderedMessage> {
  const raw = readFileSync(join(CORPUS_DIR, file));
  const email = await PostalMime.parse(raw);
  const main = email.text ?? (email.html ?? '').replace(/<[^>]+>/g, ' ');
  const inline = email.attachments
    .filter((a) => INLINE.test(a.mimeType))
    .map((a) => (typeof a.content === 'string' ? a.content : new TextDecoder().decode(a.content)));
  const shown = [main, ...inline].filter((p) => p.trim().length > 0);
  return {
    raw,
    subject: email.subject ?? '',
    from: email.from?.address ?? email.from?.name ?? '',
    parts: (shown.length > 0 ? shown : [rawBody(raw)]).map(textToHtml),
  };
}
