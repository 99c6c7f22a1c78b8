// Reduces a raw bounce to the text a webmail shows (as Roundcube does): the text parts, then the
// delivery-status part shown as text. Headers and the attached original are not shown.
import PostalMime from 'postal-mime';

const SHOWN_AS_TEXT = new Set(['message/delivery-status', 'message/global-delivery-status', 'message/feedback-report', 'text/plain']);

export async function renderAsWebmail(raw: Uint8Array | string): Promise<string> {
  const email = await PostalMime.parse(raw, { forceRfc822Attachments: true, attachmentEncoding: 'utf8' });
  // An HTML-only report is shown rendered: its text without the markup.
  const body = email.text ?? (email.html ?? '').replace(/<(?:br|p|div|tr)\b[^>]*>/gi, '\n').replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ');
  const parts = [body];
  for (const a of email.attachments) {
    if (SHOWN_AS_TEXT.has(a.mimeType.toLowerCase())) {
      parts.push(typeof a.content === 'string' ? a.content : new TextDecoder().decode(a.content));
    }
  }
  const shown = parts.join('\n\n');
  if (shown.trim()) return shown;
  // A multipart without its boundaries has no parts: webmails show the body as it is.
  const source = typeof raw === 'string' ? raw : new TextDecoder().decode(raw);
  const blank = source.search(/\r?\n\r?\n/);
  return blank === -1 ? '' : source.slice(blank).trim();
}
