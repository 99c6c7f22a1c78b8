// GoDaddy: its replies as the engine reads them (ROWS). No knowledge entries yet: its replies
// are explained by their reason and code. Shape and sources: table.ts.
import type { ProviderAbout } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = {
  name: 'GoDaddy',
  docs: 'https://www.godaddy.com/help/email-bounce-error-codes-40685',
  hosts: ['secureserver.net'],
};

/** The engine's rows (format: table.ts). */
export const ROWS = `
## securityerror code
ib401
## notcompliantrfc code
ib501
ib502
## rejected code
ib506
## authfailure code
ib508
## requireptr code
ib108
## spamdetected code
ib212
## virusdetected code
ib705
## toomanyconn code
ib605
ib007
## speeding code
ib101
## blocked code
ib110
ib111
ib112
ib113
## speeding code
ib504
ib510
ib607
## badreputation code
ib103
## blocked code
ib104
ib105
ib106
## blocked
rbl reject
www.spamhaus.org/query/bl?ip=
## expired
has been in the queue too long
delivery timeout
## mailboxfull
account storage limit
## spamdetected
message rejected for spam or virus content
## suspend
account disabled
## systemerror
message is looping
## userunknown
recipient not found
account does not exist
`;
