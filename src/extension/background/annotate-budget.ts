// How much bounce reading one tab may ask of the service worker. A page we do not control can send
// bg:annotate in a loop with megabyte texts and keep the worker busy for every other tab, the popup
// and the context menu; a webmail asks once per bounce it shows. Each tab has a bucket of work
// units that refills with time; a request costs one unit plus one per `charsPerUnit` characters it
// brings. An empty bucket refuses before anything is read. Keyed by tab, not frame: a page can
// make frames at will.
export interface BudgetRules {
  /** Units a tab may spend at once (its bucket when full). */
  capacity: number;
  refillPerSecond: number;
  charsPerUnit: number;
  /** Tabs remembered at most; the one unseen longest is forgotten first. */
  maxTabs: number;
}

// 60 small requests at once is more bounces than any webmail view shows; a page that keeps asking
// gets 3 units a second, about 750,000 characters of analysis.
export const ANNOTATE_BUDGET: BudgetRules = { capacity: 60, refillPerSecond: 3, charsPerUnit: 250_000, maxTabs: 500 };

export interface Budget {
  /** Whether `key` may spend what a request of `chars` characters costs; spends it if so. */
  take(key: string, chars: number): boolean;
  forget(key: string): void;
}

export function createBudget(rules: BudgetRules = ANNOTATE_BUDGET, now: () => number = Date.now): Budget {
  const buckets = new Map<string, { units: number; at: number }>();
  return {
    take(key, chars) {
      const t = now();
      const last = buckets.get(key);
      const units = last ? Math.min(rules.capacity, last.units + ((t - last.at) / 1000) * rules.refillPerSecond) : rules.capacity;
      const cost = 1 + Math.floor(chars / rules.charsPerUnit);
      const ok = units >= cost;
      buckets.delete(key); // re-inserted last: Map order is then least recently seen first
      buckets.set(key, { units: ok ? units - cost : units, at: t });
      if (buckets.size > rules.maxTabs) buckets.delete(buckets.keys().next().value as string);
      return ok;
    },
    forget(key) {
      buckets.delete(key);
    },
  };
}
