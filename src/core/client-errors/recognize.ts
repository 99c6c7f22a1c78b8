// PLACEHOLDER (owned by the knowledge work): recognises a mail client's error
// (Outlook 0x800CCC0F, Thunderbird, Apple Mail …) in text. Returns null when none.
import type { Finding } from '../types.ts';

export function recognizeClientError(_text: string): Finding[] | null {
  return null;
}
