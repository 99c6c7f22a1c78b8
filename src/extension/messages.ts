// The one typed protocol between content script (cs), background (bg) and popup/options (ui).
// Names say the direction. Every handler checks the sender before acting.
import type { Analysis, Bucket, Finding, Reason } from '../core/types.ts';
import type { ProbeStageEvent, ProbeVerdict } from '../shared/probe-wire.ts';

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
  /** cs→bg: analyse a raw message (the MIME parser lives here, not in every page). */
  'bg:analyze': { req: { text: string }; res: Analysis };
  /**
   * cs→bg: analyse a bounce's text as the page renders it. The engine runs in the service worker,
   * not in every page: the content script stays small, and pages get the full text reader.
   */
  'bg:analyze-text': { req: { text: string }; res: Analysis };
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
