// Receiving hosts that file their own refusals by the stage and code, not by their words: the same
// "550 Unknown user" means a missing mailbox at RCPT and the recipient's own filter after DATA.
// Keyed as Sisimai 5 keys its rhost tables (go-sisimai rhost/lib.go Name): the recipient's domain when
// one of the table's host names ends with it, else the remote MTA named in the bounce (Remote-MTA,
// "host … said"), else the reporting MTA; never a domain of the returned message.
//
// Facts (host names, statuses, stages, wordings) from Sisimai 5's rhost modules, read for their
// rules and rewritten here: rb-sisimai lib/sisimai/rhost/nttdocomo.rb (i.ua's table: providers/iua.ts) (BSD 2-Clause,
// Copyright azumakuniyuki; see test/fixtures/engine/sets/sisimai-v5e/LICENSE).
import { ERROR_PAGE, ERROR_PAGE_REASONS } from '../providers/iua.ts';
import type { Reason } from '../types.ts';

export interface RhostInput {
  /** The remote MTA's host name, lowercase ('' when the bounce names none). */
  host: string;
  /** The failed recipient's domain and the reporting MTA's host name, lowercase, if known. */
  domain?: string | null;
  reportingHost?: string | null;
  status: string | null;
  command: string | null;
  /** The server's diagnostic (the remote reply), lowercase and compacted. */
  diagnostic: string;
}

interface Rhost {
  /** Host name suffixes of the receiving MTAs, each starting with a dot. */
  hosts: readonly string[];
  decide(input: RhostInput): Reason | null;
}

// NTT docomo (mfsmax.docomo.ne.jp) answers "550 Unknown user" at every stage. Its MTA refuses at
// RCPT only an address that does not exist; after DATA it is the recipient's own reception settings
// (its spam filter, a block on PC mail) that refused (Sisimai 5 files these filtered / rejected, as
// rb-sisimai's expectations for rhost-nttdocomo-01…03 say; go-sisimai from March 2025 files every
// "550 Unknown user" as userunknown, docomo having stopped refusing by reception filter in SMTP).
const DOCOMO_WORDS: readonly (readonly [string, Reason])[] = [
  ['552 too much mail data', 'mailboxfull'],
  ['552 too many recipients', 'toomanyconn'],
  ['503 bad sequence of commands', 'syntaxerror'],
  ['504 command parameter not implemented', 'syntaxerror'],
];

const NTT_DOCOMO: Rhost = {
  hosts: ['.docomo.ne.jp'],
  decide({ status, command, diagnostic }) {
    if (status === '5.1.1') return 'userunknown';
    // 5.2.0 under a DATA refusal: the MTA reporting it saw the mailbox refuse the message itself.
    if (status === '5.2.0') return 'filtered';
    const said = DOCOMO_WORDS.find(([words]) => diagnostic.includes(words));
    if (said) return said[1];
    if (status === '5.0.0' && command === 'RCPT') return 'userunknown';
    if (status === '5.0.0' && command === 'DATA') return 'rejected';
    return null;
  },
};

// i.ua (mx*.email.ua): its numbered error pages (providers/iua.ts) name the cause.
const IUA: Rhost = {
  hosts: ['.email.ua'],
  decide({ diagnostic }) {
    const at = diagnostic.indexOf(ERROR_PAGE);
    if (at < 0) return null;
    const digits = /^\d{1,2}/.exec(diagnostic.slice(at + ERROR_PAGE.length, at + ERROR_PAGE.length + 3));
    return digits ? ERROR_PAGE_REASONS[digits[0]] ?? null : null;
  },
};

const RHOSTS: readonly Rhost[] = [NTT_DOCOMO, IUA];

const endsWithLabel = (name: string, suffix: string): boolean => `.${name}`.endsWith(suffix);
const named = (name: string | null | undefined): Rhost | null => (name ? RHOSTS.find((r) => r.hosts.some((h) => endsWithLabel(name, h))) ?? null : null);

/** The receiving host's table for this bounce: by the recipient's domain (the table's domain or one
 *  under it: "docomo.ne.jp"), else the remote MTA, else the reporting MTA. */
function rhostOf(input: RhostInput): Rhost | null {
  return named(input.domain) ?? named(input.host) ?? named(input.reportingHost);
}

/** The reason the receiving host's own table gives, when the bounce names such a host. */
export function rhostReason(input: RhostInput): Reason | null {
  return rhostOf(input)?.decide(input) ?? null;
}
