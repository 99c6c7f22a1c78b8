// Every explanation's sources fit what it explains: a standard that covers one topic (SMTP AUTH, SPF/DKIM/DMARC,
// STARTTLS, S/MIME, null MX, greylisting …) is cited only by explanations of that topic, over every labelled
// error text and the older cases. The S/MIME family cites RFC 8551 and the mail programs' own pages, not RFC 4954.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../../src/core/knowledge/index.ts';
import type { Explanation } from '../../../../src/core/knowledge/types.ts';
import { SMIME } from '../../../../src/core/knowledge/client-texts-r7.ts';
import { TOPIC_REFS } from '../../../../src/core/knowledge/topic-refs.ts';
import { readErrorTexts, readExplainCases } from '../../../bench/knowledge-score.ts';

const RFC = (n: number): string => `https://www.rfc-editor.org/rfc/rfc${n}`;
type Fits = (e: Explanation, text: string) => boolean;
const SMIME_REFS = new Set(TOPIC_REFS.smime);
/** Standards bound to one topic, and what an explanation citing them must be about. */
const BOUND: readonly (readonly [string, string, Fits])[] = [
  [RFC(8551), 'S/MIME', (_e, text) => SMIME.test(text)],
  // A login, a relay that wants one, or a sender address that must match the login.
  [RFC(4954), 'SMTP AUTH', (e, text) => !SMIME.test(text) && (['securityerror', 'norelaying'].includes(e.reason) || ['credentials', 'settings', 'sender-account'].includes(e.bucket))],
  [RFC(7208), 'SPF', (e) => e.reason === 'authfailure' || e.bucket === 'policy-reputation'],
  [RFC(6376), 'DKIM', (e) => e.reason === 'authfailure' || e.bucket === 'policy-reputation'],
  [RFC(7489), 'DMARC', (e) => e.reason === 'authfailure' || e.bucket === 'policy-reputation'],
  [RFC(3207), 'STARTTLS', (e) => e.reason === 'failedstarttls' || e.bucket === 'port-encryption'],
  [RFC(8314), 'TLS for mail submission and access', (e) => ['settings', 'network-block', 'port-encryption'].includes(e.bucket)],
  [RFC(7505), 'null MX', (e) => e.reason === 'notaccept' || e.bucket === 'recipient'],
  [RFC(6647), 'greylisting', (e) => ['remote-transient', 'policy-reputation', 'not-an-error'].includes(e.bucket)],
  [RFC(5965), 'abuse feedback reports', (e) => e.reason === 'feedback'],
  [RFC(3834), 'automatic replies', (e) => e.reason === 'vacation' || e.bucket === 'not-an-error'],
];

async function misfits(texts: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const text of texts) {
    for (const { explanation: e } of (await explain(text)).items) {
      for (const ref of e.references) {
        const bound = BOUND.find(([url]) => url === ref);
        if (bound && !bound[2](e, text)) out.push(`${bound[1]} cited for ${e.bucket}/${e.reason}: ${text.slice(0, 80)}`);
        if (SMIME_REFS.has(ref) && !SMIME.test(text)) out.push(`S/MIME page cited for ${e.bucket}/${e.reason}: ${text.slice(0, 80)}`);
      }
    }
  }
  return out;
}

describe('every explanation\'s sources relate to what it explains', () => {
  it('over the labelled error texts', async () => {
    expect(await misfits(readErrorTexts().map((r) => r.text))).toEqual([]);
  }, 120_000);
  it('over the older cases', async () => {
    expect(await misfits(readExplainCases().map((r) => r.text))).toEqual([]);
  }, 60_000);
});

describe('S/MIME problems cite S/MIME and the programs\' own pages', () => {
  it.each([
    'Microsoft Outlook cannot sign or encrypt this message because there are no certificates which can be used to send from the e-mail address',
    'Your Digital ID name cannot be found by the underlying security system.',
    'Unable to sign message. Please check that the certificates specified in Mail & Newsgroups Account Settings for this mail account are valid and trusted for mail.',
  ])('%s', async (text) => {
    const e = (await explain(text)).items[0]?.explanation;
    expect(e?.references).toContain(RFC(8551));
    expect(e?.references).not.toContain(RFC(4954));
    expect(e?.references.some((r) => r.includes('support.microsoft.com') || r.includes('support.mozilla.org'))).toBe(true);
  });
});
