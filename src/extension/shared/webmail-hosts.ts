// The webmail hosts built into the extension (host_permissions and content-script matches):
// the big webmails, plus the provider profile's own named webmail hosts (src/core/profile).
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
 * The provider's webmail hosts that are named (no wildcard), as match patterns for a target
 * (Firefox match patterns take no port). A host pattern like cPanel's "any host on :2096" is never
 * built in: it would run the content script on every such site, in every frame, including a
 * stranger's page. The user turns their own webmail on per site (options, popup) instead, or an
 * administrator presets it through managed storage.
 */
export function providerWebmailPatterns(target: 'chrome' | 'firefox'): string[] {
  return webmailMatchPatterns(DEFAULT_PROFILE, target === 'chrome').filter((p) => !hasWildcardHost(p));
}

/** Whether a pattern would match any host (a "*" host, "<all_urls>"); "*.example.com" is one domain. */
export function hasWildcardHost(pattern: string): boolean {
  return pattern === '<all_urls>' || /^[^:]+:\/\/\*(:[^/]*)?\//.test(pattern);
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
  const wild = patterns.filter(hasWildcardHost);
  if (wild.length > 0) return { ok: false, error: `any-host patterns are not allowed (name each site): ${wild.join(', ')}` };
  return { ok: true, patterns };
}

/** Every pattern a build covers, deduplicated, built-ins first. */
export function webmailPatterns(target: 'chrome' | 'firefox', extra: readonly string[]): string[] {
  return [...new Set([...BUILTIN_WEBMAIL_PATTERNS, ...providerWebmailPatterns(target), ...extra])];
}
