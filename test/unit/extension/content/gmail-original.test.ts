// @vitest-environment happy-dom
// Gmail's "Show original" from the content script: the pieces that build its URL (message id,
// account, ik token) and the cutting of the raw message out of the answer. The pages here are
// reconstructions (no real Gmail is reachable): GLOBALS as Gmail's inline script carries it, and
// the view=om page with the message HTML-escaped in <pre id="raw_message_text">.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { accountIndex, ikToken, originalUrl, permMessageId, rawFromOriginalPage } from '../../../../src/extension/content/adapters/gmail-original.ts';
import { gmail } from '../../../../src/extension/content/adapters/gmail.ts';

const CORPUS_BOUNCE = readFileSync(join(__dirname, '../../../fixtures/sisimai/eml/lhost-gmail-01.eml'), 'utf8');
const IK = '3f9c0a1b2d';

function setUrl(href: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(href);
}

function script(text: string, src?: string): HTMLScriptElement {
  // type=text/plain: happy-dom would otherwise run it; Gmail's page runs it, we only read its text.
  const el = document.createElement('script');
  el.type = 'text/plain';
  if (src) el.setAttribute('src', src);
  el.textContent = text;
  return el;
}

/** A Gmail-like GLOBALS array: nested arrays, strings holding commas, brackets and quotes before the token. */
const globals = (ik: string) =>
  `var GLOBALS=[null,null,1234,"someone@gmail.com","a, \\"quoted\\" [b]",[1,[2,3],{"k":"v,]"}],'x',"",0,"${ik}","after"];var other=1;`;

function message(attrs: Record<string, string>): HTMLElement {
  const container = document.createElement('div');
  container.className = 'adn ads';
  for (const [k, v] of Object.entries(attrs)) container.setAttribute(k, v);
  container.innerHTML = '<div class="gs"><div class="ii gt"><div class="a3s aiL">Delivery Status Notification (Failure)</div></div></div>';
  document.body.append(container);
  return container.querySelector('.a3s') as HTMLElement;
}

const containerOf = (attrs: Record<string, string>) => message(attrs).closest('.adn') as Element;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#x27;');
const originalPage = (pre: string) =>
  `<!DOCTYPE html><html><head><title>Original Message</title></head><body><div class="message_header">Message ID</div>` +
  `<pre class="raw_message_text" id="raw_message_text">${pre}</pre><div>Download Original</div></body></html>`;

beforeEach(() => {
  setUrl('https://mail.google.com/mail/u/1/#inbox/FMfcgz');
  document.head.replaceChildren();
  document.body.replaceChildren();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the ik token', () => {
  it('is the 10th element of the inline GLOBALS array, read as text', () => {
    document.head.append(script('window.other = [1,2];'), script(globals(IK)));
    expect(ikToken(document)).toBe(IK);
  });
  it('ignores external scripts and takes no token that is not a plain word', () => {
    document.head.append(script(globals(IK), 'https://mail.google.com/x.js'));
    expect(ikToken(document)).toBeNull();
    document.head.replaceChildren(script(globals('a" + alert(1) + "')));
    expect(ikToken(document)).toBeNull();
  });
  it('is null when GLOBALS is short, cut off or absent', () => {
    document.head.append(script('var GLOBALS=[null,1,"x"];'));
    expect(ikToken(document)).toBeNull();
    document.head.replaceChildren(script('var GLOBALS=[null,null,"unterminated'));
    expect(ikToken(document)).toBeNull();
    document.head.replaceChildren(script('var NOT_GLOBALS_HERE=1;'));
    expect(ikToken(document)).toBeNull();
  });
});

describe('the message id and account', () => {
  it('takes data-message-id, else the hex legacy id as a decimal msg-f id', () => {
    expect(permMessageId(containerOf({ 'data-message-id': '#msg-f:1700000000000000003' }))).toBe('msg-f:1700000000000000003');
    expect(permMessageId(containerOf({ 'data-message-id': '#msg-a:r-8113366771000000000' }))).toBe('msg-a:r-8113366771000000000');
    expect(permMessageId(containerOf({ 'data-legacy-message-id': '18c2f0a1b2c3d4e5' }))).toBe(`msg-f:${0x18c2f0a1b2c3d4e5n}`);
  });
  it('refuses ids of another shape', () => {
    expect(permMessageId(containerOf({ 'data-message-id': 'msg-f:12&view=x' }))).toBeNull();
    expect(permMessageId(containerOf({ 'data-legacy-message-id': 'zz12' }))).toBeNull();
    expect(permMessageId(containerOf({}))).toBeNull();
  });
  it('reads N from /mail/u/N/ only', () => {
    expect(accountIndex('/mail/u/0/')).toBe('0');
    expect(accountIndex('/mail/u/12/popout')).toBe('12');
    expect(accountIndex('/mail/')).toBeNull();
    expect(accountIndex('/mail/u/x/')).toBeNull();
  });
});

describe('the Show original URL', () => {
  it('is built on the page origin from the container, the account and ik', () => {
    document.head.append(script(globals(IK)));
    const body = message({ 'data-message-id': '#msg-f:1700000000000000003', 'data-legacy-message-id': '1797e4e8bb4a0003' });
    const url = new URL(originalUrl(body) ?? 'about:blank');
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/u/1/');
    expect(Object.fromEntries(url.searchParams)).toEqual({ ik: IK, view: 'om', permmsgid: 'msg-f:1700000000000000003' });
  });
  it('is null when the body is outside a message container, or ik or the account is missing', () => {
    document.head.append(script(globals(IK)));
    const loose = document.createElement('div');
    document.body.append(loose);
    expect(originalUrl(loose)).toBeNull();
    const body = message({ 'data-message-id': '#msg-f:1' });
    setUrl('https://mail.google.com/mail/#inbox');
    expect(originalUrl(body)).toBeNull();
    setUrl('https://mail.google.com/mail/u/0/#inbox');
    document.head.replaceChildren();
    expect(originalUrl(body)).toBeNull();
  });
});

describe('the raw message in the view=om page', () => {
  it('gives back a real corpus bounce exactly', () => {
    expect(rawFromOriginalPage(originalPage(escape(CORPUS_BOUNCE)))).toBe(CORPUS_BOUNCE);
  });
  it('decodes numeric and named entities and leaves unknown ones', () => {
    expect(rawFromOriginalPage(originalPage('a &lt;b&gt; &#233; &#x1F600; &quot;&apos; &bogus; &#0;'))).toBe('a <b> é 😀 "\' &bogus; &#0;');
  });
  it('is null for a page without the message, cut off, or with markup inside', () => {
    expect(rawFromOriginalPage('<html><body><h1>Sign in</h1></body></html>')).toBeNull();
    expect(rawFromOriginalPage(originalPage(escape(CORPUS_BOUNCE)).replace('</pre>', ''))).toBeNull();
    expect(rawFromOriginalPage(originalPage('From: a<script>x()</script>'))).toBeNull();
    expect(rawFromOriginalPage(originalPage('   \n'))).toBeNull();
  });
});

describe('gmail.rawSource', () => {
  // Fake fetch: happy-dom has no Gmail to talk to; the e2e test fetches a real server over HTTPS.
  const answer = (body: string, init: ResponseInit) => vi.stubGlobal('fetch', vi.fn(async () => new Response(body, init)));
  const bodyOnPage = () => {
    document.head.append(script(globals(IK)));
    return message({ 'data-message-id': '#msg-f:1700000000000000003' });
  };

  it('fetches the Show original page same-origin and returns the raw message', async () => {
    answer(originalPage(escape(CORPUS_BOUNCE)), { headers: { 'content-type': 'text/html; charset=utf-8' } });
    expect(await gmail.rawSource?.(bodyOnPage())).toBe(CORPUS_BOUNCE);
    const [url, init] = (fetch as unknown as { mock: { calls: [string, RequestInit][] } }).mock.calls[0] ?? [];
    expect(url).toContain(`/mail/u/1/?ik=${IK}&view=om&permmsgid=msg-f%3A1700000000000000003`);
    expect(init).toMatchObject({ credentials: 'same-origin', redirect: 'error' });
  });
  it('is null on an error status, another content type, a failed fetch or no URL, without fetching for the last', async () => {
    answer('nope', { status: 404, headers: { 'content-type': 'text/html' } });
    expect(await gmail.rawSource?.(bodyOnPage())).toBeNull();
    answer(escape(CORPUS_BOUNCE), { headers: { 'content-type': 'text/plain' } });
    expect(await gmail.rawSource?.(bodyOnPage())).toBeNull();
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('redirect'))));
    expect(await gmail.rawSource?.(bodyOnPage())).toBeNull();
    document.head.replaceChildren();
    document.body.replaceChildren();
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    expect(await gmail.rawSource?.(message({}))).toBeNull();
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
