// E-mail addresses as they appear in bounces: bare, in angle brackets, or as mailto: links.

// A match may only start where a run of local-part characters starts (the lookbehind): a search
// through a long run without "@" then costs one pass, not one pass per starting position.
const LOCAL = String.raw`[^\s<>()\[\]@",;:]`;
const DOMAIN = String.raw`[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)*[A-Za-z0-9-]{1,63}`;
export const ADDRESS_SOURCE = String.raw`(?<!${LOCAL})${LOCAL}{1,64}@${DOMAIN}`;

const ADDRESS = new RegExp(ADDRESS_SOURCE);
// RFC 5321's quoted local part ("john..doe"@example.org): the quotes are part of the address; without
// them the local part is not a valid mailbox, so a list matching it would miss it.
const QUOTED_ADDRESS = new RegExp(String.raw`"[^"\\\r\n]{1,64}"@${DOMAIN}`);

/** The first address in a value like "rfc822; <User@Example.jp>", lowercased. */
export function extractAddress(value: string): string | null {
  const quoted = QUOTED_ADDRESS.exec(value);
  const m = ADDRESS.exec(value);
  if (quoted && (!m || quoted.index < m.index)) return quoted[0].toLowerCase();
  // X.400 gateways write "SMTP=user@x" (LOCAL allows "="): the prefix is not part of the address.
  return m ? m[0].toLowerCase().replace(/\.$/, '').replace(/^smtp=/, '') : null;
}
