// The compact pattern tables are plain text: every row must decode to a known reason, a known
// provider and usable keywords, or a typo would silently disable a pattern.
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../../../src/core/classify/rules.ts';
import { detectProviders } from '../../../../src/core/classify/providers.ts';
import { providerCodeReason } from '../../../../src/core/classify/provider-codes.ts';
import { REASONS } from '../../../../src/core/types.ts';

const PROVIDER_KEYS = new Set(['google', 'microsoft', 'yahoo', 'aol', 'apple', 'cox', 'godaddy', 'mimecast', 'orange', 'spectrum', 'tencent', 'zoho', 'iua', 'kddi', 'cloudflare', 'messagelabs']);
const STATUS = /^[245]\.\d{1,3}\.\d{1,3}$/;

describe('pattern tables', () => {
  it('decode to known reasons, providers, statuses and non-empty parts', () => {
    const bad = ALL_RULES.filter((r) =>
      !(REASONS as readonly string[]).includes(r.reason) ||
      r.parts.length === 0 ||
      (r.provider !== undefined && !PROVIDER_KEYS.has(r.provider)) ||
      (r.status !== undefined && !STATUS.test(r.status)));
    expect(bad).toEqual([]);
  });

  it('have a rule for every kind of source', () => {
    const kinds = new Set(ALL_RULES.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['curated', 'exclusion', 'generic', 'provider', 'provider-code']);
  });

  it('reads Spectrum\'s numbered refusals by range, only from Spectrum', () => {
    const spectrum = detectProviders('mta.charter.net');
    expect(providerCodeReason('sender rejected. aup#in-1310', spectrum, null)?.reason).toBe('toomanyconn');
    expect(providerCodeReason('aup#out-1000', spectrum, null)?.reason).toBe('blocked');
    expect(providerCodeReason('aup#in-1510', spectrum, null)).toBeNull();
    expect(providerCodeReason('aup#in-1310', detectProviders('mx.example.com'), null)).toBeNull();
  });
});
