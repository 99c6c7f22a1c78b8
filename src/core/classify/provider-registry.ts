// The one list of mail providers Bounce Lens knows, keyed by one id type that both readers share:
// the engine (which provider sent a bounce: its host names and its own bounce wording) and the
// knowledge base (whose entry an explanation quotes, and that provider's own documentation).
// Each provider's reply texts live in two tables keyed by these ids: the engine's phrase rows
// (pattern-data.ts PROVIDER_TABLE, provider-codes.ts) and the knowledge base's entries with advice
// (knowledge/providers.ts). The engine's part and the knowledge part are separate constants so
// the content script bundles only the host names (unused constants are left out of the bundle).

export const PROVIDER_IDS = [
  'google', 'microsoft', 'yahoo', 'aol', 'apple', 'cox', 'godaddy', 'mimecast', 'orange', 'spectrum', 'tencent',
  'zoho', 'iua', 'kddi', 'cloudflare', 'messagelabs',
  // Known to the knowledge base only (no engine rows), and wordings any server or client uses.
  'proofpoint', 'barracuda', 'tonline', 'ionos', 'cpanel', 'spamhaus', 'spamcop', 'generic',
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

/** The engine's part: host names in a bounce's MTAs and addresses, and words only its bounces carry. */
export const PROVIDER_BOUNCES: Readonly<Partial<Record<ProviderId, { hosts: readonly string[]; signatures?: readonly string[] }>>> = {
  google: { hosts: ['google.com', 'gmail.com', 'googlemail.com'], signatures: ['google tried to deliver your message'] },
  microsoft: { hosts: ['outlook.com', 'hotmail.', 'office365.', 'exchangelabs.com', 'microsoft.com', 'live.com', 'msn.com'] },
  yahoo: { hosts: ['yahoo.', 'yahooinc.com', 'yahoodns.net', 'ymail.com'] },
  aol: { hosts: ['aol.com'] },
  apple: { hosts: ['icloud.com', 'me.com', 'mac.com', 'apple.com'] },
  cox: { hosts: ['cox.net'] },
  godaddy: { hosts: ['secureserver.net'] },
  mimecast: { hosts: ['mimecast'] },
  orange: { hosts: ['orange.fr', 'wanadoo.fr', 'laposte.net', 'mwinf'] },
  spectrum: { hosts: ['charter.net', 'spectrum.net', 'rr.com'] },
  tencent: { hosts: ['qq.com', 'tencent'] },
  zoho: { hosts: ['zoho.'] },
  iua: { hosts: ['i.ua'] },
  kddi: { hosts: ['ezweb.ne.jp', 'au.com', 'kddi'] },
  cloudflare: { hosts: ['cloudflare'] },
  messagelabs: { hosts: ['messagelabs'] },
};

/** The knowledge part: the name people know, and the provider's own page on its error codes. */
export const PROVIDER_ABOUT: Readonly<Record<ProviderId, { name: string; docs: string | null }>> = {
  google: { name: 'Gmail / Google Workspace', docs: 'https://support.google.com/a/answer/3726730' },
  microsoft: { name: 'Microsoft 365 / Outlook.com', docs: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online' },
  yahoo: { name: 'Yahoo', docs: 'https://senders.yahooinc.com/smtp-error-codes/' },
  aol: { name: 'AOL', docs: 'https://postmaster.aol.com/error-codes' },
  apple: { name: 'iCloud Mail', docs: 'https://support.apple.com/en-us/102322' },
  cox: { name: 'Cox', docs: null },
  godaddy: { name: 'GoDaddy', docs: 'https://www.godaddy.com/help/email-bounce-error-codes-40685' },
  mimecast: { name: 'Mimecast', docs: 'https://community.mimecast.com/docs/DOC-1369' },
  orange: { name: 'Orange', docs: null },
  spectrum: { name: 'Spectrum', docs: null },
  tencent: { name: 'Tencent (QQ Mail)', docs: null },
  zoho: { name: 'Zoho Mail', docs: 'https://www.zoho.com/mail/help/adminconsole/email-bounce-messages.html' },
  iua: { name: 'i.ua', docs: null },
  kddi: { name: 'au / KDDI', docs: null },
  cloudflare: { name: 'Cloudflare', docs: null },
  messagelabs: { name: 'Broadcom MessageLabs', docs: null },
  proofpoint: { name: 'Proofpoint', docs: 'https://support.proofpoint.com/dnsbl-lookup.cgi' },
  barracuda: { name: 'Barracuda', docs: 'https://www.barracudacentral.org/lookups' },
  tonline: { name: 'T-Online', docs: 'https://postmaster.t-online.de/index.en.html' },
  ionos: { name: 'IONOS / WEB.DE / GMX', docs: 'https://postmaster.web.de/en/error-messages' },
  cpanel: { name: 'cPanel / Exim', docs: 'https://docs.cpanel.net/knowledge-base/email/' },
  spamhaus: { name: 'Spamhaus', docs: 'https://www.spamhaus.org/query/lookup/' },
  spamcop: { name: 'SpamCop', docs: 'https://www.spamcop.net/bl.shtml' },
  generic: { name: 'Any mail server', docs: null },
};

export const isProviderId = (id: string): id is ProviderId => Object.hasOwn(PROVIDER_ABOUT, id);
