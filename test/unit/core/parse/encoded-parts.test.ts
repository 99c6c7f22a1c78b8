import { describe, expect, it } from 'vitest';
import { decodeEncodedParts } from '../../../../src/core/parse/encoded-parts.ts';

const b64 = (s: string): string => btoa(String.fromCharCode(...new TextEncoder().encode(s)));

describe('decodeEncodedParts', () => {
  it('decodes base64 and quoted-printable report parts in place, leaving other parts alone', () => {
    const text = [
      'Content-Type: multipart/report; boundary="B"', '', '--B',
      'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '',
      b64('Zustellung fehlgeschlagen: <a@b.example> – 550 5.1.1 unbekannt'), '--B',
      'Content-Type: message/delivery-status', 'Content-Transfer-Encoding: quoted-printable', '',
      'Final-Recipient: rfc822; a@b.example', 'Diagnostic-Code: smtp; 550 5.1.1 user=', ' unknown =3D gone', '--B',
      'Content-Type: image/png', 'Content-Transfer-Encoding: base64', '', 'iVBORw0KGgo=', '--B--', '',
    ].join('\n');
    const out = decodeEncodedParts(text, 0, text.length) ?? '';
    expect(out).toContain('Zustellung fehlgeschlagen: <a@b.example> – 550 5.1.1 unbekannt');
    expect(out).toContain('Diagnostic-Code: smtp; 550 5.1.1 user unknown = gone');
    expect(out).toContain('iVBORw0KGgo=');
  });

  it('decodes legacy charsets through TextDecoder', () => {
    const bytes = [0x83, 0x81, 0x81, 0x5b, 0x83, 0x8b]; // "メール" in Shift_JIS
    const text = `Content-Type: text/plain; charset=shift_jis\nContent-Transfer-Encoding: base64\n\n${btoa(String.fromCharCode(...bytes))}\n`;
    expect(decodeEncodedParts(text, 0, text.length)).toContain('メール');
  });

  it('gives up (null) on a charset the runtime does not know, so postal-mime can try', () => {
    const text = `Content-Type: text/plain; charset=x-no-such-charset\nContent-Transfer-Encoding: base64\n\n${b64('hello')}\n`;
    expect(decodeEncodedParts(text, 0, text.length)).toBeNull();
  });
});
