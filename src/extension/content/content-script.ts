// The content script as one unit: scan the page once, watch for added nodes, answer the popup and
// background, and go quiet for good when the extension is updated or removed. Every entry point is
// guarded: an error here is logged and dropped, never thrown into the page.
import type { ExplainResult, Translate } from '../../core/knowledge/types.ts';
import type { Profile } from '../../core/profile/schema.ts';
import type { NoteActions } from './annotation/note-view.ts';
import type { Envelope, PageBounce, Protocol } from '../messages.ts';
import type { PageLocation } from './adapters/types.ts';
import { adaptersFor } from './adapters/index.ts';
import { createScanner, isOwnNode, type ScannerDeps } from './scanner.ts';
import { watchAddedNodes } from './added-nodes.ts';
import { leadingFinding } from './annotation/note-model.ts';
import { NOTE_TAG } from './annotation/note-view.ts';
import { removeHighlighting } from './annotation/highlight.ts';

type MessageListener = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;

/** The slice of browser.runtime the content script uses (webextension-polyfill or a fake). */
export interface RuntimeLike {
  readonly id?: string;
  onMessage: { addListener(fn: MessageListener): void; removeListener(fn: MessageListener): void };
  sendMessage(message: Envelope<'bg:bounces-changed'>): Promise<unknown>;
}

export interface ContentEnv {
  doc: Document;
  location: PageLocation;
  isTopFrame: boolean;
  /** A getter, not a value: reading it must see the runtime disappear. */
  runtime(): RuntimeLike | undefined;
  /** The engine and the knowledge base run in the service worker, not in every page (see ScannerDeps). */
  annotate: ScannerDeps['annotate'];
  t: Translate;
  /** The language tag the notes declare. */
  lang?: string;
  profile?: () => Profile | undefined;
  actions?: (bounce: PageBounce, explained: ExplainResult, headline: string) => NoteActions;
}

export interface ContentScript {
  /** Resolves after the first scan. */
  ready: Promise<void>;
  stop(): void;
}

const OBSERVER = { debounceMs: 30, maxWaitMs: 60, hugeBatch: 500 };
/** An empty frame answers late so a frame that found bounces (Roundcube's preview iframe) answers first. */
const EMPTY_ANSWER_DELAY_MS = { top: 100, sub: 300 };

function log(where: string, error: unknown): void {
  console.debug(`[Bounce Lens] ${where}:`, error);
}

function isRequest(message: unknown): message is Envelope<'cs:get-bounces' | 'cs:rescan'> {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'cs:get-bounces' || type === 'cs:rescan';
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Calls back when the page may have switched light/dark: its root's or body's class or style, or the OS scheme. */
function watchTheme(doc: Document, onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  for (const el of [doc.documentElement, doc.body]) if (el) observer.observe(el, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
  const scheme = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  scheme?.addEventListener?.('change', onChange);
  return () => {
    observer.disconnect();
    scheme?.removeEventListener?.('change', onChange);
  };
}

export function startContentScript(env: ContentEnv): ContentScript {
  const { doc } = env;
  let stopped = false;
  const alive = () => {
    try {
      return Boolean(env.runtime()?.id);
    } catch {
      return false;
    }
  };

  const notifyBackground = (bounces: PageBounce[]) => {
    const lead = leadingFinding(bounces.flatMap((b) => b.analysis.findings));
    const payload: Protocol['bg:bounces-changed']['req'] = {
      count: bounces.length,
      worst: lead ? { reason: lead.reason, bucket: lead.bucket } : null,
    };
    env.runtime()?.sendMessage({ type: 'bg:bounces-changed', payload }).catch((e: unknown) => log('notify', e));
  };

  const scanner = createScanner(doc, {
    adapters: adaptersFor(env.location),
    annotate: env.annotate,
    t: env.t,
    lang: env.lang,
    profile: env.profile,
    actions: env.actions,
    onChange: notifyBackground,
  });

  const scan = async (roots: Element[]) => {
    if (stopped) return;
    if (!alive()) return stop();
    try {
      await scanner.scan(roots);
    } catch (error) {
      log('scan', error);
    }
  };

  const answer = async (bounces: PageBounce[]): Promise<{ bounces: PageBounce[] }> => {
    if (bounces.length === 0) await delay(env.isTopFrame ? EMPTY_ANSWER_DELAY_MS.top : EMPTY_ANSWER_DELAY_MS.sub);
    return { bounces };
  };

  const onMessage: MessageListener = (message, sender) => {
    try {
      if (stopped || !isRequest(message)) return undefined;
      if (!alive()) return void stop();
      if (sender.id !== env.runtime()?.id) return undefined;
      if (message.type === 'cs:get-bounces') {
        const found = scanner.bounces();
        // An empty subframe stays silent so it cannot answer for the whole tab.
        return found.length > 0 || env.isTopFrame ? answer(found) : undefined;
      }
      return scan([doc.documentElement]).then(() => answer(scanner.bounces()));
    } catch (error) {
      log('message', error);
      return undefined;
    }
  };

  // An older copy of this script (before an update) may have left notes behind.
  for (const old of doc.querySelectorAll(NOTE_TAG)) old.remove();

  const unwatch = watchAddedNodes(doc, {
    ...OBSERVER,
    ignore: isOwnNode,
    onBatch: (roots) => void scan(roots),
  });
  env.runtime()?.onMessage.addListener(onMessage);
  const unwatchTheme = watchTheme(doc, () => scanner.refreshThemes());

  function stop(): void {
    if (stopped) return;
    stopped = true;
    unwatch();
    unwatchTheme();
    try {
      env.runtime()?.onMessage.removeListener(onMessage);
    } catch (error) {
      log('stop', error);
    }
    scanner.clear();
    removeHighlighting(doc);
  }

  return { ready: scan([doc.documentElement]), stop };
}
