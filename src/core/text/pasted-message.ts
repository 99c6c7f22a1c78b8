// A server's message pasted on its own, without a code, still names its cause when it is one of the
// curated sender-side texts ("… has exceeded the max emails per hour …"). For the popup and the CLI,
// where people paste; the content script reads pages, not pastes, and does not carry it.
import { namesSenderSideCause } from '../classify/classify.ts';
import type { Located } from '../parse/codes.ts';

// Longer texts are not a message.
const MAX_PASTED_MESSAGE = 2000;

export function pastedMessage(text: string): Located<string> | null {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_PASTED_MESSAGE || !namesSenderSideCause(trimmed.toLowerCase().replace(/\s+/g, ' '))) return null;
  const start = text.indexOf(trimmed);
  return { value: trimmed.replace(/\s+/g, ' '), start, end: start + trimmed.length };
}
