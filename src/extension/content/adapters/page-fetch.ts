// Fetches as the page itself, so a webmail's own session cookie goes along (same origin only).

/** Firefox runs content-script fetches with the extension's principal; content.fetch is the page's own. */
export function pageFetch(): typeof fetch {
  const pageContent = (globalThis as { content?: { fetch?: typeof fetch } }).content;
  return typeof pageContent?.fetch === 'function' ? pageContent.fetch.bind(pageContent) : fetch;
}

/**
 * The text of a same-origin page of the webmail (raw source, "Show original"), or null when it is
 * not there, not of `type`, bigger than `maxBytes`, or anything goes wrong: the caller then uses
 * the rendered text. Nothing leaves the webmail's own server.
 */
export async function fetchPageText(url: string, type: string, maxBytes: number): Promise<string | null> {
  try {
    const res = await pageFetch()(url, { credentials: 'same-origin', redirect: 'error' });
    const length = Number(res.headers.get('content-length') ?? '0');
    if (!res.ok || !(res.headers.get('content-type') ?? '').startsWith(type) || length > maxBytes) return null;
    const text = await res.text();
    return text.length > maxBytes ? null : text;
  } catch {
    return null;
  }
}
