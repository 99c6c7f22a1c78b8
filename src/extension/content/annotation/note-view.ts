// Builds the annotation in a shadow root with createElement/textContent only: page text (a
// diagnostic, an address) is never parsed as HTML, and Trusted Types pages (Gmail) are respected.
import type { Msg, Translate } from '../../../core/knowledge/types.ts';
import type { NoteModel } from './note-model.ts';
import { NOTE_CSS } from './styles.ts';

export const NOTE_TAG = 'bounce-lens-note';

type Children = (Node | string | null)[];

/** The ways to a human from a note: copy a report for support, the help topic, the provider's own pages. */
export interface NoteActions {
  /** Puts the support report on the clipboard; false when the browser refused. */
  copy(): Promise<boolean>;
  openHelp(): void;
  /** The provider's help and support pages (from the chosen profile, never from the page). */
  links: { label: string; href: string }[];
  /** A catalogue key: how a check of the user's own server could confirm this cause (only for such causes). */
  checkHint?: string;
}

/** How the note sits on its page: the language chosen in the options and the page's theme. */
export interface NotePlacement {
  lang: string;
  dark: boolean;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string>, children: Children = []): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

function say(t: Translate, msg: Msg): string {
  return t(msg.key, msg.subs) || msg.key;
}

/** Evidence text with the reply and status codes marked, as text nodes. */
function evidenceLine(doc: Document, code: string | null, diagnostic: string): HTMLElement {
  const line = el(doc, 'div', { class: 'ev' });
  let rest = diagnostic;
  for (const token of code?.split(' ') ?? []) {
    const at = rest.indexOf(token);
    if (at < 0) continue;
    line.append(rest.slice(0, at), el(doc, 'mark', {}, [token]));
    rest = rest.slice(at + token.length);
  }
  line.append(rest);
  return line;
}

function list(doc: Document, tag: 'ol' | 'ul', items: string[]): HTMLElement {
  return el(doc, tag, {}, items.map((text) => el(doc, 'li', {}, [text])));
}

function actionsRow(doc: Document, t: Translate, actions: NoteActions): HTMLElement {
  const status = el(doc, 'span', { class: 'copied', role: 'status' });
  const copy = el(doc, 'button', { type: 'button', class: 'act' }, [t('ext_copy_support')]);
  copy.addEventListener('click', () => {
    void actions.copy().then((done) => {
      status.textContent = t(done ? 'ext_copied' : 'ext_copy_failed');
    });
  });
  const help = el(doc, 'button', { type: 'button', class: 'act' }, [t('ext_help_topic')]);
  help.addEventListener('click', () => actions.openHelp());
  const links = actions.links.map(({ label, href }) => el(doc, 'a', { class: 'act', href, target: '_blank', rel: 'noopener noreferrer' }, [label]));
  return el(doc, 'div', { class: 'actions' }, [copy, help, ...links, status]);
}

/** Fills a shadow root with the note; the header button toggles the details (Enter/Space work natively). */
export function renderNote(shadow: ShadowRoot, model: NoteModel, t: Translate, id: string, actions?: NoteActions): void {
  const doc = shadow.ownerDocument ?? document;
  const style = el(doc, 'style', {}, [NOTE_CSS]);
  const bodyId = `${id}-details`;
  const details = el(doc, 'div', { class: 'body', id: bodyId, role: 'region', 'aria-label': t('cs_details_label') });
  details.hidden = true;
  if (model.lead) details.append(el(doc, 'p', {}, [say(t, model.lead)]));
  if (model.summary) details.append(el(doc, 'p', {}, [say(t, model.summary)]));
  if (model.unsure) details.append(el(doc, 'p', { class: 'unsure' }, [t('cs_unsure')]));
  if (model.steps.length > 0) details.append(el(doc, 'h3', {}, [t('cs_steps_heading')]), list(doc, 'ol', model.steps.map((s) => say(t, s))));
  if (model.donts.length > 0) details.append(el(doc, 'h3', {}, [t('cs_donts_heading')]), list(doc, 'ul', model.donts.map((s) => say(t, s))));
  const said = model.evidence.filter((e) => e.diagnostic || e.code);
  if (said.length > 0) {
    details.append(el(doc, 'h3', {}, [t('cs_evidence_heading')]));
    for (const e of said) {
      if (e.recipient && model.evidence.length > 1) details.append(el(doc, 'p', { class: 'rcpt' }, [e.recipient]));
      details.append(evidenceLine(doc, e.code, e.diagnostic ?? e.code ?? ''));
    }
  }
  if (actions?.checkHint) details.append(el(doc, 'p', { class: 'check' }, [t(actions.checkHint)]));
  if (actions) details.append(actionsRow(doc, t, actions));
  const chevron = el(doc, 'span', { class: 'chev', 'aria-hidden': 'true' }, ['▸']);
  const head = el(doc, 'button', { class: 'head', type: 'button', 'aria-expanded': 'false', 'aria-controls': bodyId }, [
    el(doc, 'span', { class: 'brand' }, [t('cs_brand')]),
    chevron,
    el(doc, 'span', { class: 'line' }, [model.headline]),
  ]);
  head.addEventListener('click', () => {
    const open = details.hidden;
    details.hidden = !open;
    head.setAttribute('aria-expanded', String(open));
    chevron.textContent = open ? '▾' : '▸';
  });
  // The note is named by its one-line answer, so a screen reader's landmark list says it all.
  const note = el(doc, 'section', { class: `note ${model.tone}`, 'aria-label': model.headline }, [head, details]);
  shadow.replaceChildren(style, note);
}

/** A host element for one note, carrying the stable data attributes. */
export function createNoteHost(doc: Document, model: NoteModel, t: Translate, id: string, actions?: NoteActions, placement?: NotePlacement): HTMLElement {
  const host = doc.createElement(NOTE_TAG);
  host.setAttribute('data-bounce-lens-id', id);
  host.setAttribute('data-bounce-lens-reason', model.reason);
  host.setAttribute('data-bounce-lens-bucket', model.bucket);
  host.setAttribute('data-bounce-lens-tone', model.tone);
  if (placement) {
    host.setAttribute('lang', placement.lang);
    host.setAttribute('data-bounce-lens-theme', placement.dark ? 'dark' : 'light');
  }
  renderNote(host.attachShadow({ mode: 'open' }), model, t, id, actions);
  return host;
}

/**
 * The short note for a body the service worker could not answer for (asleep and not waking,
 * restarted mid-request, or stuck), after one retry: says so plainly, counts as no bounce.
 */
export function createUnavailableHost(doc: Document, t: Translate, id: string, placement?: NotePlacement): HTMLElement {
  const model: NoteModel = {
    tone: 'info', reason: 'undefined', bucket: 'unknown', headline: t('cs_unavailable_line'),
    lead: null, summary: { key: 'cs_unavailable_more' }, steps: [], donts: [], evidence: [], unsure: false,
  };
  const host = createNoteHost(doc, model, t, id, undefined, placement);
  host.setAttribute('data-bounce-lens-unavailable', '');
  return host;
}
