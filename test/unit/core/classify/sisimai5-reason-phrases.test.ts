// Every phrase of Sisimai 5's reason tables (go-sisimai reason/why-*.go, copied with their BSD 2-Clause
// licence into test/fixtures/reference/sisimai5-reasons/) read as a server's reply must give that
// reason, or one of the reasons whose own phrases the same text also contains (Sisimai lists some texts
// under two reasons and decides by its order of tests). Its later merges count as the same reason:
// mesgtoobig/exceedlimit = emailtoolarge, toomanyconn/speeding = ratelimited.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../../src/core/classify/classify.ts';

interface Row { reason: string; phrase: string; sample: string }

const FIXTURE = new URL('../../../fixtures/reference/sisimai5-reasons/phrases.tsv', import.meta.url);
const ROWS: Row[] = readFileSync(FIXTURE, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => {
  const [reason = '', phrase = '', , sample] = l.split('\t');
  // Pairs: parts joined as mail text joins them (a blank where a part already has one, else a hyphen:
  // "non" + "existent user" reads "non-existent user").
  const joined = phrase.split(' ... ').reduce((a, b) => (a.endsWith(' ') || b.startsWith(' ') ? a + b : `${a}-${b}`));
  return { reason, phrase, sample: (sample ?? joined).replace(/\s+/g, ' ') };
});

const GROUPS: readonly (readonly string[])[] = [['mesgtoobig', 'exceedlimit', 'emailtoolarge'], ['toomanyconn', 'speeding', 'ratelimited']];

function inOrder(text: string, phrase: string): boolean {
  let at = 0;
  for (const part of phrase.replace(/\s+/g, ' ').split(' ... ')) {
    const i = text.indexOf(part, at);
    if (i < 0) return false;
    at = i + part.length;
  }
  return true;
}

/** Reasons Sisimai could give the text: every reason one of whose phrases it contains, with their merged names. */
function acceptable(text: string): Set<string> {
  const ok = new Set(ROWS.filter((r) => inOrder(text, r.phrase)).map((r) => r.reason));
  for (const g of GROUPS) if (g.some((r) => ok.has(r))) g.forEach((r) => ok.add(r));
  return ok;
}

// Sisimai reads some reasons only at a stage: a missing user at RCPT, a filter's verdict after DATA.
const AFTER_DATA = new Set(['filtered', 'spamdetected', 'virusdetected', 'contenterror', 'policyviolation']);

describe("Sisimai 5's reason phrases", () => {
  it('the fixture covers every reason Sisimai 5 matches by words', () => {
    const reasons = new Set(ROWS.map((r) => r.reason));
    expect([...reasons].sort()).toEqual([
      'authfailure', 'badreputation', 'blocked', 'contenterror', 'emailtoolarge', 'exceedlimit', 'expired', 'failedstarttls',
      'filtered', 'hasmoved', 'hostunknown', 'mailboxfull', 'mailererror', 'mesgtoobig', 'networkerror', 'norelaying',
      'notaccept', 'notcompliantrfc', 'policyviolation', 'ratelimited', 'rejected', 'requireptr', 'securityerror',
      'spamdetected', 'suspend', 'systemerror', 'systemfull', 'toomanyconn', 'userunknown', 'virusdetected',
    ]);
  });

  it.each([...new Set(ROWS.map((r) => r.reason))])('%s: each phrase, said as a 550 reply, names it', (reason) => {
    const misses: string[] = [];
    for (const row of ROWS.filter((r) => r.reason === reason)) {
      // Inside a reply line as an MTA relays it, not as the whole text.
      const lower = `<kijitora@example.jp>: ${row.sample} (in reply)`.toLowerCase();
      const got = classify({
        texts: [{ lower }], reportIndex: null, status: null, replyCode: 550,
        command: reason === 'userunknown' ? 'RCPT' : AFTER_DATA.has(reason) ? 'DATA' : null,
        action: 'failed', providers: new Set(), diagnosed: true,
      }).reason;
      if (!acceptable(lower).has(got)) misses.push(`${row.sample} → ${got}`);
    }
    expect(misses).toEqual([]);
  });

  it('a pair whose words lie far apart is not that reason', () => {
    // "mailbox … full" and "over … quota" describe one clause, not words a paragraph apart.
    const lower = 'the mailbox you wrote to answered. '.repeat(3) + 'our relay is full of other mail today, please resend later';
    const got = classify({ texts: [{ lower }], reportIndex: null, status: null, replyCode: 450, command: null, action: 'delayed', providers: new Set(), diagnosed: true });
    expect(got.reason).not.toBe('mailboxfull');
  });
});
