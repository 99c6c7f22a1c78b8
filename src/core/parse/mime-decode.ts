// The slow path: reports whose text or delivery-status part is base64 / quoted-printable encoded
// are decoded with postal-mime into a plain document the text parsers read. Most bounces are
// 7bit and never come here (postal-mime on every message would cap throughput).
import PostalMime from 'postal-mime';

const ENCODED_PART = /^content-transfer-encoding:[ \t]*"?(?:base64|quoted-printable)/im;
const REPORT_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status', 'message/feedback-report', 'text/plain']);
const ORIGINAL_TYPES = new Set(['message/rfc822', 'text/rfc822-headers', 'message/global', 'message/global-headers']);

// Either encoding's name, anywhere: most reports name neither, and this unanchored test is cheap.
const ENCODING_NAME = /base64|quoted-printable/i;

export function needsDecoding(text: string, from: number, to: number): boolean {
  const region = text.slice(from, to);
  return ENCODING_NAME.test(region) && ENCODED_PART.test(region);
}

function asText(content: ArrayBuffer | Uint8Array | string): string {
  return typeof content === 'string' ? content : new TextDecoder().decode(content);
}

/** Header block + decoded text + report parts, then the original behind a marker; null when it cannot be parsed. */
export async function decodeReport(raw: string | Uint8Array, headerBlock: string): Promise<string | null> {
  try {
    const email = await PostalMime.parse(raw, { forceRfc822Attachments: true, attachmentEncoding: 'utf8', maxNestingDepth: 32 });
    const report: string[] = [email.text ?? ''];
    const original: string[] = [];
    for (const a of email.attachments) {
      const type = a.mimeType.toLowerCase();
      if (ORIGINAL_TYPES.has(type)) original.push(asText(a.content));
      else if (REPORT_TYPES.has(type)) report.push(asText(a.content));
    }
    return `${headerBlock}\n${report.join('\n\n')}\n\nContent-Type: message/rfc822\n\n${original.join('\n\n')}`;
  } catch {
    return null;
  }
}
