// The hosting provider's profile: the default (ProRedLine on cPanel, the help article's host),
// the validator for another host's JSON, and what other parts derive from a profile.
import defaultJson from './proredline.json' with { type: 'json' };
import type { Profile } from './schema.ts';

export * from './schema.ts';
export { validateProfile, type ProfileResult } from './validate.ts';

// The shipped file is part of the code: the unit tests validate it (profile.test.ts), so it is not
// validated again at load, where the validator would weigh on the content script of every page.
export const DEFAULT_PROFILE: Profile = defaultJson as unknown as Profile;

/**
 * The substitutions every knowledge message receives, in catalogue order:
 * $1 provider name, $2 control panel, $3 settings place, $4 deliverability place,
 * $5 mailbox status place, $6 support (URL, or the provider's name when it has none),
 * $7 the secure port/encryption pairs, e.g. "465 (SSL/TLS), 587 (STARTTLS)".
 */
export function profileSubs(profile: Profile, lang?: string): string[] {
  // The panel's own words in the reader's language, where the profile has them.
  const places = { ...profile.places, ...(lang ? profile.placesByLang?.[lang] : undefined) };
  return [
    profile.name,
    profile.controlPanel,
    places.settings,
    places.deliverability,
    places.mailboxStatus,
    profile.supportUrl ?? profile.name,
    profile.smtp.ports.map(({ port, security }) => `${port} (${security === 'ssl' ? 'SSL/TLS' : 'STARTTLS'})`).join(', '),
  ];
}

/**
 * Match patterns for the provider's webmail (the extension's host permissions). Chrome accepts a
 * port in a match pattern; Firefox match patterns take none, so `withPorts: false` drops the port,
 * and drops "any host on that port" entirely rather than widen it to every https site (such a
 * host must then be granted at run time as an optional permission).
 */
export function webmailMatchPatterns(profile: Profile, withPorts = true): string[] {
  const patterns = profile.webmail
    .filter(({ host, port }) => withPorts || !(host === '*' && port !== undefined))
    .map(({ host, port }) => `https://${host}${withPorts && port !== undefined ? `:${port}` : ''}/*`);
  return [...new Set(patterns)];
}
