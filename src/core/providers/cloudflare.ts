// Cloudflare: its replies as the engine reads them (ROWS). No knowledge entries yet: its replies
// are explained by their reason and code. Shape and sources: table.ts.
import type { ProviderAbout } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Cloudflare', docs: null, hosts: ['cloudflare'] };

/** The engine's rows (format: table.ts). */
export const ROWS = `
## blocked
found on one or more dnsbls
## systemerror
upstream error
`;
