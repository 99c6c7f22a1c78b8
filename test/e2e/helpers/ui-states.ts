// The states a person sees, set up the same way for the e2e checks (note-looks, popup) and for
// `npm run screenshots`: a note on a light or dark webmail, in Roundcube's three panes at a
// narrow window, in German; the popup empty, with pasted text, with unknown text, with a check.
import type { Frame, Locator, Page } from 'playwright-core';
import type { LaunchedBrowser } from './browser.ts';
import { t } from './catalogue.ts';
import type { Route } from './static-server.ts';
import { webmailRoutes } from './webmail-pages.ts';

/** A dark webmail (the generic Horde page in a dark theme), at /dark/imp/dynamic.php?uid=N. */
export function darkRoute(messages: readonly string[]): Route {
  const pages = webmailRoutes(messages);
  return async (url, req) => {
    if (url.pathname !== '/dark/imp/dynamic.php') return null;
    const light = new URL(url);
    light.pathname = '/imp/dynamic.php';
    const reply = await pages(light, req);
    const dark = '<style>body{background:#1b1d21;color:#d8dadf} #horde-sidebar{background:#25282d}</style></head>';
    return reply && { ...reply, body: String(reply.body).replace('</head>', dark) };
  };
}

export const darkPath = (uid: number) => `/dark/imp/dynamic.php?page=message&uid=${uid}`;

export interface NoteOnPage {
  page: Page;
  frame: Page | Frame;
  host: Locator;
}

/** Opens a page at a window size and waits for its note (in the Roundcube preview frame when there is one). */
export async function openNote(browser: Pick<LaunchedBrowser, 'context'>, url: string, size = { width: 1100, height: 760 }): Promise<NoteOnPage> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto(url);
  const iframe = await page.$('#messagecontframe');
  const frame = (iframe ? await iframe.contentFrame() : null) ?? page;
  const host = frame.locator('bounce-lens-note').first();
  await host.waitFor({ state: 'attached', timeout: 10_000 });
  return { page, frame, host };
}

export async function expandNote(host: Locator): Promise<void> {
  const head = host.locator('button.head');
  if ((await head.getAttribute('aria-expanded')) !== 'true') await head.click();
}

/**
 * Stores a language choice as the options page saves it (settings.language in storage.local),
 * written from one of the extension's own pages. The options page itself reloads on a change,
 * which made driving it here flaky; the popup e2e test chooses the language through its select.
 */
export async function chooseLanguage(browser: Pick<LaunchedBrowser, 'context' | 'extensionUrl'>, language: 'auto' | 'en' | 'de'): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto(browser.extensionUrl('src/extension/help/index.html'));
    await page.evaluate(async (lang) => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: {
        get(k: string): Promise<{ settings?: Record<string, unknown> }>;
        set(v: Record<string, unknown>): Promise<void>;
      } } } };
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, language: lang } });
    }, language);
  } finally {
    await page.close();
  }
}

export interface Box { x: number; y: number; width: number; height: number }
export interface NoteGeometry {
  note: Box;
  brand: Box;
  chevron: Box;
  line: Box;
  /** How far the note's content runs past its own box (0 when nothing is clipped). */
  overflowX: number;
  /** Width of the viewport the note is in. */
  viewport: number;
}

/** The boxes of the note's header parts, read inside its shadow root. */
export async function noteGeometry(host: Locator): Promise<NoteGeometry> {
  return host.evaluate((el) => {
    const root = el.shadowRoot;
    const box = (selector: string) => {
      const r = root?.querySelector(selector)?.getBoundingClientRect();
      return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : { x: 0, y: 0, width: 0, height: 0 };
    };
    const note = root?.querySelector('.note') as HTMLElement | null;
    const overflow = note ? Math.max(0, ...[...note.querySelectorAll<HTMLElement>('*')].map((n) => n.scrollWidth - n.clientWidth).filter((d) => Number.isFinite(d))) : 0;
    return { note: box('.note'), brand: box('.brand'), chevron: box('.chev'), line: box('.line'), overflowX: overflow, viewport: document.documentElement.clientWidth };
  });
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) => inner.x >= outer.x - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5;

/** What is wrong with a note's layout, in words; [] when nothing overlaps and nothing is cut off. */
export function layoutProblems(g: NoteGeometry): string[] {
  const problems: string[] = [];
  if (overlaps(g.brand, g.line)) problems.push('the brand overlaps the line');
  if (overlaps(g.chevron, g.line)) problems.push('the chevron overlaps the line');
  for (const [name, b] of [['brand', g.brand], ['chevron', g.chevron], ['line', g.line]] as const) {
    if (!inside(b, g.note)) problems.push(`the ${name} sticks out of the note`);
  }
  if (g.note.x + g.note.width > g.viewport + 0.5) problems.push('the note runs past the pane');
  if (g.overflowX > 1) problems.push(`content clipped by ${g.overflowX}px`);
  return problems;
}

export { t };
