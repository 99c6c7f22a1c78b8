// The recipient's own refusal of this sender: a block or reject list the address's owner keeps (Korean
// portals' "by user's reject list", NAVER's "수신차단" (blocked receipt), "수신거부" (refused receipt)), or a
// challenge/response filter's "Message rejected by recipient." (TMDA). Sisimai's Filtered: the address
// exists, its owner refuses this sender. The owner's setting stands, so resending to the address meets it
// again: final, like the other standing refusals of the recipient's side (recipient-refusals.ts).
import type { GenericPattern } from './pattern-data.ts';

const BLOCK_WORDS: readonly string[] = [
  // English: the owner's own list as Korean portals name it ("(by user's reject list)"), and the recipient
  // named as the one who refused. (Not "refused as spam by the user's reject list": a spam verdict, read so.)
  "by user's reject list",
  "by recipient's reject list",
  'rejected by recipient.',
  'rejected by the recipient.',
  'refused by recipient.',
  'refused by the recipient.',
  'blocked by the recipient.',
  // Korean: "receipt blocked" / "receipt refused", with or without the space portals put between.
  '수신차단',
  '수신 차단',
  '수신거부',
  '수신 거부',
];

export const RECIPIENT_BLOCK_PATTERNS: readonly GenericPattern[] = BLOCK_WORDS.map((w): GenericPattern => ['filtered', w]);

const BLOCKS = new Set(BLOCK_WORDS);

/** Whether a matched text (one of the patterns above) is the owner's standing refusal of this sender. */
export function blocksSender(matched: string): boolean {
  return BLOCKS.has(matched);
}
