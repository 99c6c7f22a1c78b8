// The webmail sites a person recognises, by name, from the match patterns a build covers.
// Several patterns can be one site (Outlook has three hosts).

export interface NamedSite {
  /** What the list shows: a known webmail's name, or the host. */
  name: string;
  /** Catalogue key of the name, for the known webmails; null for a host shown as is. */
  nameKey: string | null;
  patterns: string[];
}

const KNOWN: { key: string; test: RegExp }[] = [
  { key: 'opt_siteGmail', test: /^https:\/\/mail\.google\.com\// },
  { key: 'opt_siteOutlook', test: /^https:\/\/outlook\.(live|office|office365)\.com\// },
  { key: 'opt_siteYahoo', test: /^https:\/\/mail\.yahoo\.com\// },
];

/** The host a match pattern names ("*.example.com" stays as written). */
export function patternHost(pattern: string): string {
  return /^[a-z*]+:\/\/([^/:]+)/i.exec(pattern)?.[1] ?? pattern;
}

/** Groups patterns into named sites, in the order first seen. */
export function nameSites(patterns: readonly string[]): NamedSite[] {
  const sites: NamedSite[] = [];
  for (const pattern of patterns) {
    const key = KNOWN.find((k) => k.test.test(pattern))?.key ?? null;
    const name = key ?? patternHost(pattern);
    const existing = sites.find((s) => s.name === name);
    if (existing) existing.patterns.push(pattern);
    else sites.push({ name, nameKey: key, patterns: [pattern] });
  }
  return sites;
}
