import { describe, expect, it } from 'vitest';
import {
  BUILTIN_WEBMAIL_PATTERNS, hasWildcardHost, isMatchPattern, parseHostList, providerWebmailPatterns, webmailPatterns,
} from '../../../../src/extension/shared/webmail-hosts.ts';

describe('webmail hosts', () => {
  it('accepts match patterns and refuses what is not one', () => {
    for (const ok of ['http://127.0.0.1/*', 'https://*.example.com/*', 'https://*:2096/*', '*://mail.example.org/webmail/*', '<all_urls>']) {
      expect(isMatchPattern(ok), ok).toBe(true);
    }
    for (const bad of ['127.0.0.1', 'http://127.0.0.1', 'https://exa*mple.com/*', 'javascript:alert(1)', 'https://', '']) {
      expect(isMatchPattern(bad), bad).toBe(false);
    }
  });

  it('parses BOUNCE_LENS_HOSTS, reporting bad entries instead of dropping them', () => {
    expect(parseHostList(undefined)).toEqual({ ok: true, patterns: [] });
    expect(parseHostList(' http://127.0.0.1/* , https://webmail.example.com/* ,')).toEqual({
      ok: true, patterns: ['http://127.0.0.1/*', 'https://webmail.example.com/*'],
    });
    const bad = parseHostList('http://127.0.0.1/*,webmail.example.com');
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.error).toContain('webmail.example.com');
  });

  it('refuses any-host patterns in BOUNCE_LENS_HOSTS: each site is named', () => {
    for (const wild of ['https://*:2096/*', 'https://*/*', '*://*/*', '<all_urls>']) {
      expect(hasWildcardHost(wild), wild).toBe(true);
      expect(parseHostList(wild).ok, wild).toBe(false);
    }
    expect(hasWildcardHost('https://*.example.com/*')).toBe(false);
    expect(parseHostList('https://*.example.com/*').ok).toBe(true);
  });

  it('the provider webmail is never built in as "any host" (cPanel\'s :2096 is enabled per site)', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      expect(providerWebmailPatterns(target).filter(hasWildcardHost)).toEqual([]);
      expect(webmailPatterns(target, []).filter(hasWildcardHost)).toEqual([]);
    }
  });

  it('every build covers the built-in webmails first, then the extra hosts, without duplicates', () => {
    const all = webmailPatterns('chrome', ['http://127.0.0.1/*', 'https://mail.google.com/*']);
    expect(all.slice(0, BUILTIN_WEBMAIL_PATTERNS.length)).toEqual([...BUILTIN_WEBMAIL_PATTERNS]);
    expect(all).toContain('http://127.0.0.1/*');
    expect(new Set(all).size).toBe(all.length);
  });
});
