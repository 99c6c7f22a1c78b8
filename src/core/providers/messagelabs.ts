// Broadcom MessageLabs: its replies as the engine reads them (ROWS). No knowledge entries yet: its replies
// are explained by their reason and code. Shape and sources: table.ts.
import type { ProviderAbout } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Broadcom MessageLabs', docs: null, hosts: ['messagelabs'] };

/** The engine's rows (format: table.ts). */
export const ROWS = `
## securityerror
please turn on smtp authentication in your mail client
## userunknown
542
rejected
no such user
`;
