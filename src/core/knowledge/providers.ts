// The knowledge base's view of the one provider table (providers/table.ts): each provider's
// entries (the reply text that identifies it, its meaning, who acts, steps, don'ts, sources),
// looked up through the literal prefilter of entry-index.ts.
import { EntryIndex, KNOWLEDGE_GROUP } from './entry-index.ts';
import { PROVIDER_ENTRIES } from '../providers/table.ts';
import type { ProviderEntry } from '../providers/entry.ts';

export type { ProviderEntry } from '../providers/entry.ts';
export { PROVIDER_ENTRIES } from '../providers/table.ts';

const INDEX = new EntryIndex(PROVIDER_ENTRIES, KNOWLEDGE_GROUP);

/** The first provider entry whose text matches, or null. */
export function findProviderEntry(text: string | null): ProviderEntry | null {
  if (!text) return null;
  return INDEX.first(text);
}
