// Derived from test/fixtures/reference/generic-bounce-patterns.tsv and provider-bounce-catalogue.tsv
// (Sisimai's reason/why-*.go, lhost/via-*.go and rhost/for-*.go tables, BSD-2, go-sisimai ed142de),
// then reduced without changing a verdict: one row per text (the reason that wins on it), no row
// that always contains a shorter row of the same reason, no provider row that repeats a generic one
// (but au/EZweb's summary lines, which name the account's state, are KDDI rows as well: a provider's
// own words outrank the server's generic reply, see classify.ts).
// Format, to keep the content script small: one pattern per line, lowercase, whitespace collapsed,
// " ... " between parts that must appear in this order; a "## " line heads the rows below it.
import type { Reason } from '../types.ts';

/** [reason, pattern, mta?]: a pattern that names a reason wherever it appears (see extra-patterns.ts). */
export type GenericPattern = readonly [Reason, string, string?];

/** "## reason [mta]" then its patterns; mta = the one MTA that writes them (its lhost table). */
export const GENERIC_TABLE = `
## authfailure
bad spf records for
dmarc policy
please inspect your spf settings
sender policy framework (spf) fail
sender policy framework violation
spf (sender policy framework) domain authentication fail
spf check: fail
is not allowed to send mail. ... _401
is not allowed to send from < ... per it's spf record
## badreputation
a poor email reputation score
has been temporarily rate limited due to ip reputation
ip/domain reputation problems
likely suspicious due to the very low reputation
none/bad reputation
temporarily deferred due to unexpected volume or user complaints
the sending mta's poor reputation
## blocked
said: 550 blocked
bad sender ip address
banned sending ip
blacklisted by
blocked using
blocked - see http
dnsbl:attrbl
client host rejected: abus detecte gu_eib_02
client host rejected: abus detecte gu_eib_04
client host rejected: may not be mail exchanger
client host rejected: was not authenticated
confirm this mail server
connection dropped
connection refused by
connection reset by peer
connection was dropped by remote host
connections not accepted from ip addresses on spamhaus xbl
currently sending spam see:
dynamic/zombied/spam ips blocked
error: no valid recipients from
esmtp not accepting connections
extreme bad ip profile
go away
helo command rejected:
host network not allowed
hosts with dynamic ip
invalid ip for sending mail of domain
is in a black list
is not allowed to send mail from
no access from mail server
no matches to nameserver query
not currently accepting mail from your ip
part of their network is on our block list
please use the smtp server of your isp
refused - see http
rejected - multi-blacklist
rejected because the sending mta or the sender has not passed validation
rejecting open proxy
sender ip address rejected
server access forbidden by your ip
service not available, closing transmission channel
smtp error from remote mail server after initial connection:
sorry, your remotehost looks suspiciously like spammer
to submit messages to this e-mail system has been rejected
too many spams from your ip
too many unwanted messages have been sent from the following ip address above
was blocked by
we do not accept mail from dynamic ips
you are not allowed to connect
you are sending spam
your ip address is listed in the rbl
your network is temporary blacklisted
your server requires confirmation
access from ip address ... blocked
connections will not be accepted from ... because the ip is in spamhaus's list
dnsbl:rbl ... >_is_blocked
email blocked by ... .barracudacentral.org
email blocked by ... spamhaus
host ... refused to talk to me: ... blocked
is in an ... rbl on
mail server at ... is blocked
mail from ... refused:
mail from ... refused, see ... orbs
message from ... rejected based on blacklist
messages from ... temporarily deferred due to user complaints
server ip ... listed as abusive
sorry! your ip address ... is blocked by rbl
the domain ... is blacklisted
the email ... is blacklisted
the ip ... is blacklisted
veuillez essayer plus tard. service refused, please try later. ... 103
veuillez essayer plus tard. service refused, please try later. ... 510
your access ip ... has been rejected
your sender's ip address is listed at ... .abuseat.org
## contenterror
header size exceeds maximum permitted
improper use of 8-bit data in message header
message header size, or recipient list, exceeds policy limit
message mime complexity exceeds the policy maximum
routing loop detected -- too many received: headers
this message contain invalid mime headers
this message contain improperly-formatted binary content
this message contain text that uses unnecessary base64 encoding
## expired
connection timed out
could not find a gateway for
delivery attempts will continue to be
delivery expired
delivery time expired
failed to deliver to domain
giving up on
have been failing for a long time
has been delayed
it has not been collected after
message expired after sitting in queue for
message expired, cannot connect to remote server
message expired, connection refulsed
message timed out
retry time not reached for any host after a long failure period
server did not respond
this message has been in the queue too long
unable to deliver message after multiple retries
was not reachable within the allowed queue period
your message could not be delivered for more than
could not be delivered for ... days
## failedstarttls
starttls is required to send mail
tls required but not supported
## filtered
because the recipient is only accepting mail from specific email addresses
bounced address
due to extended inactivity new mail is not currently being accepted for this mailbox
has restricted sms e-mail
is not accepting any mail
message filtered
message rejected due to user rules
not found recipient account
refused due to recipient preferences
resolver.rst.notauthorized
this account is protected by
user refuses to receive this mail
user reject
we failed to deliver mail because the following address recipient id refuse to receive mail
you have been blocked by the recipient
## hostunknown
domain does not exist
domain is not reachable
domain must exist
host or domain name not found
host unknown
host unreachable
mail domain mentioned in email address is unknown
name or service not known
no such domain
recipient address rejected: unknown domain name
the account or domain may not exist
unknown host
unroutable address
unrouteable address
553 ... does not exist
## mailboxfull
452 insufficient disk space
account disabled temporarly for exceeding receiving limits
account is exceeding their quota
account is over quota
account is temporarily over quota
boite du destinataire pleine
delivery failed: over quota
diskspace quota
does not have enough space
exceeded storage allocation
exceeding its mailbox quota
full mailbox
is over disk quota
is over quota temporarily
mail file size exceeds the maximum size allowed for mail delivery
mailbox exceeded the local limit
mailbox full
mailbox has exceeded its disk space limit
mailbox is full
mailbox over quota
mailbox quota usage exceeded
mailbox size limit exceeded
maildir over quota
maildir delivery failed: userdisk quota
maildir delivery failed: domaindisk quota
mailfolder is full
no space left on device
not enough disk space
not enough storage space in
not sufficient disk space
over the allowed quota
quota exceeded
quota violation for
recipient reached disk quota
recipient rejected: mailbox would exceed maximum allowed storage
the user's space has been used up
the user you are trying to reach is over quota
too much mail data
user has exceeded quota, bouncing mail
user has too many messages on the server
user is over quota
user is over the quota
user over quota
## mailererror
|| exit
procmail:
bin/procmail
bin/maidrop
command failed:
command died with status
command output:
mailer error
pipe to |/
x-unix;
## mesgtoobig
exceeded maximum inbound message size
exceeded the maximum incoming message size
line limit exceeded
max message size exceeded
message file too big
message length exceeds administrative limit
message size exceeds fixed limit
message size exceeds fixed maximum message size
message size exceeds maximum value
message too big
message too large for this
size limit
taille limite du message atteinte
## networkerror
could not connect and send the mail to
dns records for the destination computer could not be found
hop count exceeded - possible mail loop
host is unreachable
host name lookup failure
host not found, try again
mail forwarding loop for
malformed name server reply
malformed or unexpected name server reply
maximum forwarding loop count exceeded
message looping
message probably in a routing loop
no route to host
too many hops
unable to resolve route
unrouteable mail domain
## norelaying
as a relay
email address is not verified.
insecure mail relay
is not permitted to relay through this server without authentication
mail server requires authentication when attempting to send to a non-local e-mail address
no relaying
not a gateway
not allowed to relay through this machine
not an open relay, so get lost
not local host
relay access denied
relay denied
relaying mail to
relay not permitted
relaying denied
specified domain is not allowed
that domain isn't in my list of allowed rcpthost
this system is not configured to relay mail
unable to relay for
we don't handle mail for
## notaccept
does not accept mail (nullmx)
host/domain does not accept mail
host does not accept mail
mail receiving disabled
name server: .: host not found
no mx record found for domain=
no route for current request
smtp protocol returned a permanent error
## notcompliantrfc
duplicate header
this message is not rfc 5322 compliant
multiple ... header
## policyviolation
an illegal attachment on your message
because the recipient is not accepting mail with
by non-member to a members-only list
closed mailing list
denied by policy
email not accepted for policy reasons
email rejected due to security policies
header are not accepted
header error
local policy violation
message bounced due to organizational settings
message given low priority
message not accepted for policy reasons
message rejected due to local policy
messages with multiple addresses
rejected for policy reasons
protocol violation
the email address used to send your message is not subscribed to this group
the message was rejected by organization policy
this message was blocked because its content presents a potential
we do not accept messages containing images or other attachments
you're using a mass mailer
you have exceeded the ... allowable number of posts without solving a captcha
## rejected
access denied (in reply to mail from command)
access denied (sender blacklisted)
address rejected
administrative prohibition
batv failed to verify
batv validation failure
backscatter protection detected an invalid or expired email address
because the sender isn't on the recipient's list of senders to accept mail from
bogus mail from
can't determine purported responsible address
connections not accepted from servers without a valid sender domain
denied [bouncedeny]
denied by secumail valid-address-filter
delivery not authorized, message refused
does not exist e2110
domain of sender address
email address is on senderfilterconfig list
emetteur invalide
empty envelope senders not allowed
envelope blocked -
error: no third-party dsns
from: domain is invalid. please provide a valid from:
fully qualified email address required
invalid domain, see <url:
invalid sender
is not a registered gateway user
mail from not owned by user
message rejected: email address is not verified
mx records for
null sender is not allowed
recipient addresses rejected : access denied
recipient not accepted. (batv: no tag
returned mail not accepted here
rfc 1035 violation: recursive cname records for
rule imposed mailbox access for
sending this from a different address or alias using the
sender address has been blacklisted
sender is in my black list
sender is spammer
sender not pre-approved
sender rejected
sender domain is empty
sender verify failed
sender was rejected
spam reporting address
syntax error: empty email address
the message has been rejected by batv defense
this server does not accept mail from
transaction failed unsigned dsn for
unroutable sender address
you are not allowed to post to this mailing list
you are sending to/from an address that has been blacklisted
your access to submit messages to this e-mail system has been rejected
your email address has been blacklisted
## requireptr
access denied. ip name lookup failed
all mail servers must have a ptr record with a valid reverse dns entry
bad dns ptr resource record
cannot find your hostname
cannot resolve your address.
fix reverse dns for
ips with missing ptr records
no ptr record found.
please get a custom reverse dns name from your isp for your host
ptr record setup
reverse dns failed
reverse dns required
sender ip reverse lookup rejected
the corresponding forward dns entry does not point to the sending ip
this system will not accept messages from servers/devices with no reverse dns
unresolvable relay host name
we do not accept mail from hosts with dynamic ip or generic dns ptr-records
domain ... mismatches client ip
dns lookup failure: ... try again later
reverse dns lookup for host ... failed permanently
server access ... forbidden by invalid rdns record of your mail server
service permits ... unverifyable sending ips
## securityerror
account not subscribed to ses
authentication credentials invalid
authentication failure
authentication required
authentication turned on in your email client
executable files are not allowed in compressed files
sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts
unauthenticated senders not allowed
verification failure
you are not authorized to send mail, authentication is required
authentication failed; server ... said:
authentification invalide ... 305
authentification requise ... 402
domain ... is a dead domain
user ... is not authorized to perform ses:sendrawemail on resource
## spamdetected
- spam
554 5.7.0 reject, id=
appears to be unsolicited
blacklisted url in message
block for spam
blocked by policy: no spam please
blocked by spamassassin
cannot be forwarded because it was detected as spam
considered unsolicited bulk e-mail (spam) by our mail filters
content filter rejection
cyberoam anti spam engine has identified this email as a bulk email
denied due to spam list
high probability of spam
is classified as spam and is rejected
listed in work.drbl.imedia.ru
mail content denied
may consider spam
message considered as spam or virus
message contains spam or virus
message content rejected
message detected as spam
message looks like spam
message is being rejected as it seems to be a spam
message refused by mailmarshal spamprofiler
message refused by trustwave seg spamprofiler
message rejected as spam
message rejected because of unacceptable content
message rejected due to suspected spam content
message rejected for policy reasons
message was rejected for possible spam/virus content
our email server thinks this email is spam
our system has detected that this message is
probable spam
reject bulk.advertising
rejected: spamassassin score
rejected - bulk email
rejecting banned content
rejecting mail content
related to content with spam-like characteristics
sender domain listed at
sending address not accepted due to spam filter
spam blocked
spam check
spam content matched
spam detected
spam email
spam message rejected.
spam not accepted
spam refused
spam rejection
spam score
spambouncer identified spam
spamming not allowed
too many spam complaints
too much spam.
the email message was detected as spam
the message has been rejected by spam filtering engine
the message was rejected due to classification as bulk mail
the content of this message looked like spam
this message appears to be spam
this message has been identified as spam
this message has been scored as spam with a probability
this message was classified as spam
this message was rejected by recurrent pattern detection system
transaction failed spam message not queued
we dont accept spam
your email appears similar to spam we have received before
your email breaches local uribl policy
your email had spam-like
your email is considered spam
your email is probably spam
your email was detected as spam
your message as spam and has prevented delivery
your message has been temporarily blocked by our filter
your message has been rejected because it appears to be spam
your message has triggered a spam block
your message may contain the spam contents
greylisted ... please try again in
mail score ( ... over
mail rejete. mail rejected. ... 506
our filters rate at and above ... percent probability of being spam
rejected by ... (spam)
rejected due to spam ... classification
rejected due to spam ... content
rule imposed as ... is blacklisted on
spam ... exceeded
this message scored ... spam points
## speeding
mail sent from your ip address has been temporarily rate limited
please try again slower
receiving mail at a rate that prevents additional messages from being delivered
## suspend
is currently suspended
temporary locked
archived recipient
boite du destinataire archivee
email account that you tried to reach is disabled
has been suspended
inactive account
invalid/inactive user
is a deactivated mailbox
is unavailable: user is terminated
mailbox currently suspended
mailbox disabled
mailbox is frozen
mailbox unavailable or access denied
recipient rejected: temporarily inactive
recipient suspend the service
this account has been disabled or discontinued
this account has been temporarily suspended
this address no longer accepts mail
this mailbox is disabled
user or domain is disabled
user suspended
vdelivermail: account is locked email bounced
## systemerror
aliasing/forwarding loop broken
can't create user output file
could not load drd for domain
internal error reading data
internal server error: operation now in progress
interrupted system call
it encountered an error while being processed
it would create a mail loop
local configuration error
local error in processing
loop was found in the mail exchanger
loops back to myself
mail system configuration error
queue file write error
recipient deferred because there is no mdb
remote server is misconfigured
server configuration error
service currently unavailable
system config error
temporary local problem
timeout waiting for input
transaction failed
unable to connect ... daemon
## systemfull
mail system full
## toomanyconn
all available ips are at maximum connection limit
connection rate limit exceeded
exceeds per-domain connection limit for
has exceeded the max emails per hour
throttling failure: maximum sending rate exceeded
too many connections
too many concurrent smtp connections
too many errors from your ip
too many recipients
too many smtp sessions for this host
trop de connexions,
we have already made numerous attempts to deliver this message
## userunknown
user not found
recipient address rejected: access denied
#5.1.1 bad address
550 address invalid
5.1.0 address rejected.
address does not exist
address not present in directory
address unknown
can't accept user
does not exist.
destination addresses were unknown
destination server rejected recipients
email address could not be found
invalid address
invalid mailbox
invalid recipient
is not a known user
is not a valid mailbox
is not an active address at this host
mailbox does not exist
mailbox invalid
mailbox is inactive
mailbox is unavailable
mailbox not present
mailbox not found
mailbox unavaiable
nessun utente simile in questo indirizzo
no account by that name here
no existe dicha persona
no existe ese usuario
no mail box available for this user
no mailbox by that name is currently available
no mailbox found
no such address here
no such mailbox
no such person at this address
no such recipient
no such user
no thank you rejected: account unavailable
no valid recipients, bye
not a valid recipient
not a valid user here
not a local address
not email addresses
recipient address rejected. (in reply to rcpt to command)
recipient address rejected: invalid user
recipient address rejected: invalid-recipient
recipient address rejected: userunknown
recipient does not exist
recipient is not accepted
recipient is not local
recipient not exist
recipient not found
recipient not ok
recipient refuses to accept your mail
recipient unknown
requested action not taken: mailbox unavailable
resolver.adr.recipient notfound
sorry, badrcptto
sorry, no mailbox here by that name
sorry, your envelope recipient has been denied
that domain or user isn't in my list of allowed rcpthosts
the email account that you tried to reach does not exist
the following recipients was undeliverable
the user's email name is not found
there is no one at this address
this email address is wrong or no longer valid
this recipient is in my badrecipientto list
this recipient is not in my validrcptto list
this spectator does not exist
unknown mailbox
unknown recipient
unknown user
user does not exist
user missing home directory
user not active
user not exist
user not known
user unknown
utilisateur inconnu !
vdeliver: invalid or unknown virtual user
your envelope recipient is in my badrcptto list
account ... does not exist at the organization
bad ... recipient
mailbox ... does not exist
mailbox ... unavailable or access denied
non ... existent user
rcpt < ... does not exist
rcpt ( ... t exist
recipient ... was not found in
recipient address rejected: user ... does not exist
this user doesn't have a ... account
unknown e ... mail address
unknown local ... part
user ... was not found
user ... does not exist
user ( ... ) unknown
## virusdetected
it has a potentially executable attachment
the message was rejected because it contains prohibited virus or spam content
this form of attachment has been used by recent viruses or other malware
virus detected
virus phishing/malicious_url detected
your message was infected with a virus
## filtered biglobe
mail delivery failed... user unknown
## mailboxfull biglobe
the number of messages in recipient's mailbox exceeded the local limit.
## filtered domino
cannot route mail to user
## systemerror domino
several matches found in domino directory
## userunknown domino
not listed in domino directory
not listed in public name & address book
no se encuentra en el directorio de domino
non répertorié dans l'annuaire domino
domino ディレクトリには見つかりません
## exceedlimit exchange2007
resolver.rst.recipsizelimit
## expired exchange2007
queue.expired
## hostunknown exchange2007
smtpsend.dns.nonexistentdomain
## networkerror exchange2007
smtpsend.dns.mxloopback
## rejected exchange2007
resolver.rst.notauthorized
## securityerror exchange2007
resolver.rst.authrequired
## systemerror exchange2007
resolver.adr.badprimary
resolver.adr.invalidinsmtp
resolver.adr.ambiguous
## toomanyconn exchange2007
resolver.adr.reciplimit
## userunknown exchange2007
resolver.adr.recipnotfound
resolver.adr.recipientnotfound
resolver.adr.exrecipnotfound
## contenterror exim
"too many ""received"" headers"
## expired exim
retry timeout exceeded
no action is required on your part
retry time not reached for any host after a long failure period
all hosts have been failing for a long time and were last tried
delay reason:
has been frozen
was frozen on arrival by
## hostunknown exim
all host address lookups failed permanently
all relevant mx records point to non-existent hosts
unrouteable address
## mailboxfull exim
mailbox is full
error: quota exceed
## notaccept exim
an mx or srv record indicated no smtp service
no host found for existing smtp connection
## syntaxerror exim
angle-brackets nested too deep
"expected word or ""<"""
domain missing in source-routed address
malformed address:
## systemerror exim
delivery to file forbidden
delivery to pipe forbidden
local delivery failed
lmtp error after
## userunknown exim
user not found
## expired ezweb
your message was not delivered within
## mailboxfull ezweb
the user(s) account is temporarily over quota
## onhold ezweb
each of the following recipients was rejected by a remote mail server
## suspend ezweb
the user(s) account is disabled.
the user(s) account is temporarily limited.
## expired gmail
dns error: could not contact dns servers
delivery to the following recipient has been delayed
the recipient server did not accept our requests to connect
## hostunknown gmail
dns error: domain name not found
dns error: dns server returned answer with no data
## expired gmx
delivery retry timeout exceeded
## expired imailserver
delivery failed ... attempts
## hostunknown imailserver
unknown host
## mailboxfull imailserver
user mailbox exceeds allowed size
## spamdetected imailserver
blacklisted url in message
## userunknown imailserver
unknown user
invalid final delivery userid
## virusdetected imailserver
requested action not taken: virus detected
## hostunknown kddi
as the remote domain doesnt exist
## mailboxfull kddi
as their mailbox is full
## norelaying kddi
due to the following smtp relay error
## networkerror notes
message has exceeded maximum hop count
## userunknown notes
user not listed in public name & address book
ディレクトリのリストにありません
## hostunknown qmail
sorry, i couldn't find any host
## mailboxfull qmail
disk quota exceeded
## mesgtoobig qmail
message size exceeds fixed maximum message size:
## networkerror qmail
sorry, i wasn't able to establish an smtp connection
sorry. although i'm listed as a best-preference mx or a for that host
## notaccept qmail
sorry, i couldn't find a mail exchanger or ip address
## systemerror qmail
bad interpreter: no such file or directory
system error
unable to
## systemfull qmail
requested action not taken: mailbox unavailable (not enough free space)
## userunknown qmail
no mailbox here by that name
## expired zoho
host not reachable
`;

/** Texts that rule a reason out even when one of its patterns matched. */
export const EXCLUSIONS: readonly (readonly [Reason, string])[] = [
  ["rejected", "5.1.0 address rejected"],
  ["rejected", "recipient address rejected"],
  ["rejected", "sender ip address rejected"],
];

/**
 * "## provider reason [code] [status]" then its patterns: only trusted when the bounce comes from that
 * provider (and carries that status, if given); "code" = the provider's own error code, which
 * outranks its wording.
 */
export const PROVIDER_TABLE = `
## aol hostunknown
host or domain name not found
## aol notaccept
type=mx: malformed or unexpected name server reply
## apple authfailure
s dmarc policy
blocked for failing both spf and dkim autentication checks
## apple blocked
rejected due to having a domain present in the spamhaus
rejected due to listing in spamhaus
blocked - see https://support.proofpoint.com/dnsbl-lookup
not accepting connections
## apple hasmoved
recipient no longer on server
## apple mailboxfull
user is over quota
## apple norelaying
relay access denied
## apple notaccept
host/domain does not accept mail
## apple policyviolation
due to local policy
## apple rejected
sender address rejected
## apple speeding
due to excessive volume
## apple userunknown
inactive email address
user does not exist
unknown or illegal alias
## cox blocked code
cxbl
## cox requireptr code
cxdns
## cox authfailure code
cxsndr
## cox rejected code
cxsmtp
## cox toomanyconn code
cxcnct
cxmxrt
## cox blocked code
cdrbl
## cox securityerror code
cxthrt
cxmj
## cox blocked code
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
## cox spamdetected code
urlbl1001
## cox blocked
cox too many bad commands from
too many invalid recipients
## cox requireptr
dns check failure - try again later
rejected - no rdns
## cox policyviolation
esmtp no data before greeting
attachment extension is forbidden
## cox rejected
sender rejected
## cox systemerror
esmtp server temporarily not available
## cox toomanyconn
too many sessions from
requested action aborted: try again later
message threshold exceeded
## cox userunknown
recipient rejected
## orange blocked code
_101
[101]
_102
[102]
_103
[103]
## orange toomanyconn code
_104
[104]
## orange securityerror code
_305
[305]
## orange authfailure code
_401
[401]
## orange securityerror code
_402
[402]
## orange rejected code
_403
[403]
_405
[405]
_415
[415]
## orange userunknown code
_416
[416]
## orange mailboxfull code
_417
[417]
## orange suspend code
_420
[420]
## orange rejected code
_421
[421]
## orange suspend code
_426
[426]
## orange systemerror code
_505
[505]
## orange spamdetected code
_506
[506]
## orange blocked code
_510
[510]
## orange mesgtoobig code
_514
[514]
## orange authfailure code
_517
[517]
## orange policyviolation code
_630
[630]
## orange blocked code
_999
[999]
## orange authfailure
spf/dns de votre nom de domaine
## godaddy securityerror code
ib401
## godaddy notcompliantrfc code
ib501
ib502
## godaddy rejected code
ib506
## godaddy authfailure code
ib508
## godaddy requireptr code
ib108
## godaddy spamdetected code
ib212
## godaddy virusdetected code
ib705
## godaddy toomanyconn code
ib605
ib007
## godaddy speeding code
ib101
## godaddy blocked code
ib110
ib111
ib112
ib113
## godaddy speeding code
ib504
ib510
ib607
## godaddy badreputation code
ib103
## godaddy blocked code
ib104
ib105
ib106
## godaddy blocked
rbl reject
www.spamhaus.org/query/bl?ip=
## godaddy expired
has been in the queue too long
delivery timeout
## godaddy mailboxfull
account storage limit
## godaddy spamdetected
message rejected for spam or virus content
## godaddy suspend
account disabled
## godaddy systemerror
message is looping
## godaddy userunknown
recipient not found
account does not exist
## google authfailure 4.7.24
the spf record of the sending domain
## google authfailure 5.7.24
the spf record of the sending domain
## google authfailure 4.7.26
senders to authenticate with either spf or dkim
## google authfailure 5.7.26
senders to authenticate with either spf or dkim
fails to pass spf checks for an spf record with a hard fail
has an spf record with a hard fail policy
## google authfailure 4.7.26
is not accepted due to domain's dmarc policy
## google authfailure 5.7.26
is not accepted due to domain's dmarc policy
## google authfailure 5.7.1
fails to pass authentication checks
## google authfailure 5.7.26
fails to pass authentication checks
## google authfailure 4.7.27
senders to authenticate with spf
senders to authenticate their email with spf
## google authfailure 5.7.27
senders to authenticate with spf
## google authfailure 4.7.30
senders to authenticate their email with dkim
## google authfailure 5.7.30
senders to authenticate with dkim
## google authfailure 4.7.32
aligned with either the authenticated spf or dkim
## google badreputation 4.7.0
very low reputation of the sending ip address
very low reputation of the sending domain
## google badreputation 5.7.1
due to the very low reputation of the sending ip address
due to the very low reputation of the sending domain
## google blocked 4.7.0
ip not in whitelist for rcpt domain
try again later, closing connection.
## google blocked 5.5.4
empty helo/ehlo argument not allowed
helo/ehlo argument is invalid
## google blocked 4.7.0
an unusual rate of unsolicited mail
## google blocked 4.7.28
an unusual rate of mail
## google blocked 5.7.1
an unusual rate of unsolicited mail
## google blocked 5.7.28
an unusual rate of unsolicited mail
## google exceedlimit 5.2.3
exceeded google's message size limits
## google exceedlimit 5.3.4
exceeds google's limit of limit attachments.
your message exceeded google's message header size limits
bytes per individual header size
exceeds google's header name limit of
exceeds google's message header size limit
## google expired 4.7.0
connection expired
## google expired 4.4.2
timeout - closing connection
## google failedstarttls 5.7.0
must issue a starttls command first
## google failedstarttls 5.5.1
starttls may not be repeated
## google failedstarttls 4.7.0
tls required for rcpt domain
## google failedstarttls 4.7.29
senders to use tls/ssl for smtp
## google failedstarttls 5.7.29
senders to use tls/ssl for smtp
## google mailboxfull 4.2.2
inbox is out of storage space
## google mailboxfull 5.2.2
inbox is out of storage space and inactive
## google mailboxfull 4.2.2
is over quota
## google mailboxfull 5.2.2
is over quota
## google mailboxfull 5.7.1
email quota exceeded
## google mesgtoobig 5.3.4
exceeded google's message size limits
exceeds google's message size limit of
## google networkerror 5.4.6
message exceeded 50 hops
## google networkerror 5.6.0
message exceeded 50 hops
## google norelaying 5.7.0
mail relay denied
## google norelaying 5.7.1
invalid credentials for relay
is not authorized to send email directly to our servers
## google notcompliantrfc 5.7.1
missing a valid address in the from: header
multiple addresses in from: header are not accepted
is not rfc 5322 compliant
missing a valid message-id: header
contains a unicode character in a disallowed header
encoded-word syntax is not permitted
## google notcompliantrfc 5.1.7
is not a valid rfc 5321 address
## google notcompliantrfc 5.6.0
mail message is malformed
## google policyviolation 5.7.0
illegal attachment on your message
blocked because its content presents a potential security issue
## google policyviolation 5.7.1
you are sending to (or from) has a policy that prohibited
## google policyviolation 4.7.28
sending messages with the same message-id:
## google rejected 5.7.0
mail sending denied
## google rejected 5.7.1
unauthenticated email is not accepted
## google requireptr 4.7.0
does not have a ptr record
## google requireptr 4.7.23
have a ptr record, or the ptr record
## google requireptr 5.7.1
does not meet ipv6 sending guidelines regarding ptr records and authentication
## google requireptr 5.7.25
does not have a ptr record
does not match the ip address of the hostname
## google securityerror 4.7.0
too many login attempts
## google securityerror 5.5.2
cannot decode response
## google securityerror 5.7.0
no identity changes permitted
## google securityerror 5.5.1
authentication required.
## google securityerror 5.7.0
authentication required.
## google securityerror 5.7.1
application-specific password required
## google securityerror 5.7.9
application-specific password required
## google securityerror 5.7.1
please log in with your web browser
## google securityerror 5.7.9
please log in with your web browser
## google securityerror 5.7.14
please log in through your web browser
## google securityerror 5.7.1
username and password not accepted
## google securityerror 5.7.8
username and password not accepted
## google spamdetected 4.7.0
due to the nature of the content or the links within
## google spamdetected 5.7.1
likely unsolicited mail
## google speeding 4.2.1
is receiving mail too quickly
peak smtp relay limit exceeded for customer
rate that prevents additional messages from being delivered
## google speeding 5.2.1
rate that prevents additional messages from being delivered
## google speeding 5.4.5
daily sending quota exceeded
daily user sending limit exceeded
daily smtp relay limit exceeded for
## google speeding 5.7.1
daily smtp relay limit exceeded for
daily smtp relay sending limit exceeded for
this mail has been rate limited
## google suspend 5.2.1
account that you tried to reach is disabled
account that you tried to reach is inactive
## google syntaxerror 5.7.10
smtp protocol violation
## google syntaxerror 5.5.4
optional argument not permitted
## google syntaxerror 5.7.11
syntax error
## google syntaxerror 5.5.1
unimplemented command
unrecognized command
bad sequence of commands
ehlo/helo first
mail first
rcpt first
no data after bdat
## google syntaxerror 5.7.4
unrecognized authentication type
xoauth is no longer supported
## google syntaxerror 5.7.0
too many unauthenticated commands
## google systemerror 4.3.0
temporary system problem
## google systemerror 4.7.0
temporary system problem
## google systemerror 4.4.5
server busy
## google systemerror 4.3.0
multiple destination domains per transaction is unsupported
mail server has temporarily rejected this message
mail server temporarily rejected message
## google systemerror 4.5.3
domain policy size per transaction exceeded
## google toomanyconn 4.5.3
your message has too many recipients
## google toomanyconn 5.5.3
too many recipients for this sender
## google userunknown 5.1.1
the email account that you tried to reach does not exist
## google userunknown 5.1.2
we weren't able to find the recipient domain
## google userunknown 5.1.3
is not a valid rfc 5321 address
## google hostunknown
responded with code nxdomain
domain name not found
## google networkerror
had no relevant answers.
responded with code nxdomain
domain name not found
## google notaccept
null mx
## google userunknown
because the address couldn't be found. check for typos or unnecessary spaces and try again.
## kddi mailboxfull
the user(s) account is temporarily over quota
## kddi suspend
the user(s) account is disabled.
the user(s) account is temporarily limited.
## kddi filtered
550 : user unknown
## kddi userunknown
>: user unknown
## messagelabs securityerror
please turn on smtp authentication in your mail client
## messagelabs userunknown
542
rejected
no such user
## microsoft authfailure 4.7.26
must pass either spf or dkim validation, this message is not signed
## microsoft authfailure 5.7.23
the message was rejected because of sender policy framework violation
## microsoft authfailure 5.7.509
does not pass dmarc verification
## microsoft badreputation 4.7.650
has been temporarily rate limited due to ip reputation
## microsoft blocked 4.4.2
connection dropped
## microsoft blocked 5.7.25
must have a reverse dns record
## microsoft blocked 5.7.506
access denied, bad helo
## microsoft blocked 5.7.507
access denied, rejected by recipient
## microsoft blocked 5.7.510
does not accept email over ipv6
## microsoft blocked 5.7.511
access denied, banned sender
## microsoft blocked 5.7.513
using customer block list
## microsoft blocked
access denied, banned sending ip
## microsoft blocked 5.5.4
invalid domain name
## microsoft blocked 5.7.1
part of their network is on our block list (s3150)
## microsoft contenterror 5.3.0
too many related errors
## microsoft contenterror 5.6.11
invalid characters
## microsoft contenterror 5.4.11
agent generated message depth exceeded
## microsoft contenterror 5.5.6
invalid message content
## microsoft exceedlimit 5.2.3
resolver.rst.recipsizelimit; message too large for this recipient
## microsoft expired 4.4.1
connection timed out
## microsoft expired 4.4.7
message delayed
message expired
## microsoft expired 5.4.300
message expired
## microsoft expired 5.4.316
message expired
## microsoft failedstarttls 4.4.8
failed mta-sts validation
## microsoft failedstarttls 5.4.8
failed mta-sts validation
## microsoft failedstarttls 4.4.317
starttls is required to send mail
## microsoft failedstarttls 5.4.317
starttls is required to send mail
## microsoft failedstarttls 4.7.5
remote certificate failed mta-sts validation
## microsoft failedstarttls 5.7.5
remote certificate failed mta-sts validation
## microsoft failedstarttls 5.7.51
restrictdomainstoipaddresses or restrictdomainstocertificate
## microsoft failedstarttls 4.7.321
starttls-not-supported: destination mail server must support tls to receive mail
## microsoft failedstarttls 5.7.321
starttls-not-supported: destination mail server must support tls to receive mail
## microsoft failedstarttls 5.7.322
certificate-expired: destination mail server's certificate is expired
## microsoft failedstarttls 4.7.323
tlsa-invalid: the domain failed dane validation
## microsoft failedstarttls 5.7.323
tlsa-invalid: the domain failed dane validation
## microsoft failedstarttls 4.7.324
dnssec-invalid: destination domain returned invalid dnssec records
## microsoft failedstarttls 5.7.324
dnssec-invalid: destination domain returned invalid dnssec records
## microsoft failedstarttls
certificate-host-mismatch: remote certificate must have a common name or subject alternative name matching the hostname (dane)
## microsoft mailboxfull 5.2.2
mailbox full
## microsoft mesgtoobig 5.3.4
message size exceeds fixed maximum message size
message too big for system
## microsoft networkerror 5.4.4
smtpsend.dns.nonexistentdomain; nonexistent domain
## microsoft networkerror 5.4.6
hop count exceeded - possible mail loop
## microsoft networkerror 4.4.312
dns query failed
## microsoft networkerror 5.4.312
dns query failed
## microsoft networkerror 4.4.316
connection refused
## microsoft networkerror 5.4.316
connection refused
## microsoft networkerror 5.4.4
invalid arguments
## microsoft networkerror 5.4.6
routing loop detected
## microsoft networkerror 5.4.14
routing loop detected
## microsoft norelaying 5.7.1
unable to relay
client was not authenticated
## microsoft norelaying 5.4.1
relay access denied
## microsoft norelaying 5.7.64
tenantattribution; relay access denied
## microsoft norelaying 5.4.310
does not exist
## microsoft notaccept 4.3.2
system not accepting network messages
## microsoft notaccept 4.4.4
hosted tenant which has no mail-enabled subscriptions
## microsoft notaccept 5.3.2
storedrv.deliver: missing or bad storedriver mdb properties
## microsoft policyviolation 5.0.350
x-dg-ref header is too long
requested action not taken: policy violation detected (as345)
## microsoft policyviolation
delivery not authorized, message refused
## microsoft rejected 5.1.7
invalid address
unknown sender address
## microsoft rejected 5.1.0
sender denied
## microsoft rejected 5.1.8
access denied, bad outbound sender
## microsoft rejected 5.7.1
delivery not authorized
## microsoft rejected 5.7.12
sender was not authenticated by organization
## microsoft rejected 5.7.124
sender not in allowed-senders list
## microsoft rejected 5.7.133
sender not authenticated for group
## microsoft rejected 5.7.134
sender was not authenticated for mailbox
## microsoft rejected 5.7.13
sender was not authenticated for public folder
## microsoft rejected 5.7.135
sender was not authenticated for public folder
## microsoft rejected 5.7.136
sender was not authenticated
## microsoft rejected
access denied, spam abuse detected
## microsoft rejected 5.7.512
access denied, message must be rfc 5322 section 3.6.2 compliant
## microsoft rejected 5.7.750
service unavailable. client blocked from sending from unregistered domains
## microsoft rejected
access denied, banned sender
## microsoft securityerror 5.7.3
cannot achieve exchange server authentication
not authorized
## microsoft securityerror 5.7.1
client was not authenticated
## microsoft securityerror 5.7.57
client was not authenticated to send anonymous mail during mail from
## microsoft spamdetected 5.2.1
content filter agent quarantined this message
## microsoft speeding 4.3.2
storedrv.deliver; recipient thread limit exceeded
## microsoft speeding 5.1.90
your message can't be sent because you've reached your daily limit for message recipients
## microsoft speeding 5.2.2
submission quota exceeded
## microsoft speeding 5.2.121
recipient's per hour message receive limit from specific sender exceeded
## microsoft speeding 5.2.122
recipient's per hour message receive limit exceeded
## microsoft speeding 5.7.508
has exceeded permitted limits within
## microsoft speeding
access denied, tenant has exceeded threshold
access denied, traffic not accepted from this ip
## microsoft suspend 5.7.504
recipient address rejected: access denied
## microsoft suspend 5.7.505
access denied, banned recipient
## microsoft suspend 5.2.1
mailbox cannot be accessed
## microsoft syntaxerror 5.3.3
unrecognized command
## microsoft syntaxerror 5.5.2
send hello first
## microsoft systemerror 4.3.2
service not available
service not active
## microsoft systemerror 5.3.5
system incorrectly configured
## microsoft systemerror 5.3.190
journaling on-premises messages to microsoft 365 or office 365 not supported when journaling archive is disabled
## microsoft systemerror 5.0.0
helo / ehlo requires domain address
## microsoft systemerror 5.1.4
destination mailbox address ambiguous
## microsoft systemerror 5.2.4
mailing list expansion problem
## microsoft systemerror 5.2.14
misconfigured forwarding address
## microsoft systemerror 4.4.3
temporary server error. please try again later attr18
## microsoft systemerror 4.7.0
temporary server error. please try again later. prx4 nexthop:
## microsoft systemerror 4.4.24
message failed to be replicated: insufficient system resource:
## microsoft systemerror 4.4.25
message failed to be replicated: no healthy secondary server available to accept replica at this time.
## microsoft systemerror 4.4.28
message failed to be replicated: the operation was canceled
## microsoft systemerror 4.4.318
(suspiciousremoteservererror)
## microsoft systemerror 5.4.318
(suspiciousremoteservererror)
## microsoft systemerror 4.7.500
server busy. please try again later from
## microsoft systemerror 4.7.700
pfa agent busy, please try again.
## microsoft systemfull 4.3.1
insufficient system resources
## microsoft toomanyconn 5.5.3
too many recipients
## microsoft toomanyconn 4.5.3
too many recipients
## microsoft toomanyconn 4.7.652
has exceeded the maximum number of connections
## microsoft toomanyconn 5.2.122
the recipient has exceeded their limit for
## microsoft userunknown 5.1.1
resolver.adr.exrecipnotfound; not found
user unknown
## microsoft userunknown 5.1.3
storedrv.submit; invalid recipient address
## microsoft userunknown
recipient address reserved by rfc 2606
## microsoft userunknown 5.1.6
recipient addresses in single label domains not accepted
## microsoft userunknown 5.1.1
bad destination mailbox address
## microsoft userunknown 5.1.10
recipient not found
## microsoft userunknown 5.4.1
recipient address rejected: access denied
## microsoft userunknown 5.5.0
requested action not taken: mailbox unavailable
## microsoft userunknown 5.1.2
invalid x.400 address
## microsoft userunknown 5.1.351
remote server returned unknown recipient or mailbox unavailable
## mimecast authfailure
spf sender invalid - envelope rejected
dkim sender invalid - envelope rejected
dmarc sender invalid - envelope rejected
## mimecast badreputation
internal resources are temporarily unavailable
local ct ip reputation - (reject)
## mimecast blocked
sender address blocked
recipient temporarily unavailable
ip temporarily blacklisted
## mimecast expired
journal messages past the expiration
## mimecast failedstarttls
this route requires encryption (tls)
this route requires tls version 1.2 or greater
this route requires high-strength ciphers
configuration is invalid for this certificate
## mimecast mesgtoobig
maximum email size exceeded
## mimecast networkerror
mail loop detected
## mimecast norelaying
open relay not allowed
open relay is not allowed
## mimecast notaccept
account inbounds disabled
## mimecast onhold
account outbounds disabled
hostname is not authorized
journal message past expiration
## mimecast policyviolation
anti-spoofing policy - inbound not allowed
rejected by header-based anti-spoofing policy
message bounced due to content examination policy
host network not allowed
host network, not allowed
## mimecast rejected
administrative prohibition envelope blocked
envelope blocked - user entry
envelope blocked - user domain entry
rejected by header-based manually blocked senders - block for manual block
rejected by header-based blocked senders - block policy for header from
envelope rejected - block policy for envelope from address
## mimecast securityerror
incorrect authentication data
submitter failed to disabled
submitter failed to authenticate
## mimecast systemerror
unable to process connection at this time
message ended early
unable to process command
unable to process an email at this time
## mimecast toomanyconn
account service is temporarily unavailable
too many recipients
exceeding outbound thread limit
## mimecast userunknown
invalid address
user unknown
invalid recipient
## mimecast virusdetected
email rejected due to security policies
## microsoft hostunknown
the mail could not be delivered to the recipient because the domain is not reachable
## microsoft userunknown
requested action not taken: mailbox unavailable
## tencent authfailure
spf check failed
dmarc check failed
## tencent blocked
suspected bounce attacks
suspected spam ip
connection denied
## tencent mesgtoobig
message too large
## tencent rejected
suspected spam
mail is rejected by recipients
## tencent spamdetected
spam is embedded in the email
mail content denied
## tencent speeding
mailbox unavailable or access denined
## tencent suspend
is a deactivated mailbox
## tencent syntaxerror
bad address syntax
## tencent toomanyconn
ip frequency limited
domain frequency limited
sender frequency limited
connection frequency limited
## tencent userunknown
mailbox not found
## yahoo authfailure
yahoo requires all senders to authenticate with either spf or dkim
## yahoo blocked
because the ip is in spamhaus's list;
not accepted from ip addresses on spamhaus xbl
## yahoo norelaying
relaying denied for
## yahoo notcompliantrfc
headers are not rfc compliant
## yahoo policyviolation
not accepted for policy reasons
## yahoo rejected
temporarily deferred due to unexpected volume or user complaints
due to unresolvable rfc.5321 domain
will be permanently deferred
## yahoo speeding
user is receiving mail too quickly
## yahoo suspend
is no longer valid.
this mailbox is disabled
## yahoo syntaxerror
syntax error in parameters or arguments
## yahoo toomanyconn
max message per connection reached
## yahoo userunknown
dd this user doesn't have a
mailbox not found
## zoho authfailure 5.7.1
email rejected per dmarc policy
## zoho blocked 4.7.1
greylisted, try again after some time
## zoho rejected 5.7.1
email cannot be delivered. reason: email flagged as spam
## zoho rejected 5.4.1
mail rejected by destination domain
## zoho policyviolation 5.7.7
email policy violation detected
## zoho policyviolation
mailbox delivery restricted by policy error
## zoho systemerror 4.3.1
temporary system error
## zoho userunknown 5.1.1
user does not exist
## zoho virusdetected 5.7.1
detected by zoho mail
## cloudflare blocked
found on one or more dnsbls
## cloudflare systemerror
upstream error
`;
