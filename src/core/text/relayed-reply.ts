// Exchange / Microsoft 365 relay the remote server's refusal under a code of their own:
// "550 5.1.351 Remote server returned unknown recipient or mailbox unavailable -> 550 : User unknown".
// Before the arrow is Exchange's summary of the whole class of replies; after it, the remote
// server's own reply, which names the cause more exactly (au/KDDI's "550 : User unknown" is its
// filter, "550 <x@y>: User unknown" a missing mailbox; Sisimai reads the remote's words the same way).

// The arrow, then a reply code: only a quoted reply follows Exchange's arrow.
const ARROW_REPLY = /\s->\s*(?=[245]\d\d[ \t:-])/;

/** The range of the remote server's own reply after Exchange's arrow, within the given ranges; null when none. */
export function relayedReplyRange(text: string, ranges: readonly (readonly [number, number])[]): [number, number] | null {
  for (const [start, end] of ranges) {
    const m = ARROW_REPLY.exec(text.slice(start, end));
    if (m) return [start + m.index + m[0].length, end];
  }
  return null;
}
