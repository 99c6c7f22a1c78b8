// Builds the annotation in a shadow root with createElement/textContent only: page text (a
// diagnostic, an address) is never parsed as HTML, and Trusted Types pages (Gmail) are respected.
import type { Msg, Translate } from '../../../core/knowledge/types.ts';
import type { NoteModel } from './note-model.ts';
import { NOTE_CSS } from './styles.ts';

export const NOTE_TAG = 'bounce-lens-note';

type Children = (Node | string | null)[];

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

/** Fills a shadow root with the note; the header button toggles the details (Enter/Space work natively). */
export function renderNote(shadow: ShadowRoot, model: NoteModel, t: Translate, id: string): void {
  const doc = shadow.ownerDocument ?? document;
  const style = el(doc, 'style', {}, [NOTE_CSS]);
  const bodyId = `${id}-details`;
  const details = el(doc, 'div', { class: 'body', id: bodyId, role: 'region', 'aria-label': t('cs_details_label') });
  details.hidden = true;
  if (model.summary) details.append(el(doc, 'p', {}, [say(t, model.summary)]));
  if (model.unsure) details.append(el(doc, 'p', { class: 'unsure' }, [t('cs_unsure')]));
  if (model.steps.length > 0) details.append(el(doc, 'h3', {}, [t('cs_steps_heading')]), list(doc, 'ol', model.steps.map((s) => say(t, s))));
  if (model.donts.length > 0) details.append(el(doc, 'h3', {}, [t('cs_donts_heading')]), list(doc, 'ul', model.donts.map((s) => say(t, s))));
  const said = model.evidence.filter((e) => e.diagnostic || e.code);
  if (said.length > 0) {
    details.append(el(doc, 'h3', {}, [t('cs_evidence_heading')]));
    for (const e of said) {
      if (e.recipient && model.evidence.length > 1) details.append(el(doc, 'p', {}, [e.recipient]));
      details.append(evidenceLine(doc, e.code, e.diagnostic ?? e.code ?? ''));
    }
  }
  const chevron = el(doc, 'span', { class: 'chev', 'aria-hidden': 'true' }, ['▸']);
  const head = el(doc, 'button', { class: 'head', type: 'button', 'aria-expanded': 'false', 'aria-controls': bodyId }, [
    el(doc, 'span', { class: 'brand' }, [t('cs_brand')]),
    el(doc, 'span', { class: 'line' }, [say(t, model.line)]),
    model.tone === 'error' ? el(doc, 'span', { class: 'actor' }, [t(`cs_actor_${model.actor.replace(/-/g, '_')}`)]) : null,
    chevron,
  ]);
  head.addEventListener('click', () => {
    const open = details.hidden;
    details.hidden = !open;
    head.setAttribute('aria-expanded', String(open));
    chevron.textContent = open ? '▾' : '▸';
  });
  const note = el(doc, 'section', { class: `note ${model.tone}`, 'aria-label': t('cs_region_label') }, [head, details]);
  shadow.replaceChildren(style, note);
}

/** A host element for one note, carrying the stable data attributes. */
export function createNoteHost(doc: Document, model: NoteModel, t: Translate, id: string): HTMLElement {
  const host = doc.createElement(NOTE_TAG);
  host.setAttribute('data-bounce-lens-id', id);
  host.setAttribute('data-bounce-lens-reason', model.reason);
  host.setAttribute('data-bounce-lens-bucket', model.bucket);
  host.setAttribute('data-bounce-lens-tone', model.tone);
  renderNote(host.attachShadow({ mode: 'open' }), model, t, id);
  return host;
}
