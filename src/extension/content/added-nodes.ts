// Watches a document for added elements only, batched and debounced: a webmail that re-renders
// a thousand rows costs one flush, not a thousand scans. Roots inside other added roots are
// dropped (their ancestor is scanned anyway), and a huge batch becomes one scan of the document.

export interface AddedNodesOptions {
  /** Quiet time before a batch is flushed. */
  debounceMs: number;
  /** A batch is flushed at the latest this long after its first mutation, however busy the page. */
  maxWaitMs: number;
  /** Above this many roots a single scan of the document is cheaper than one per root. */
  hugeBatch: number;
  /** Elements that are ours (the annotations): never reported. */
  ignore(el: Element): boolean;
  onBatch(roots: Element[]): void;
}

/** Outermost elements of a set: those with no ancestor in the set. */
export function outermost(nodes: ReadonlySet<Element>): Element[] {
  const out: Element[] = [];
  for (const node of nodes) {
    let inside = false;
    for (let p = node.parentElement; p; p = p.parentElement) {
      if (nodes.has(p)) {
        inside = true;
        break;
      }
    }
    if (!inside) out.push(node);
  }
  return out;
}

/** Starts watching; returns the function that stops it. */
export function watchAddedNodes(doc: Document, options: AddedNodesOptions): () => void {
  let pending = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;

  const flush = () => {
    timer = undefined;
    const batch = pending;
    pending = new Set();
    const roots = outermost(batch).filter((el) => el.isConnected);
    if (roots.length === 0) return;
    options.onBatch(roots.length > options.hugeBatch ? [doc.documentElement] : roots);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        // Text added into an existing element: that element is what changed.
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (el && !options.ignore(el)) pending.add(el);
      }
    }
    if (pending.size === 0) return;
    const now = Date.now();
    if (timer === undefined) firstAt = now;
    else clearTimeout(timer);
    timer = setTimeout(flush, now - firstAt >= options.maxWaitMs ? 0 : options.debounceMs);
  });
  observer.observe(doc, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    pending.clear();
  };
}
