// Cox: its replies as the engine reads them (ROWS). No knowledge entries yet: its replies
// are explained by their reason and code. Shape and sources: table.ts.
import type { ProviderAbout } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Cox', docs: null, hosts: ['cox.net'] };

/** The engine's rows (format: table.ts). */
export const ROWS = `
## blocked code
cxbl
## requireptr code
cxdns
## authfailure code
cxsndr
## rejected code
cxsmtp
## toomanyconn code
cxcnct
cxmxrt
## blocked code
cdrbl
## securityerror code
cxthrt
cxmj
## blocked code
ipbl0001
ipbl0010
ipbl0100
ipbl0011
ipbl0101
ipbl0110
ipbl0111
ipbl1000
ipbl1001
ipbl1010
ipbl1011
ipbl1100
ipbl1101
ipbl1110
ipbl1111
ipbl00001
## spamdetected code
urlbl1001
## blocked
cox too many bad commands from
too many invalid recipients
## requireptr
dns check failure - try again later
rejected - no rdns
## policyviolation
esmtp no data before greeting
attachment extension is forbidden
## rejected
sender rejected
## systemerror
esmtp server temporarily not available
## toomanyconn
too many sessions from
requested action aborted: try again later
message threshold exceeded
## userunknown
recipient rejected
`;
