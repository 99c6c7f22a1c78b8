// Fetches as the page itself, so a webmail's own session cookie goes along (same origin only).

/** Firefox runs content-script fetches with the extension's principal; content.fetch is the page's own. */
export function pageFetch(): typeof fetch {
  const pageContent = (globalThis as { content?: { fetch?: typeof fetch } }).content;
  return typeof pageContent?.fetch === 'function' ? pageContent.fetch.bind(pageContent) : fetch;
}
