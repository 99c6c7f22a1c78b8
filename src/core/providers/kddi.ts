// au / KDDI: its replies as the engine reads them (ROWS). No knowledge entries yet: its replies
// are explained by their reason and code. Shape and sources: table.ts.
import type { ProviderAbout } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'au / KDDI', docs: null, hosts: ['ezweb.ne.jp', 'au.com', 'kddi'] };

/** The engine's rows (format: table.ts). */
export const ROWS = `
## mailboxfull
the user(s) account is temporarily over quota
## suspend
the user(s) account is disabled.
the user(s) account is temporarily limited.
## filtered
550 : user unknown
## userunknown
>: user unknown
`;
