// Finds bounce bodies under given roots, has each annotated once (by the service worker), and
// keeps one note per body. Everything the scanner needs from outside (the worker, the catalogue)
// comes in as dependencies, so it runs the same in the page and in tests.
import type { ExplainResult, Translate } from '../../core/knowledge/types.ts';
import type { Annotation, PageBounce } from '../messages.ts';
import type { WebmailAdapter } from './adapters/types.ts';
import { mayBeBounce } from './prefilter.ts';
import { readBodyText, rangeFor } from './body-text.ts';
import { evidenceSpans } from './evidence-spans.ts';
import { probeTargetsOf } from './probe-targets.ts';
import { createNoteHost, createUnavailableHost, NOTE_TAG, type NoteActions } from './annotation/note-view.ts';
import { alignWithText, isDarkBehind, placementFor } from './annotation/placement.ts';
import { bounceMeta } from '../shared/support-report.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { clearHighlights, highlightRanges } from './annotation/highlight.ts';

export interface ScannerDeps {
  adapters: readonly WebmailAdapter[];
  /**
   * A body's analysis, explanation and note (the service worker's bg:annotate in the extension;
   * tests pass the engine directly). The raw message, when the webmail gives it, is read first.
   * 'refused': this body gets no note; 'unavailable': the worker could not be reached (after a
   * retry), so the body gets a short note saying so and is tried again on the next scan.
   */
  annotate(text: string, raw: string | null): Promise<AnnotateAnswer>;
  t: Translate;
  /** The language tag the notes declare (the one chosen in the options, or the browser's). */
  lang?: string;
  /** The provider profile the advice names (the default when absent). */
  profile?: () => Profile | undefined;
  /** The note's ways to a human (copy for support, help); none in tests that do not need them. */
  actions?: (bounce: PageBounce, explained: ExplainResult, headline: string) => NoteActions;
  /** Told after every scan that changed the set of bounces. */
  onChange(bounces: PageBounce[]): void;
}

export type AnnotateAnswer = Annotation | 'refused' | 'unavailable';

interface Note {
  body: Element;
  host: HTMLElement;
  ranges: Range[];
  bounce: PageBounce;
  reinserted: number;
}

const MAX_REINSERTS = 3;

export interface Scanner {
  /** Looks for bodies in, around and under these roots (already deduplicated by the caller). */
  scan(roots: readonly Element[]): Promise<void>;
  bounces(): PageBounce[];
  /** Removes every note and highlight (the content script goes quiet). */
  clear(): void;
  /** Sets each note's theme again from the page behind it (the webmail switched light/dark). */
  refreshThemes(): void;
}

/** Whether an element is (inside) one of our notes: never scanned, never counted as page text. */
export function isOwnNode(el: Element): boolean {
  return el.tagName.toLowerCase() === NOTE_TAG || el.closest(NOTE_TAG) !== null;
}

/** Cheap identity of a body's content: a body refilled with another message gets looked at again. */
function signatureOf(text: string): string {
  return `${text.length}:${text.slice(0, 120)}:${text.slice(-120)}`;
}

export function createScanner(doc: Document, deps: ScannerDeps): Scanner {
  const frameToken = Math.random().toString(36).slice(2, 8);
  let counter = 0;
  const notes = new Map<Element, Note>();
  const seen = new WeakMap<Element, string>();
  const inFlight = new WeakSet<Element>();

  const removeNote = (body: Element) => {
    const note = notes.get(body);
    if (!note) return false;
    clearHighlights(doc, note.ranges);
    note.host.remove();
    notes.delete(body);
    return true;
  };

  /** The short note shown while the service worker cannot be reached (never counted as a bounce). */
  const unavailable = new Map<Element, HTMLElement>();
  const clearUnavailable = (body: Element) => {
    unavailable.get(body)?.remove();
    unavailable.delete(body);
  };
  const showUnavailable = (body: Element) => {
    clearUnavailable(body);
    const host = createUnavailableHost(doc, deps.t, `bl-${frameToken}-${++counter}`, deps.lang ? placementFor(body, deps.lang) : undefined);
    body.before(host);
    unavailable.set(body, host);
    seen.delete(body); // asked again on the next scan of this body
  };

  const analyseBody = async (adapter: WebmailAdapter, body: Element, text: string) => {
    const rendered = readBodyText(body, isOwnNode);
    const raw = adapter.rawSource ? await adapter.rawSource(body) : null;
    const answer = await deps.annotate(rendered.text, raw);
    if (answer === 'refused') return false;
    // The body may have changed while the raw source was fetched or the worker answered.
    if (!body.isConnected || signatureOf(body.textContent ?? '') !== signatureOf(text)) return false;
    if (answer === 'unavailable') {
      showUnavailable(body);
      return removeNote(body);
    }
    clearUnavailable(body);
    const changed = removeNote(body);
    const { analysis, note: model, fromRawSource: useRaw } = answer;
    if (!model) return changed;
    const explained: ExplainResult = { analysis, ...answer.explained };
    const id = `bl-${frameToken}-${++counter}`;
    const bounce: PageBounce = {
      id, adapter: adapter.id, fromRawSource: useRaw, analysis, probeTargets: probeTargetsOf(analysis),
      meta: bounceMeta(useRaw && raw !== null ? raw : rendered.text),
    };
    const placement = deps.lang ? placementFor(body, deps.lang) : undefined;
    const host = createNoteHost(doc, model, deps.t, id, deps.actions?.(bounce, explained, model.headline), placement);
    body.before(host);
    if (placement) alignWithText(host, body);
    const spans = evidenceSpans(analysis, useRaw && raw !== null ? raw : rendered.text, rendered.text);
    const ranges = spans.map(([s, e]) => rangeFor(rendered, s, e)).filter((r): r is Range => r !== null);
    highlightRanges(doc, ranges);
    notes.set(body, {
      body,
      host,
      ranges,
      bounce,
      reinserted: 0,
    });
    return true;
  };

  const visitBody = async (adapter: WebmailAdapter, body: Element): Promise<boolean> => {
    if (inFlight.has(body) || isOwnNode(body)) return false;
    const text = body.textContent ?? '';
    const signature = signatureOf(text);
    if (seen.get(body) === signature) return false;
    seen.set(body, signature);
    if (!mayBeBounce(text)) return removeNote(body);
    inFlight.add(body);
    try {
      return await analyseBody(adapter, body, text);
    } finally {
      inFlight.delete(body);
    }
  };

  /** Drops notes of bodies that left the page; puts back a note the webmail's re-render removed (a few times only: never a tug of war). */
  const pruneDetached = () => {
    let changed = false;
    for (const body of [...unavailable.keys()]) if (!body.isConnected) clearUnavailable(body);
    for (const [body, note] of [...notes]) {
      if (!body.isConnected) changed = removeNote(body) || changed;
      else if (!note.host.isConnected && note.reinserted < MAX_REINSERTS) {
        note.reinserted++;
        body.before(note.host);
      }
    }
    return changed;
  };

  return {
    async scan(roots) {
      let changed = pruneDetached();
      const work: Promise<boolean>[] = [];
      for (const root of roots) {
        if (!root.isConnected || isOwnNode(root)) continue;
        for (const adapter of deps.adapters) {
          for (const body of adapter.findBodies(root)) work.push(visitBody(adapter, body).catch(() => false));
        }
      }
      for (const result of await Promise.all(work)) changed = result || changed;
      if (changed) deps.onChange(this.bounces());
    },
    bounces: () => [...notes.values()].map((n) => n.bounce),
    clear() {
      for (const body of [...notes.keys()]) removeNote(body);
      for (const body of [...unavailable.keys()]) clearUnavailable(body);
    },
    refreshThemes() {
      if (!deps.lang) return;
      for (const { body, host } of notes.values()) host.setAttribute('data-bounce-lens-theme', isDarkBehind(body) ? 'dark' : 'light');
    },
  };
}
