// Every piece of advice against the help article's don'ts: never disable authentication, never
// resend repeatedly, never share a password, never edit DNS for a client-side sending error
// (and, for SPF/DKIM/PTR bounces, point to the deliverability page or the provider, not to DNS).
import { describe, expect, it } from 'vitest';
import { BUCKETS, REASONS } from '../../../../src/core/types.ts';
import { REASON_ADVICE } from '../../../../src/core/knowledge/reasons.ts';
import { BUCKET_ADVICE, DELAY_ADVICE } from '../../../../src/core/knowledge/buckets.ts';
import { PROVIDER_ENTRIES } from '../../../../src/core/knowledge/providers.ts';
import { CLIENT_ERRORS } from '../../../../src/core/client-errors/table.ts';
import { DEFAULT_PROFILE } from '../../../../src/core/profile/index.ts';
import { catalogueTranslator } from '../../../../src/core/i18n.ts';
import { catalogue } from './fixtures.ts';
import { UNSAFE, UNSAFE_DE, keepsAuthOn } from './unsafe.ts';

const en = catalogueTranslator(catalogue('en'));
const de = catalogueTranslator(catalogue('de'));

// clientSide marks advice for a mail client that cannot send; no step anywhere may say to edit DNS.
interface Entry { name: string; steps: string[]; clientSide: boolean }
const CLIENT_SIDE = new Set(['settings', 'credentials', 'port-encryption', 'network-block']);

const entries: Entry[] = [
  ...REASONS.map((r) => ({ name: `reason ${r}`, steps: REASON_ADVICE[r].steps, clientSide: REASON_ADVICE[r].buckets.some((b) => CLIENT_SIDE.has(b)) })),
  ...BUCKETS.map((b) => ({ name: `bucket ${b}`, steps: BUCKET_ADVICE[b].steps, clientSide: CLIENT_SIDE.has(b) })),
  { name: 'delay', steps: DELAY_ADVICE.steps, clientSide: false },
  { name: 'profile dos', steps: ['k_s_required_security', ...DEFAULT_PROFILE.dos, 'k_s_self_setup'], clientSide: true },
  ...PROVIDER_ENTRIES.map((p) => ({ name: `provider ${p.id}`, steps: p.steps, clientSide: CLIENT_SIDE.has(p.bucket) })),
  ...CLIENT_ERRORS.map((c) => ({ name: `client ${c.id}`, steps: c.steps, clientSide: true })),
];

describe('safe advice', () => {
  it('has patterns that catch unsafe advice', () => {
    const bad = [
      'Disable authentication in your mail client.',
      'Turn off SSL and use port 25.',
      'Resend the message repeatedly until it arrives.',
      'Send your password to support so they can test.',
      'Add an SPF record to your DNS.',
      'Change the MX records of your domain.',
    ];
    for (const text of bad) expect(UNSAFE.some(([, p]) => p.test(text)), text).toBe(true);
    expect(entries.filter((e) => e.clientSide).length).toBeGreaterThan(40);
  });

  it.each(entries)('$name gives no unsafe step', ({ steps }) => {
    for (const key of steps) {
      const text = en(key, []);
      expect(text, key).not.toBe('');
      for (const [what, pattern] of UNSAFE) {
        if (what === 'disables authentication' && keepsAuthOn(text)) continue;
        expect(pattern.test(text), `${key} ${what}: ${text}`).toBe(false);
      }
      for (const [what, pattern] of UNSAFE_DE) expect(pattern.test(de(key, [])), `${key} (de) ${what}`).toBe(false);
    }
  });

  it('warns against the article\'s four don\'ts for mail-client errors', () => {
    for (const b of ['settings', 'credentials', 'port-encryption', 'network-block'] as const) {
      const donts = BUCKET_ADVICE[b].donts;
      expect(donts.some((d) => d === 'k_n_disable_auth' || d === 'k_n_share_password'), b).toBe(true);
    }
    expect(DEFAULT_PROFILE.donts).toEqual(expect.arrayContaining(['k_n_disable_auth', 'k_n_resend', 'k_n_share_password', 'k_n_dns_for_client']));
  });

  it('sends SPF/DKIM/DMARC and PTR bounces to the deliverability page or the provider', () => {
    const dnsBound = [
      ...['authfailure', 'requireptr'].map((r) => REASON_ADVICE[r as 'authfailure']),
      ...PROVIDER_ENTRIES.filter((p) => p.reason === 'authfailure' || p.reason === 'requireptr'),
    ];
    expect(dnsBound.length).toBeGreaterThan(5);
    for (const advice of dnsBound) {
      expect(advice.steps.some((s) => s === 'k_s_deliverability' || s === 'k_s_ask_provider_ptr')).toBe(true);
      expect(advice.donts).not.toContain('k_n_dns_for_client');
    }
    expect(en('k_s_deliverability', ['ProRedLine', 'cPanel', '', 'cPanel → Email Deliverability'])).toContain('cPanel → Email Deliverability');
  });

  it('says a delay needs nothing yet', () => {
    expect(DELAY_ADVICE.actor).toBe('none');
    expect(DELAY_ADVICE.donts).toContain('k_n_resend_delay');
  });
});
