// E-mail addresses as they appear in bounces: bare, in angle brackets, or as mailto: links.

// A match may only start where a run of local-part characters starts (the lookbehind): a search
// through a long run without "@" then costs one pass, not one pass per starting position.
const LOCAL = String.raw`[^\s<>()\[\]@",;:]`;
// "_" is no host-name character, but people type it into addresses ("club@dgh_example.dk") and the
// bounce for such an address names it whole: cut at the "_", it would name somebody else's domain.
const DOMAIN = String.raw`[A-Za-z0-9](?:[\w-]{0,62}\.)*[\w-]{1,63}`;
export const ADDRESS_SOURCE = String.raw`(?<!${LOCAL})${LOCAL}{1,64}@${DOMAIN}`;

const ADDRESS_AT = new RegExp(ADDRESS_SOURCE, 'y');
const NOT_LOCAL = /[\s<>()[\]@",;:]/;
const ASCII_LOCAL = Uint8Array.from({ length: 128 }, (_, c) => (NOT_LOCAL.test(String.fromCharCode(c)) ? 0 : 1));

function isLocal(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_LOCAL[c] === 1 : !NOT_LOCAL.test(text.charAt(i));
}

/**
 * The first match of ADDRESS_SOURCE at or after `from`, exactly as a search with the regex (global,
 * lastIndex `from`) finds it, but tried only where a run of local-part characters ends in "@":
 * tried at every position of a whole report, the regex was ten times slower.
 */
export function findAddress(text: string, from = 0): { index: number; value: string } | null {
  for (let at = text.indexOf('@', from); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > from && at - start <= 64 && isLocal(text, start - 1)) start--;
    // A match starts where the run does (the lookbehind), with 1 to 64 characters before the "@".
    if (start === at || at - start > 64 || (start > 0 && isLocal(text, start - 1))) continue;
    ADDRESS_AT.lastIndex = start;
    const m = ADDRESS_AT.exec(text);
    if (m) return { index: start, value: m[0] };
  }
  return null;
}
// RFC 5321's quoted local part ("john..doe"@example.org): the quotes are part of the address; without
// them the local part is not a valid mailbox, so a list matching it would miss it.
const QUOTED_ADDRESS = new RegExp(String.raw`"[^"\\\r\n]{1,64}"@${DOMAIN}`);

/** The first address in a value like "rfc822; <User@Example.jp>", lowercased. */
export function extractAddress(value: string): string | null {
  const quoted = QUOTED_ADDRESS.exec(value);
  const m = findAddress(value);
  if (quoted && (!m || quoted.index < m.index)) return quoted[0].toLowerCase();
  // X.400 gateways write "SMTP=user@x" (LOCAL allows "="): the prefix is not part of the address.
  return m ? m.value.toLowerCase().replace(/\.$/, '').replace(/^smtp=/, '') : null;
}

/**
 * Sun/Oracle Messaging Server's final form of a local mailbox: the channel's own host name, one label
 * ending in "-daemon" ("user@ims-ms-daemon", "id@lmtpcs-daemon"), where a mail domain belongs. Nobody can
 * write to it; the address the sender knows is the report's original one.
 */
export function isChannelForm(address: string): boolean {
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  return !domain.includes('.') && domain.endsWith('-daemon');
}
