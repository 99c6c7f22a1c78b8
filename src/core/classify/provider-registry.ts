// The one list of mail providers Bounce Lens knows, keyed by one id type that both readers share:
// the engine (which provider sent a bounce: its host names and its own bounce wording) and the
// knowledge base (whose entry an explanation quotes, and that provider's own documentation).
// Everything known of a provider lives in its module, src/core/providers/<id>.ts (ABOUT, the
// engine's ROWS, the knowledge ENTRIES; providers/table.ts); this file gathers the ABOUT parts.
import { PROVIDERS } from '../providers/table.ts';

export const PROVIDER_IDS = [
  'google', 'microsoft', 'yahoo', 'aol', 'apple', 'cox', 'godaddy', 'mimecast', 'orange', 'spectrum', 'tencent',
  'zoho', 'iua', 'kddi', 'cloudflare', 'messagelabs',
  // Known to the knowledge base only (no engine rows), and wordings any server or client uses.
  'proofpoint', 'barracuda', 'tonline', 'ionos', 'cpanel', 'spamhaus', 'spamcop',
  'comcast', 'att', 'italiaonline', 'trendmicro', 'netease',
  'yandex', 'cisco', 'sophos', 'hornetsecurity', 'generic',
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

/** The engine's part: host names in a bounce's MTAs and addresses, and words only its bounces carry. */
export const PROVIDER_BOUNCES: Readonly<Partial<Record<ProviderId, { hosts: readonly string[]; signatures?: readonly string[] }>>> =
  Object.fromEntries(PROVIDER_IDS.flatMap((id) => {
    const { hosts, signatures } = PROVIDERS[id];
    return hosts ? [[id, signatures ? { hosts, signatures } : { hosts }]] : [];
  }));

/** The knowledge part: the name people know, and the provider's own page on its error codes. */
export const PROVIDER_ABOUT: Readonly<Record<ProviderId, { name: string; docs: string | null }>> =
  Object.fromEntries(PROVIDER_IDS.map((id) => [id, { name: PROVIDERS[id].name, docs: PROVIDERS[id].docs }])) as Record<ProviderId, { name: string; docs: string | null }>;

export const isProviderId = (id: string): id is ProviderId => Object.hasOwn(PROVIDER_ABOUT, id);
