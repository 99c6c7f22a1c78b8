// The explanation boundary: what every surface shows a person. Strings are message-catalogue
// keys (public/_locales/<lang>/messages.json, built from src/locales/<lang>/*.json) so the
// extension (browser.i18n) and the CLI render the same words.
import type { Analysis, Bucket, Finding, Reason, Side } from '../types.ts';
import type { Profile } from '../profile/schema.ts';

/** A catalogue key and its substitutions ($1, $2 … in the catalogue text). */
export interface Msg {
  key: string;
  subs?: string[];
}

/** Turns a Msg into text: browser.i18n.getMessage in the extension, the JSON catalogue in the CLI. */
export type Translate = (key: string, subs?: string[]) => string;

/**
 * Whose move it is: the sender (the person reading), their mail/hosting provider, the recipient,
 * the recipient's mail provider or admin, the network in between (the sender's connection,
 * firewall or ISP), or nobody (the servers retry by themselves, or there is nothing wrong).
 */
export type Actor = 'sender' | 'sender-provider' | 'recipient' | 'recipient-provider' | 'network' | 'none';

export interface Explanation {
  reason: Reason;
  bucket: Bucket;
  title: Msg;
  /** What happened, one sentence. */
  summary: Msg;
  /** Who must act; null when the text is not understood well enough to say. */
  actor: Actor | null;
  /** Where the fault lies (the engine's side, unless the explanation's verdict moved it). */
  side: Side;
  /** The refusal is temporary (4xx, or a delay notice): the sending server retries by itself. */
  temporary: boolean;
  /** Said before anything else: that it is temporary, that it is retried, when to worry. */
  lead: Msg | null;
  steps: Msg[];
  donts: Msg[];
  /** Plain-words meaning of the codes seen (enhanced status, reply code, client error). */
  codes: { code: string; meaning: Msg }[];
  /** Standard or provider pages the advice rests on. */
  references: string[];
  /** 0..1; below the "likely" threshold the UI says it is not sure. */
  confidence: number;
}

export interface ExplainedFinding {
  finding: Finding;
  explanation: Explanation;
}

export interface ExplainResult {
  analysis: Analysis;
  items: ExplainedFinding[];
  /** Set when nothing specific was recognised: the general guidance of the provider's article. */
  general: Explanation | null;
  /** Set when nothing was recognised: the one hint (paste the whole bounce or the line with the code). */
  hint: Msg | null;
}

/** How to explain: the hosting provider whose places and support the advice names. */
export interface ExplainOptions {
  /** Defaults to the article's host (ProRedLine on cPanel). */
  profile?: Profile;
  /** The text the analysis was made from: its evidence ranges stand in for a missing diagnostic. */
  text?: string;
  /** The language the text is rendered in: the profile's place names in that language. */
  lang?: string;
}

/** Advice for a reason, a bucket, a provider code or a client error: catalogue names only. */
export interface Advice {
  actor: Actor;
  steps: string[];
  donts: string[];
  /** Standard or provider pages the advice rests on. */
  references: string[];
}
