// The knowledge half of a provider's rows: one reply text (regex or composite matcher), what it
// means, who acts, the steps and don'ts, and the documentation it rests on. Codes and match texts
// are facts from the providers' pages and the reference tables; the words are ours.
import type { Bucket, Reason } from '../types.ts';
import type { Actor, Advice } from '../knowledge/types.ts';
import type { TextMatcher } from '../knowledge/matchers.ts';
import type { ProviderId } from '../classify/provider-registry.ts';

/** What a provider module says of the provider itself (classify/provider-registry.ts gathers them). */
export interface ProviderAbout {
  /** The name people know. */
  name: string;
  /** The provider's own page on its error codes, added to each of its entries' references. */
  docs: string | null;
  /** Host names in a bounce's MTAs and addresses that mark the provider's bounces (engine). */
  hosts?: readonly string[];
  /** Words only its bounces carry, for rendered bounces that lost their host names (engine). */
  signatures?: readonly string[];
}

export interface ProviderEntry extends Advice {
  id: string;
  /** The provider's id in the one provider list (classify/provider-registry.ts). */
  provider: ProviderId;
  /** Tested against the server's reply text (diagnostic), case-insensitive. */
  match: TextMatcher;
  reason: Reason;
  bucket: Bucket;
  /** The provider's own meaning of its status codes (catalogue names), replacing the registry's. */
  codes?: Readonly<Record<string, string>>;
  /** A heading of its own (catalogue name), where the reason's heading would contradict the meaning. */
  title?: string;
}

// On the recipient's side only the person's own mailbox (full, disabled) is theirs to fix;
// filters, blocks, forwarding, TLS and domain set-up are their mail provider's or admin's.
const MAILBOX_REASONS: ReadonlySet<Reason> = new Set(['mailboxfull', 'suspend', 'hasmoved']);

/** The entry maker of one provider's module: each entry carries that provider's documentation. */
export type MakeEntry = (
  id: string, provider: ProviderId, match: TextMatcher, reason: Reason, bucket: Bucket, actor: Actor,
  steps: string[], donts: string[], references: string[], codes?: Record<string, string>,
) => ProviderEntry;

export function entryFor(about: ProviderAbout): MakeEntry {
  return function entry(
    id: string, provider: ProviderId, match: TextMatcher, reason: Reason, bucket: Bucket, actor: Actor,
    steps: string[], donts: string[], references: string[], codes?: Record<string, string>,
  ): ProviderEntry {
    const who: Actor = actor === 'recipient' && !MAILBOX_REASONS.has(reason) ? 'recipient-provider' : actor;
    const docs = about.docs;
    const sources = docs && !references.includes(docs) ? [...references, docs] : references;
    return { id, provider, match, reason, bucket, actor: who, steps, donts, references: sources, ...(codes ? { codes } : {}) };
  };
}

// Don'ts and code meanings several providers' entries share.
export const NO_RESEND = ['k_n_resend'];
export const GREYLIST_CODES = { '4.7.1': 'k_pc_greylisting', '4.2.0': 'k_pc_greylisting', '4.7.0': 'k_pc_greylisting' };
export const AUTH_DONTS = ['k_n_dns_guess', 'k_n_resend'];
export const BLOCK_DONTS = ['k_n_resend', 'k_n_blame_recipient'];
export const LOGIN_DONTS = ['k_n_share_password', 'k_n_disable_auth'];
