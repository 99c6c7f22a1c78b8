// A site, as a person or an administrator writes it ("webmail.example.com:2096", a URL), as the
// match pattern the extension asks permission for: its scheme and host. Match patterns ignore the
// port, so :2096 is covered. Pure (no browser API), so settings and managed storage share it.

/** The match pattern for a site, or null when it is not an http(s) site. */
export function sitePatternOf(site: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(site.includes('://') ? site.trim() : `https://${site.trim()}`);
  } catch {
    return null;
  }
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.hostname === '') return null;
  if (parsed.hostname.includes('*')) return null; // one site at a time: no wildcards
  return `${parsed.protocol}//${parsed.hostname}/*`;
}
