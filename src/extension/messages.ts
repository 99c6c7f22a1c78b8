// The one typed protocol between content script (cs), background (bg) and popup/options (ui).
// Names say the direction. Every handler checks the sender before acting.
import type { Analysis, Bucket, Finding, Reason } from '../core/types.ts';
import type { ExplainResult } from '../core/knowledge/types.ts';
import type { ProbeStageEvent, ProbeVerdict } from '../shared/probe-wire.ts';
import type { NoteModel } from './content/annotation/note-model.ts';

export type { ProbeStageEvent, ProbeVerdict };

/** A bounce the content script found on the page. */
export interface PageBounce {
  /** Stable id within the page (for scrolling to it, expanding it). */
  id: string;
  /** Which adapter found it: roundcube, gmail, outlook, yahoo, generic. */
  adapter: string;
  /** Whether the raw message source was analysed (true) or the rendered text (false). */
  fromRawSource: boolean;
  analysis: Analysis;
  /** Hosts/domains the probe may be asked about (never message content). */
  probeTargets: ProbeTarget[];
  /** Date and Message-IDs read from the bounce, for "Copy for support". */
  meta?: BounceMeta;
}

/** What a support report names besides the findings (read from the bounce's own headers and text). */
export interface BounceMeta {
  date: string | null;
  messageIds: string[];
}

export interface ProbeTarget {
  host: string;
  port?: number;
  security?: 'ssl' | 'starttls' | 'none' | 'auto';
  domain?: string;
}

/** Requests, keyed by type, with their response types. */
export interface Protocol {
  /** ui→cs: what did you find on this page? */
  'cs:get-bounces': { req: Record<string, never>; res: { bounces: PageBounce[] } };
  /** ui→cs / bg→cs: scan the page again now. */
  'cs:rescan': { req: Record<string, never>; res: { bounces: PageBounce[] } };
  /**
   * cs→bg: analyse and explain one bounce body in one round trip. The engine and the knowledge
   * base run in the service worker, not in every page: the content script only renders the answer.
   */
  'bg:annotate': { req: AnnotateRequest; res: Annotation | AnnotateRefusal };
  /** ui→bg: run a registered command by id. */
  /** tabId: the tab the command is about (the popup knows it; a detached popup window is not that tab). */
  'bg:run-command': { req: { id: string; arg?: string; tabId?: number }; res: { ok: boolean; error?: string } };
  /** cs→bg / ui→bg: open the bundled help page at a topic (a cause's bucket). */
  'bg:open-help': { req: { topic: string }; res: void };
  /** cs→bg: the catalogue of the language chosen in the options (browser.i18n cannot switch), or null for the browser's. */
  'bg:catalogue': { req: { language: string }; res: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> | null };
  /** cs→bg: the bounces on this tab changed (badge count). */
  'bg:bounces-changed': { req: { count: number; worst: { reason: Reason; bucket: Bucket } | null }; res: void };
}

/**
 * The largest inputs the service worker reads (UTF-16 code units). The content script cuts the
 * rendered text to `text` (a bounce's report is at its top) and sends no raw source over `raw`;
 * the worker refuses anything larger, since another site's compromised content script may ask.
 */
export const ANNOTATE_LIMITS = { text: 1_000_000, raw: 4_000_000 } as const;

/** The languages a note can be asked in: the options' choice ("auto": the browser's). */
export const NOTE_LANGUAGES = ['auto', 'en', 'de'] as const;

export interface AnnotateRequest {
  /** The body's text as the page renders it (data only: never a URL, host or markup to act on). */
  text: string;
  /** The raw message, when the webmail gives it (Roundcube's source, Gmail's original). */
  raw?: string;
  /** The options' language: the headline is rendered in it, like the rest of the note. */
  language: (typeof NOTE_LANGUAGES)[number];
}

/** The explanation without its analysis (sent once, beside it): catalogue keys and substitutions only. */
export type ExplanationData = Omit<ExplainResult, 'analysis'>;

/** One body's answer: plain data, rendered in the page with createElement/textContent only. */
export interface Annotation {
  analysis: Analysis;
  /** The raw source was analysed (true) or the rendered text (false). */
  fromRawSource: boolean;
  explained: ExplanationData;
  /** What the note says (its headline already rendered as text); null when there is nothing to say. */
  note: NoteModel | null;
}

/** The refusal a tab gets when it asked for more than its share of the worker; it may ask again later. */
export const ANNOTATE_BUSY = 'busy';

/** A request the worker would not read (malformed, over ANNOTATE_LIMITS, or ANNOTATE_BUSY). */
export interface AnnotateRefusal {
  refused: string;
}

export type MessageType = keyof Protocol;
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Protocol[T]['req'];
}

export type ProbePortMessage =
  | { kind: 'stage'; event: ProbeStageEvent }
  | { kind: 'verdict'; verdict: ProbeVerdict }
  /** error: a catalogue key (ui_errProbe…); detail: what the server or network said, if anything. */
  | { kind: 'error'; error: string; detail?: string };

/** What the popup sends first on the "probe" port: only host, port and domain are used. */
export interface ProbePortRequest {
  target: ProbeTarget;
}

export type { Finding };
