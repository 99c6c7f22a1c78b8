// Which provider produced a bounce, from host names in it. Provider-specific tables are only
// trusted for that provider's own bounces: their wording is too short to be safe elsewhere.

const PROVIDER_HOSTS: readonly (readonly [string, readonly string[]])[] = [
  ['google', ['google.com', 'gmail.com', 'googlemail.com']],
  ['microsoft', ['outlook.com', 'hotmail.', 'office365.', 'exchangelabs.com', 'microsoft.com', 'live.com', 'msn.com']],
  ['yahoo', ['yahoo.', 'yahooinc.com', 'yahoodns.net', 'ymail.com']],
  ['aol', ['aol.com']],
  ['apple', ['icloud.com', 'me.com', 'mac.com', 'apple.com']],
  ['cox', ['cox.net']],
  ['godaddy', ['secureserver.net']],
  ['mimecast', ['mimecast']],
  ['orange', ['orange.fr', 'wanadoo.fr', 'laposte.net', 'mwinf']],
  ['spectrum', ['charter.net', 'spectrum.net', 'rr.com']],
  ['tencent', ['qq.com', 'tencent']],
  ['zoho', ['zoho.']],
  ['iua', ['i.ua']],
  ['kddi', ['ezweb.ne.jp', 'au.com', 'kddi']],
  ['cloudflare', ['cloudflare']],
  ['messagelabs', ['messagelabs']],
];

/** Provider keys whose host names occur in `hostsLower` (remote MTA, reporting MTA, recipient domain …). */
export function detectProviders(hostsLower: string): Set<string> {
  const found = new Set<string>();
  for (const [key, hosts] of PROVIDER_HOSTS) {
    if (hosts.some((h) => hostsLower.includes(h))) found.add(key);
  }
  return found;
}

// Words only one provider's bounces carry: a rendered bounce (a webmail page, a paste) has lost the
// host names of its headers, but not these.
const PROVIDER_SIGNATURES: readonly (readonly [string, string])[] = [
  ['google', 'google tried to deliver your message'],
];

/** Provider keys whose own bounce wording occurs in `reportLower` (compacted report text). */
export function providersBySignature(reportLower: string): string[] {
  return PROVIDER_SIGNATURES.filter(([, words]) => reportLower.includes(words)).map(([key]) => key);
}
