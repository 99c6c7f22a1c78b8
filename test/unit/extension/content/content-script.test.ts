// @vitest-environment happy-dom
// The whole content script in happy-dom with @webext-core/fake-browser as browser.runtime.
// The engine is the stand-in from support.ts (the real one is a placeholder): see there why.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { startContentScript, type ContentScript, type RuntimeLike } from '../../../../src/extension/content/content-script.ts';
import type { Analysis } from '../../../../src/core/types.ts';
import type { PageBounce } from '../../../../src/extension/messages.ts';
import type { ScannerDeps } from '../../../../src/extension/content/scanner.ts';
import { BOUNCE_HTML, standInAnalyzeText, standInAnnotate, t } from './support.ts';

const ROUNDCUBE = new URL('https://webmail.example.com/?_task=mail&_uid=7&_mbox=INBOX&_action=show');
let script: ContentScript | undefined;
let runtime: RuntimeLike | undefined;
let sent: unknown[];

function start(options: { analyzeText?: (text: string) => Analysis; annotate?: ScannerDeps['annotate']; location?: URL; isTopFrame?: boolean } = {}) {
  const analyzeText = vi.fn(options.analyzeText ?? standInAnalyzeText);
  script = startContentScript({
    doc: document,
    location: options.location ?? new URL('https://webmail.example.org/mail'),
    isTopFrame: options.isTopFrame ?? true,
    runtime: () => runtime,
    annotate: options.annotate ?? standInAnnotate(analyzeText),
    t,
  });
  return analyzeText;
}

async function ask(type: 'cs:get-bounces' | 'cs:rescan', sender: { id?: string } = { id: fakeBrowser.runtime.id }) {
  const answers = await fakeBrowser.runtime.onMessage.trigger({ type, payload: {} }, sender, () => undefined);
  return answers.find((a: unknown) => a !== undefined) as { bounces: PageBounce[] } | undefined;
}

const notes = () => Array.from(document.querySelectorAll('bounce-lens-note'));
const settle = () => new Promise((r) => setTimeout(r, 120));

beforeEach(() => {
  fakeBrowser.reset();
  runtime = fakeBrowser.runtime as unknown as RuntimeLike;
  sent = [];
  fakeBrowser.runtime.sendMessage = (async (m: unknown) => void sent.push(m)) as typeof fakeBrowser.runtime.sendMessage;
  document.body.replaceChildren();
});
afterEach(() => script?.stop());

describe('content script', () => {
  it('annotates a bounce found at start, with the data attributes and the cause in one line', async () => {
    document.body.innerHTML = `<main><div id="msg">${BOUNCE_HTML}</div></main>`;
    start();
    await script?.ready;
    expect(notes()).toHaveLength(1);
    const host = notes()[0] as HTMLElement;
    expect(host.getAttribute('data-bounce-lens-reason')).toBe('userunknown');
    expect(host.getAttribute('data-bounce-lens-bucket')).toBe('recipient');
    const head = host.shadowRoot?.querySelector('button.head');
    expect(head?.textContent).toContain(t('k_actor_recipient'));
    expect(head?.textContent).toContain('userunknown@example.jp');
    expect(host.shadowRoot?.querySelector('style')?.textContent).toContain(':host{all:initial');
    expect(sent).toEqual([{ type: 'bg:bounces-changed', payload: { count: 1, worst: { reason: 'userunknown', bucket: 'recipient' } } }]);
  });

  it('expands to the steps from the keyboard-reachable header button', async () => {
    document.body.innerHTML = `<div>${BOUNCE_HTML}</div>`;
    start();
    await script?.ready;
    const shadow = (notes()[0] as HTMLElement).shadowRoot as ShadowRoot;
    const head = shadow.querySelector('button.head') as HTMLButtonElement;
    const details = shadow.getElementById(head.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(head.getAttribute('aria-expanded')).toBe('false');
    expect(details.hidden).toBe(true);
    head.click();
    expect(head.getAttribute('aria-expanded')).toBe('true');
    expect(details.hidden).toBe(false);
    expect(details.querySelectorAll('ol li')).toHaveLength(2);
    expect(Array.from(details.querySelectorAll('.ev mark'), (m) => m.textContent)).toEqual(['550', '5.1.1']);
  });

  it('never parses page text as HTML', async () => {
    const hostile = '550 5.1.1 <u@example.jp>... <img src=x onerror="window.__pwned=1"> User Unknown';
    const div = document.createElement('div');
    div.append('Delivery to the following recipient failed permanently. The other server said: ', hostile, ' '.repeat(120));
    document.body.append(div);
    start();
    await script?.ready;
    const ev = (notes()[0] as HTMLElement).shadowRoot?.querySelector('.ev');
    expect(ev?.querySelector('img')).toBeNull();
    expect(ev?.textContent).toContain('<img src=x');
  });

  it('does not parse bodies that fail the prefilter', async () => {
    document.body.innerHTML = `<div id="messagebody"><p>${'Lunch on Friday? Bring the slides. '.repeat(20)}</p></div>`;
    const analyzeText = start({ location: ROUNDCUBE });
    await script?.ready;
    expect(analyzeText).not.toHaveBeenCalled();
    expect(notes()).toHaveLength(0);
  });

  it('annotates a body added later, once, after one debounced batch', async () => {
    const analyzeText = start({ location: ROUNDCUBE });
    await script?.ready;
    const body = document.createElement('div');
    body.id = 'messagebody';
    body.innerHTML = BOUNCE_HTML;
    document.body.append(body);
    // More nodes inside the same body in the same batch: still one analysis.
    body.append(document.createElement('br'), document.createElement('span'));
    await settle();
    expect(notes()).toHaveLength(1);
    expect(analyzeText).toHaveBeenCalledTimes(1);
    document.body.append(document.createElement('footer'));
    await settle();
    expect(analyzeText).toHaveBeenCalledTimes(1);
  });

  it('answers get-bounces and rescan with host-only probe targets, and only to its own extension', async () => {
    document.body.innerHTML = `<div>${BOUNCE_HTML}</div>`;
    start();
    await script?.ready;
    const answer = await ask('cs:get-bounces');
    expect(answer?.bounces).toHaveLength(1);
    expect(answer?.bounces[0]).toMatchObject({ adapter: 'generic', fromRawSource: false, probeTargets: [{ host: 'mx.example.jp', domain: 'example.jp' }] });
    expect(await ask('cs:get-bounces', { id: 'another-extension' })).toBeUndefined();
    const more = document.createElement('section');
    more.innerHTML = BOUNCE_HTML.replaceAll('userunknown@example.jp', 'second@example.jp');
    document.body.append(more);
    expect((await ask('cs:rescan'))?.bounces).toHaveLength(2);
  });

  it('puts a note back when the webmail re-renders it away, and drops it with its body', async () => {
    document.body.innerHTML = `<main><div id="messagebody">${BOUNCE_HTML}</div></main>`;
    start({ location: ROUNDCUBE });
    await script?.ready;
    (notes()[0] as Element).remove();
    document.body.append(document.createElement('aside')); // the re-render adds nodes
    await settle();
    expect(notes()).toHaveLength(1);
    document.getElementById('messagebody')?.remove();
    document.body.append(document.createElement('aside'));
    await settle();
    expect((await ask('cs:get-bounces'))?.bounces).toEqual([]);
  });

  it('stays silent in an empty subframe so the frame with the bounce answers', async () => {
    start({ isTopFrame: false });
    await script?.ready;
    expect(await ask('cs:get-bounces')).toBeUndefined();
  });

  it('survives an engine that throws, and leaves the page alone', async () => {
    document.body.innerHTML = `<div>${BOUNCE_HTML}</div>`;
    const before = document.body.innerHTML;
    start({ analyzeText: () => { throw new Error('engine bug'); } });
    await expect(script?.ready).resolves.toBeUndefined();
    expect(notes()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('goes quiet when the extension is gone: notes removed, nothing more observed or answered', async () => {
    document.body.innerHTML = `<div>${BOUNCE_HTML}</div>`;
    const analyzeText = start();
    await script?.ready;
    expect(notes()).toHaveLength(1);
    const listeners = fakeBrowser.runtime.onMessage;
    runtime = { ...fakeBrowser.runtime, id: undefined } as unknown as RuntimeLike;
    const more = document.createElement('section');
    more.innerHTML = BOUNCE_HTML;
    document.body.append(more);
    await settle();
    expect(notes()).toHaveLength(0);
    expect(listeners.hasListeners()).toBe(false);
    document.body.append(more.cloneNode(true));
    await settle();
    expect(analyzeText).toHaveBeenCalledTimes(1);
  });

  it('says briefly that it could not read a bounce while the service worker is away, then annotates it once it answers', async () => {
    document.body.innerHTML = `<main><div id="msg">${BOUNCE_HTML}</div></main>`;
    let away = true;
    const working = standInAnnotate();
    start({ annotate: (text, raw) => (away ? Promise.resolve('unavailable' as const) : working(text, raw)) });
    await script?.ready;
    expect(notes()).toHaveLength(1);
    const note = notes()[0] as HTMLElement;
    expect(note.hasAttribute('data-bounce-lens-unavailable')).toBe(true);
    expect(note.shadowRoot?.querySelector('button.head')?.textContent).toContain(t('cs_unavailable_line'));
    expect((await ask('cs:get-bounces'))?.bounces).toEqual([]);
    expect(sent).toEqual([]);
    away = false;
    expect((await ask('cs:rescan'))?.bounces).toHaveLength(1);
    expect(notes()).toHaveLength(1);
    expect((notes()[0] as HTMLElement).hasAttribute('data-bounce-lens-unavailable')).toBe(false);
  });
});
