// Orange: its replies as the engine reads them (ROWS). No knowledge entries yet: its replies
// are explained by their reason and code. Shape and sources: table.ts.
import type { ProviderAbout } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Orange', docs: null, hosts: ['orange.fr', 'wanadoo.fr', 'laposte.net', 'mwinf'] };

/** The engine's rows (format: table.ts). */
export const ROWS = `
## blocked code
_101
[101]
_102
[102]
_103
[103]
## toomanyconn code
_104
[104]
## securityerror code
_305
[305]
## authfailure code
_401
[401]
## securityerror code
_402
[402]
## rejected code
_403
[403]
_405
[405]
_415
[415]
## userunknown code
_416
[416]
## mailboxfull code
_417
[417]
## suspend code
_420
[420]
## rejected code
_421
[421]
## suspend code
_426
[426]
## systemerror code
_505
[505]
## spamdetected code
_506
[506]
## blocked code
_510
[510]
## mesgtoobig code
_514
[514]
## authfailure code
_517
[517]
## policyviolation code
_630
[630]
## blocked code
_999
[999]
## authfailure
spf/dns de votre nom de domaine
`;
