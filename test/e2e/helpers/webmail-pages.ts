// Serves loopback pages that reproduce each webmail's DOM (test/e2e/pages) around real corpus
// messages. Message N is messages[N-1]; each webmail has its own URL shape, as in real life.
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { ROOT } from './paths.ts';
import { escapeHtml, renderCorpusMessage } from './render-message.ts';
import type { Reply, Route } from './static-server.ts';

const PAGES = join(ROOT, 'test/e2e/pages');
const HTML = 'text/html; charset=utf-8';

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

function page(name: string, values: Record<string, string>, headers?: Record<string, string>): Reply {
  return { type: HTML, body: fill(readFileSync(join(PAGES, name), 'utf8'), values), headers };
}

/** URL paths (with query) of message `uid` in each reproduced webmail. */
export const webmailPath = {
  roundcubeMailbox: (uid: number) => `/roundcube/?_task=mail&_mbox=INBOX&_uid=${uid}`,
  roundcubePreview: (uid: number) => `/roundcube/?_task=mail&_uid=${uid}&_mbox=INBOX&_framed=1&_action=preview`,
  roundcubeShow: (uid: number) => `/roundcube/?_task=mail&_uid=${uid}&_mbox=INBOX&_action=show`,
  gmail: (uid: number) => `/mail/u/0/?msg=${uid}`,
  outlook: (uid: number) => `/mail/inbox/id/${uid}`,
  yahoo: (uid: number) => `/d/folders/1/messages/${uid}`,
  generic: (uid: number) => `/imp/dynamic.php?page=message&uid=${uid}`,
};

// Gmail (reconstructed; no real Gmail here): the conversation page sets a session cookie and carries
// the ik token in its GLOBALS script and the message ids on its container; "Show original"
// (?view=om) answers only with that cookie and token, like Gmail's session-bound page.
export const GMAIL_IK = '5e1a9c03f7';
const GMAIL_SESSION = 'SID=bounce-lens-e2e';
const GMAIL_ID_BASE = 1700000000000000000n;
const GMAIL_HEADERS = { 'content-security-policy': "require-trusted-types-for 'script'" };

/** Gmail's msg-f id (decimal) of message `uid`. */
export const gmailMessageId = (uid: number) => (GMAIL_ID_BASE + BigInt(uid)).toString();

/** The message uid a "Show original" request names, or null for another request. */
export function gmailOriginalUid(url: URL): string | null {
  const id = url.searchParams.get('view') === 'om' ? /^msg-f:(\d+)$/.exec(url.searchParams.get('permmsgid') ?? '')?.[1] : undefined;
  return id ? (BigInt(id) - GMAIL_ID_BASE).toString() : null;
}

function gmailPage(url: URL, req: IncomingMessage, uid: number, raw: Buffer, values: Record<string, string>): Reply {
  const id = gmailMessageId(uid);
  const ids = { MESSAGE_ID: id, LEGACY_MESSAGE_ID: BigInt(id).toString(16) };
  if (url.searchParams.get('view') !== 'om') {
    return page('gmail.html', { ...values, ...ids, IK: GMAIL_IK }, { ...GMAIL_HEADERS, 'set-cookie': `${GMAIL_SESSION}; Secure; Path=/` });
  }
  if (url.searchParams.get('ik') !== GMAIL_IK || !(req.headers.cookie ?? '').split('; ').includes(GMAIL_SESSION)) {
    return { status: 401, type: HTML, body: '<h1>Sign in</h1>' };
  }
  return page('gmail-original.html', { ...values, ...ids, RAW: escapeHtml(raw.toString('utf8')) }, GMAIL_HEADERS);
}

export function webmailRoutes(messages: readonly string[]): Route {
  return async (url, req) => {
    const uidText = gmailOriginalUid(url) ?? url.searchParams.get('_uid') ?? url.searchParams.get('msg') ?? url.searchParams.get('uid') ?? url.pathname.split('/').pop() ?? '';
    const file = messages[Number(uidText) - 1];
    if (!file) return null;
    const message = await renderCorpusMessage(file);
    const values = {
      SUBJECT: escapeHtml(message.subject),
      FROM: escapeHtml(message.from),
      PARTS: message.parts.map((p, i) => `<div id="message-part${i + 1}" class="message-part"><div class="pre">${p}</div></div>`).join('\n'),
    };
    const path = url.pathname;
    if (path === '/roundcube/') {
      const action = url.searchParams.get('_action');
      if (action === 'viewsource') return { type: 'text/plain; charset=utf-8', body: message.raw };
      if (action === 'preview') return page('roundcube-message.html', { ...values, HTML_CLASS: 'iframe', ACTION: 'preview' });
      if (action === 'show') return page('roundcube-message.html', { ...values, HTML_CLASS: '', ACTION: 'show' });
      return page('roundcube-mail.html', { ...values, PREVIEW_URL: escapeHtml(webmailPath.roundcubePreview(Number(uidText))) });
    }
    if (path === '/mail/u/0/') return gmailPage(url, req, Number(uidText), message.raw, values);
    if (path.startsWith('/mail/inbox/id/')) return page('outlook.html', values);
    if (path.startsWith('/d/folders/1/messages/')) return page('yahoo.html', values);
    if (path === '/imp/dynamic.php') return page('generic.html', values);
    return null;
  };
}
