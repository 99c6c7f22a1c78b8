// The one shape every webmail adapter has: where it applies, where its message bodies are,
// and (when the webmail can give it) the raw message behind a body.

/** The parts of a location an adapter may look at (window.location or a URL). */
export interface PageLocation {
  hostname: string;
  pathname: string;
  search: string;
}

export interface WebmailAdapter {
  /** Short id, reported in PageBounce.adapter. */
  id: string;
  /** Whether this webmail serves the page at this location. */
  matches(location: PageLocation): boolean;
  /** Message bodies in or around `root` (root itself, an ancestor of it, or descendants). */
  findBodies(root: Element): Element[];
  /** The raw RFC 5322 message behind a body, or null when it cannot be had. Never throws. */
  rawSource?(body: Element): Promise<string | null>;
}
