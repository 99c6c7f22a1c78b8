// Local delivery agents' own errors: a diagnostic that names the program that refused to store the
// message ("mail.local: unknown user: lee", "procmail: Quota exceeded while writing …") is about that
// program's mailbox, whatever stage or code the MTA files it under: a user unknown there is the
// address (no filter is involved), and a failure its table does not name is the agent's (mailererror).
//
// Facts (agent markers and wordings) from Sisimai 5's LDA module, read for its rule and rewritten here:
// rb-sisimai lib/sisimai/lda.rb (BSD 2-Clause, Copyright azumakuniyuki; see
// test/fixtures/engine/sets/sisimai-v5e/LICENSE). Dovecot's marker is its rejection template's two
// halves together (Sisimai takes either; "Your message to <" alone opens other MTAs' notices too), and
// a Dovecot refusal its table does not name (a Sieve reject) is left to the other rules.
import type { Reason } from '../types.ts';

interface Agent {
  /** Words only this agent's errors carry (any one of them). */
  markers: readonly (readonly string[])[];
  said: readonly (readonly [Reason, readonly string[]])[];
  /** The reason when none of `said` matches (null: leave it to the other rules). */
  otherwise: Reason | null;
}

const AGENTS: readonly Agent[] = [
  {
    markers: [['your message to <', '> was automatically rejected:']],
    said: [
      ['mailboxfull', ['not enough disk space', 'quota exceeded']],
      ['userunknown', ["mailbox doesn't exist: "]],
    ],
    otherwise: null,
  },
  {
    markers: [['mail.local: ']],
    said: [
      ['mailboxfull', ['disc quota exceeded', 'mailbox full or quota exceeded']],
      ['mailererror', ['temporary file write error']],
      ['userunknown', [': invalid mailbox path', ': unknown user:', ': user missing home directory', ': user unknown']],
    ],
    otherwise: 'mailererror',
  },
  {
    markers: [['procmail: '], ['/procmail ']],
    said: [
      ['mailboxfull', ['quota exceeded while writing', 'user over quota']],
      ['mailererror', ['service unavailable']],
      ['systemfull', ['no space left to finish writing']],
    ],
    otherwise: 'mailererror',
  },
  {
    markers: [['maildrop: ']],
    said: [
      ['userunknown', ['cannot find system user', 'invalid user specified.']],
      ['mailboxfull', ['maildir over quota.']],
    ],
    otherwise: 'mailererror',
  },
  {
    markers: [['vdelivermail: ']],
    said: [
      ['filtered', ['user does not exist, but will deliver to ']],
      ['mailboxfull', ['domain is over quota', 'user is over quota']],
      ['suspend', ['account is locked email bounced']],
      ['userunknown', ['sorry, no mailbox here by that name.']],
    ],
    otherwise: 'mailererror',
  },
  {
    markers: [['vdeliver: ']],
    said: [
      ['mailboxfull', ['delivery failed due to system quota violation']],
      ['userunknown', ['invalid or unknown base user or domain', 'invalid or unknown virtual user', 'user name does not refer to a virtual user']],
    ],
    otherwise: 'mailererror',
  },
];

/**
 * The reason a local delivery agent's own error gives, when `diagnosticLower` names one. Only for a
 * refusal at no SMTP stage or after DATA: a refusal at RCPT or MAIL is the receiving server's.
 */
export function localAgentReason(diagnosticLower: string, command: string | null): Reason | null {
  if (command !== null && command !== 'DATA') return null;
  const agent = AGENTS.find((a) => a.markers.some((parts) => parts.every((p) => diagnosticLower.includes(p))));
  if (!agent) return null;
  const said = agent.said.find(([, words]) => words.some((w) => diagnosticLower.includes(w)));
  return said ? said[0] : agent.otherwise;
}
