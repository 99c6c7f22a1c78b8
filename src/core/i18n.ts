// PLACEHOLDER (knowledge work owns it): renders catalogue messages.
import type { Msg, Translate } from './knowledge/types.ts';

export function render(msg: Msg, t: Translate): string {
  return t(msg.key, msg.subs) || msg.key;
}
