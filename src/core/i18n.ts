// Renders catalogue messages. The extension passes browser.i18n.getMessage; the CLI passes
// catalogueTranslator(messages.json) so both show the same words from the same catalogue.
import type { Msg, Translate } from './knowledge/types.ts';

/** One entry of a Chrome messages.json catalogue. */
export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

/** The text of a message, or its key when the catalogue lacks it (visible, never blank). */
export function render(msg: Msg, t: Translate): string {
  return t(msg.key, msg.subs) || msg.key;
}

// $1…$9 take substitutions, "$$" is a literal "$" (as in Chrome's getMessage).
function substitute(text: string, subs: readonly string[]): string {
  return text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : subs[Number(d) - 1] ?? ''));
}

// Named placeholders ($NAME$, case-insensitive) expand to their content first.
function expandNamed(entry: CatalogueEntry): string {
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  if (named.size === 0) return entry.message;
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => named.get(name.toLowerCase()) ?? whole);
}

/**
 * A Translate over a messages.json object, with Chrome's rules: names are case-insensitive,
 * named placeholders expand to their content, then $1…$9 take the substitutions (missing ones
 * become empty) and "$$" becomes "$". An unknown name gives "" like browser.i18n.getMessage.
 */
export function catalogueTranslator(messages: Catalogue): Translate {
  // Entries are indexed at the first call and expanded when first asked for: one CLI explanation
  // uses a few dozen of the ~1,400 messages, and expanding them all cost it ~9 ms.
  let byName: Map<string, CatalogueEntry> | null = null;
  const expanded = new Map<string, string>();
  return (key, subs = []) => {
    const name = key.toLowerCase();
    let text = expanded.get(name);
    if (text === undefined) {
      if (byName === null) {
        byName = new Map();
        for (const [n, entry] of Object.entries(messages)) if (entry && typeof entry.message === 'string') byName.set(n.toLowerCase(), entry);
      }
      const entry = byName.get(name);
      if (entry === undefined) return '';
      text = expandNamed(entry);
      expanded.set(name, text);
    }
    return substitute(text, subs);
  };
}
