// Tencent (QQ Mail): its replies as the engine reads them (ROWS). No knowledge entries yet: its replies
// are explained by their reason and code. Shape and sources: table.ts.
import type { ProviderAbout } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Tencent (QQ Mail)', docs: null, hosts: ['qq.com', 'tencent'] };

/** The engine's rows (format: table.ts). */
export const ROWS = `
## authfailure
spf check failed
dmarc check failed
## blocked
suspected bounce attacks
suspected spam ip
connection denied
## mesgtoobig
message too large
## rejected
suspected spam
mail is rejected by recipients
## spamdetected
spam is embedded in the email
mail content denied
## speeding
mailbox unavailable or access denined
## suspend
is a deactivated mailbox
## syntaxerror
bad address syntax
## toomanyconn
ip frequency limited
domain frequency limited
sender frequency limited
connection frequency limited
## userunknown
mailbox not found
`;
