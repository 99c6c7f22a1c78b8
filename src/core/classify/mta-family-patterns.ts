// Causes as MTA families absent from the fixture corpus word them in their own reports (OpenSMTPD,
// Courier, Verizon's gateways, 1&1, Facebook's numbered response codes, qmail-ldap): the strings their sources
// and postmaster pages give, read in Sisimai 5's vocabulary. Same format as pattern-data.ts:
// lowercase, " ... " = parts in this order.
import type { Reason } from '../types.ts';

/**
 * [reason, pattern, mta, scope?]: a family's own wording. `scope` is a text the report must contain
 * as well, for wordings too plain to name the cause in anybody else's report.
 */
export type FamilyPattern = readonly [Reason, string, string | undefined, string?];

// OpenSMTPD's notice opens so (smtpd/bounce.c); its failure strings follow "address: ".
const OPENSMTPD = 'this is the mailer-daemon, please do not reply to this';

export const MTA_FAMILY_PATTERNS: readonly FamilyPattern[] = [
  // OpenSMTPD: the queue lifetime ran out (smtpd/queue.c) …
  ['expired', 'envelope expired', 'opensmtpd'],
  // … the MX lookup's outcomes (smtpd/mta.c): a domain that is not there, or that names no mail host
  // (Sisimai 5 files "No MX found" as a domain that accepts no mail) …
  ['hostunknown', 'invalid domain name', 'opensmtpd', OPENSMTPD],
  ['hostunknown', 'domain does not exist', 'opensmtpd', OPENSMTPD],
  ['notaccept', 'no mx found for domain', 'opensmtpd'],
  ['notaccept', 'no mx found for destination', 'opensmtpd'],
  ['notaccept', 'destination seem to reject all mails', 'opensmtpd'],
  // … routes it could not use, and relay credentials it could not read.
  ['networkerror', 'temporary failure in mx lookup', 'opensmtpd'],
  ['networkerror', 'network error on destination mxs', 'opensmtpd'],
  ['networkerror', 'address family mismatch on destination mxs', 'opensmtpd'],
  ['networkerror', 'all routes to destination blocked', 'opensmtpd'],
  ['networkerror', 'no valid route to remote mx', 'opensmtpd'],
  ['networkerror', 'no valid route to destination', 'opensmtpd'],
  ['networkerror', 'could not retrieve source address', 'opensmtpd'],
  ['networkerror', 'loop detected', 'opensmtpd', OPENSMTPD],
  ['securityerror', 'could not retrieve credentials', 'opensmtpd'],
  // Courier's esmtp client (module.esmtp/esmtpclient.c): the destination's DNS.
  ['systemerror', "this domain's dns violates rfc 1035", 'courier'],
  ['networkerror', 'dns lookup failed.', 'courier', 'courier mail server'],
  // Verizon's SMS/MMS gateways (vtext.com, vzwpix.com): the number or address has no subscriber.
  // (Only about a vtext.com address: other gateways that copy the layout file it as a filter's refusal.)
  ['userunknown', 'requested action not taken: no such user here', 'verizon', 'vtext.com'],
  ['userunknown', 'no valid recipients for this mm', 'verizon'],
  // Openwave/Critical Path InterMail's "Mail System Error - Returned Mail" (ISPs' gateways, Verizon and
  // Cingular among them): its own directory's verdict on the address, and a destination with no host.
  ['userunknown', 'the following destination addresses were unknown', 'intermail'],
  ['hostunknown', 'the destination computer was not found', 'intermail'],
  // Plain-text notices of early ISP gateways, as Majordomo 2's BounceParser documents them: each
  // names the address with its own directory's verdict (no SMTP stage to file it under a filter).
  // CompuServe's two layouts, Soft-Switch LMS's X.400 report.
  ['userunknown', 'invalid receiver address', 'compuserve'],
  ['userunknown', 'receiver not found', 'compuserve'],
  ['userunknown', "recipient's mailbox unavailable", 'softswitch'],
  // Trend Micro InterScan Messaging Security Suite's own notice ("****** Message from InterScan Messaging
  // Security Suite ******"): "Unable to deliver message to <x> (and other recipients in the same domain)"
  // is its verdict on the address (Sisimai 5's InterScanMSS files it so); the words are too plain to
  // mean that in anybody else's report.
  ['userunknown', 'unable to deliver message to', 'interscanmss', 'message from interscan messaging security suite'],
  // 1&1 (postmaster.1and1.com error messages).
  ['mesgtoobig', 'mail size limit exceeded', 'einsundeins'],
  // 1&1's own sending MTAs (kundenserver.de, web.de, GMX: "The following address failed: x: no valid MX
  // hosts found"): the recipient's domain names no mail host that can be used, the same verdict as Exim's
  // "all relevant MX records point to non-existent hosts".
  ['hostunknown', 'no valid mx hosts found', 'einsundeins'],
  // XMail's local delivery (SMAILSvr.cpp) for a domain it hosts: 'Unknown user "x" in domain "y"', the
  // server's own lookup of its users, with no SMTP stage or code (as Exim's "Unknown local-part").
  ['userunknown', 'unknown user " ... " in domain "', 'xmail'],
  // qmail-ldap (qmail-ldap-1.03 patch, qmail-local/qmail-lspawn): the account's LDAP entry turns the
  // message away (its size limit, an account disabled by an administrator — four spellings in the
  // wild) or the lookup itself fails (a system error on the receiving side).
  ['exceedlimit', 'the message exeeded the maximum size the user accepts', 'qmail'],
  ['suspend', 'mailaddress is administrativ ... disabled', 'qmail'],
  ['systemerror', 'automatic homedir creator crashed', 'qmail'],
  ['systemerror', 'illegal value in ldap attribute', 'qmail'],
  ['systemerror', 'ldap attribute is not given but mandatory', 'qmail'],
  ['systemerror', 'timeout while performing search on ldap server', 'qmail'],
  ['systemerror', 'too many results returned but needs to be unique', 'qmail'],
  ['systemerror', 'error while executing qmail-forward', 'qmail'],
  ['systemerror', 'temporary error in automatic homedir creation', 'qmail'],
  ['systemerror', 'temporary failure in ldap lookup', 'qmail'],
  ['systemerror', 'unable to contact ldap server', 'qmail'],
  ['systemerror', 'unable to login into ldap server', 'qmail'],
  // Apache James's RemoteDelivery (mailet/standard, remote/delivery/MailDelivrer.java): the MX lookup
  // found nothing for the domain, or failed for the time being ("… I cannot determine where to send
  // this message", written also into the DSN's Status field when there is no code).
  ['hostunknown', 'there are no dns entries for the hostname', 'apachejames'],
  ['hostunknown', 'i found no mx record entries for the hostname', 'apachejames'],
  ['networkerror', 'temporary problem looking up mail server for host', 'apachejames'],
  // MDaemon's notices: its session transcript's resolver line, and the short "Warning: <address> - User
  // unknown!" notice whose text is "<address> - no such user here." (MDaemon's own verdict on a local
  // mailbox, not a remote filter's words).
  ['hostunknown', 'name server reports domain name unknown', 'mdaemon'],
  ['userunknown', ' - no such user here', 'mdaemon'],
  // GroupWise's own cause beside the address it could not deliver to ("jdoe (User not on post office)").
  ['userunknown', 'user not on post office', 'groupwise'],
  // SmarterMail's own "Reason:" sentences (its text-only "Could not deliver message to the following
  // recipient(s)" notice): a domain with no mail host at all (it also says it failed to connect, which
  // is only the consequence), one it never reached, and a domain over its disk allowance.
  ['hostunknown', 'no mx records were found for the', 'smartermail'],
  ['networkerror', 'attempts to connect to recipients mail server', 'smartermail'],
  ['mailboxfull', 'the domain size limit has been exceeded', 'smartermail'],
  // Exim's router verdict on a local address (the domain is its own, the local part is not), and
  // vpopmail's delivery agent failing to write the message (vdelivermail: a system error there).
  ['userunknown', 'unknown local-part ... in domain', 'exim'],
  ['systemerror', 'can not open new email file', 'vpopmail'],
  // CommuniGate Pro's SMTP module lost the connection to the receiving host.
  ['networkerror', 'connection with ... is broken', 'communigate'],
  // A mail store's own notice about its own users (DBMail's bounce.c: "*** E-mail address <x> is not known
  // here. ***"): the destination's directory speaks, no filter or SMTP stage is involved.
  ['userunknown', 'is not known here', 'dbmail'],
  // A mail server that refuses to send as another user or group (Kopano's spooler, Exchange's "send as"
  // right): the sender's permission, nothing about the recipient.
  ['securityerror', 'not allowed to send as', 'kopano'],
  ['securityerror', 'not allowed to send on behalf of', 'exchange'],
  // Mailing-list managers that refuse a post (mlmmj's listtexts access, notintocc): the post breaks a rule
  // the list's owner set. (Not its subonlypost text yet: it names the poster's address on a line of its
  // own, which the recipient forms would take for the failed recipient.)
  ['policyviolation', 'matched a rule set up by the list administrator', 'mlmmj'],
  ['policyviolation', 'list address must be contained in either the to: or cc:', 'mlmmj'],
  // MailScanner's sender reports (reports/en/sender.*.report.txt): each names the filter that refused the
  // message or cut a part of it — a virus, an attachment name on the site's list, a size limit, SpamAssassin,
  // a blocklist naming the sending server, a part it could not scan.
  ['virusdetected', 'virus detector has just been triggered', 'mailscanner'],
  ['virusdetected', 'infected parts of the message', 'mailscanner'],
  ['policyviolation', 'on the list of unacceptable attachments', 'mailscanner'],
  ['policyviolation', 'attempt to hide real filename extension', 'mailscanner'],
  ['mesgtoobig', 'was too large and has been removed', 'mailscanner'],
  ['spamdetected', 'uce (spam) detectors have been triggered', 'mailscanner'],
  ['blocked', 'listed in a public blacklist', undefined],
  ['contenterror', 'virus detector failed to completely analyse', 'mailscanner'],
  // A list manager's or gateway's virus checker (Sympa's "Our viruschecker found a virus named …"): its
  // words name the virus where its status (5.7.0, "other security status") names nothing.
  ['virusdetected', 'found a virus', undefined],
  // A receiver's refusal that names the Spamhaus list the sender (its IP or its domain) is on.
  ['blocked', 'is listed in spamhaus', undefined],
  ['blocked', 'is listed on spamhaus', undefined],
];

// Facebook's postmaster response codes ("550 5.1.1 RCP-P2 http://postmaster.facebook.com/…"): the
// code names the cause more exactly than the status beside it. Read only in Facebook's replies. The
// causes are Sisimai 5's (rb-sisimai lib/sisimai/rhost/facebook.rb, from Facebook's published
// response-code page; BSD 2-Clause, see test/fixtures/engine/sets/sisimai-v5e/LICENSE).
const FACEBOOK_CODES: Readonly<Record<string, Reason>> = {
  'pol-p7': 'authfailure',
  'pol-p1': 'blocked', 'pol-p2': 'blocked', 'pol-p3': 'blocked', 'pol-p4': 'blocked', 'pol-t1': 'blocked', 'pol-t2': 'blocked', 'pol-t3': 'blocked',
  'msg-p2': 'contenterror',
  'rcp-p2': 'filtered', 'rcp-p3': 'filtered',
  'int-p7': 'mailboxfull',
  'msg-p1': 'mesgtoobig', 'int-p2': 'mesgtoobig',
  'msg-p3': 'notcompliantrfc',
  'pol-p8': 'policyviolation',
  'dns-p1': 'rejected', 'dns-p2': 'rejected', 'dns-t1': 'rejected',
  'dns-p3': 'requireptr', 'dns-t2': 'requireptr',
  'pol-p6': 'spamdetected',
  'rcp-t4': 'suspend',
  'rcp-t1': 'systemerror',
  'con-t1': 'toomanyconn', 'con-t2': 'toomanyconn', 'con-t3': 'toomanyconn', 'con-t4': 'toomanyconn', 'msg-t1': 'toomanyconn',
  'rcp-p1': 'userunknown', 'int-p1': 'userunknown', 'int-p3': 'userunknown', 'int-p4': 'userunknown',
  'pol-p5': 'virusdetected',
};

/** [reason, pattern]: a family's wording that rules out a reason's other matches in the same text. */
export const FAMILY_EXCLUSIONS: readonly (readonly [Reason, string])[] = [
  // MailScanner's blocklist report is headed by its spam detectors ("UCE (spam) detectors"), but what they
  // found is the sending server on a blocklist.
  ['spamdetected', 'listed in a public blacklist'],
];

/** [reason, code, mta, scope]: a family's own response code, which outranks a generic status. */
export const MTA_FAMILY_CODES: readonly FamilyPattern[] = Object.entries(FACEBOOK_CODES).map(
  ([code, reason]): FamilyPattern => [reason, ` ${code} `, 'facebook', 'postmaster.facebook.com'],
);
