// E-mail addresses as they appear in bounces: bare, in angle brackets, or as mailto: links.

// A match may only start where a run of local-part characters starts (the lookbehind): a search
// through a long run without "@" then costs one pass, not one pass per starting position.
const LOCAL = String.raw`[^\s<>()\[\]@",;:]`;
export const ADDRESS_SOURCE = String.raw`(?<!${LOCAL})${LOCAL}{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)*[A-Za-z0-9-]{1,63}`;

const ADDRESS = new RegExp(ADDRESS_SOURCE);

/** The first address in a value like "rfc822; <User@Example.jp>", lowercased. */
export function extractAddress(value: string): string | null {
  const m = ADDRESS.exec(value);
  // X.400 gateways write "SMTP=user@x" (LOCAL allows "="): the prefix is not part of the address.
  return m ? m[0].toLowerCase().replace(/\.$/, '').replace(/^smtp=/, '') : null;
}
