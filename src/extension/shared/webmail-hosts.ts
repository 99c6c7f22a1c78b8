// The webmail hosts built into the extension (host_permissions and content-script matches):
// the big webmails, plus the provider profile's own webmail (src/core/profile, e.g. cPanel's :2096).
// vite.config.ts reads it at build time, the popup and options at run time.
import { DEFAULT_PROFILE, webmailMatchPatterns } from '../../core/profile/index.ts';

/** Webmails every build supports, as match patterns. */
export const BUILTIN_WEBMAIL_PATTERNS: readonly string[] = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://mail.yahoo.com/*',
];

/**
 * The provider's webmail as match patterns for a target. Chrome keeps the port ("https://*:2096/*":
 * any host, only that port). Firefox ignores ports in match patterns, so there a wildcard host
 * would mean every https site: those are left out (the user enables their webmail per site instead).
 */
export function providerWebmailPatterns(target: 'chrome' | 'firefox'): string[] {
  if (target === 'chrome') return webmailMatchPatterns(DEFAULT_PROFILE, true);
  return webmailMatchPatterns(DEFAULT_PROFILE, false).filter((p) => !/^https:\/\/\*\//.test(p));
}

const MATCH_PATTERN = /^(\*|https?|wss?|ftp|file):\/\/(\*|(\*\.)?[^/*:]+|)(:(\d+|\*))?\/.*$/;

/** Whether a string is a valid WebExtension match pattern we accept for webmail hosts. */
export function isMatchPattern(pattern: string): boolean {
  return pattern === '<all_urls>' || MATCH_PATTERN.test(pattern);
}

/**
 * Parses BOUNCE_LENS_HOSTS (comma-separated match patterns). Errors are values: a bad pattern is
 * reported, never silently dropped.
 */
export function parseHostList(raw: string | undefined): { ok: true; patterns: string[] } | { ok: false; error: string } {
  const patterns = (raw ?? '').split(',').map((p) => p.trim()).filter((p) => p.length > 0);
  const bad = patterns.filter((p) => !isMatchPattern(p));
  if (bad.length > 0) return { ok: false, error: `not a match pattern: ${bad.join(', ')}` };
  return { ok: true, patterns };
}

/** Every pattern a build covers, deduplicated, built-ins first. */
export function webmailPatterns(target: 'chrome' | 'firefox', extra: readonly string[]): string[] {
  return [...new Set([...BUILTIN_WEBMAIL_PATTERNS, ...providerWebmailPatterns(target), ...extra])];
}
