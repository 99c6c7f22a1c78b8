// Wordings any mail server uses, not one provider's: the knowledge base's entries (the engine's
// generic rows are classify/pattern-data.ts). Shape and order: table.ts.
import { REF } from '../knowledge/refs.ts';
import { anyOf, followedBy } from '../knowledge/matchers.ts';
import { entryFor, type ProviderAbout, type ProviderEntry, NO_RESEND, GREYLIST_CODES, BLOCK_DONTS, LOGIN_DONTS } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Any mail server', docs: null };
const entry = entryFor(ABOUT);

/** Tried before every provider's entries. */
export const FIRST: readonly ProviderEntry[] = [
  // Greylisting (RFC 6647): any receiver may ask an unknown sender to come back in a few minutes.
  // Its heading and its 4.7.1 say "come back later", not "the server had a problem" or "not allowed".
  { ...entry('greylisting', 'generic', /\b(?:greylist|graylist|grey-list)(?:ed|ing)?\b/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend_delay'], [REF.rfc6647], GREYLIST_CODES), title: 'k_pt_greylisting' },

  // The person's own host saw spam leave from their address (a stolen password, usually): before
  // any receiver's reputation wording, since it is the sender's own account that is stopped.
  entry('own_address_spam', 'generic', /\bunsolicited (?:e-?mail|mail) originating from your (?:e-?mail )?(?:address|account|mailbox)\b/i, 'suspend', 'sender-account', 'sender',
    ['k_s_password_compromise', 'k_s_reset_password', 'k_s_sending_limit_wait'], ['k_n_resend'], [REF.rfc3463]),

  // A block list that refused the receiving server's own DNS query (Spamhaus answers queries through
  // an open or public resolver with an error code, 127.255.255.254, which a receiver misreads as a
  // listing): the receiving server's DNS set-up is wrong, not the sender's standing; its admin must fix it.
  { ...entry('dnsbl_resolver_refused', 'generic', /\b(?:error: )?(?:open|public) (?:dns )?resolver\b|\bquery (?:was )?(?:made )?(?:via|through|from) (?:an? )?(?:open|public) (?:dns )?resolver\b|\b127\.255\.255\.25[2-5]\b/i, 'blocked', 'policy-reputation', 'recipient-provider',
    ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], ['k_n_resend'], [REF.spamhaus]), title: 'k_pt_dnsbl_resolver_refused' },

  entry('submission_from_mismatch', 'generic', /mail from must match authenticated user|sender address not owned by user/i, 'rejected', 'settings', 'sender',
    ['k_s_check_from', 'k_s_recheck_settings'], ['k_n_disable_auth', 'k_n_dns_for_client'], [REF.rfc4954]),
];

/** Families of wordings (several servers, one meaning), tried after every provider's entries. */
export const WORDINGS: readonly ProviderEntry[] = [
  // Each names a family of wordings (several servers, one meaning), never one server's sentence.
  // The recipient's mail servers never answered (Exchange's "Despite repeated attempts to contact the
  // recipient's email system it didn't respond", "isn't accepting connection requests", Haraka's "Tried
  // all MXs", "all MX hosts unreachable"): their system is down or unreachable; their admin must act.
  entry('recipient_system_unreachable', 'generic', /\b(?:despite|after) (?:repeated|several|multiple) attempts\b[^\n]{0,80}\b(?:didn't|did not|doesn't|does not|couldn't|could not) (?:respond|answer|connect)\b|\b(?:isn't|is not|wasn't|was not|aren't|are not) accepting connection(?: requests)?\b|\btried all (?:the )?mx(?:s| hosts| servers| records)?\b|\ball (?:the )?mx (?:hosts|servers|records)\b[^\n]{0,30}\b(?:unreachable|failed|down|did not respond|not responding)\b|\bno mx (?:host|server)s? (?:could be reached|answered|responded|reachable)\b/i, 'networkerror', 'remote-transient', 'recipient-provider',
    ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], ['k_n_own_settings', 'k_n_resend'], [REF.rfc5321]),
  // The sending address said to be infected ("Client host … blocked, you may be infected", "your
  // computer appears to be part of a botnet"): a machine on the sender's own network sends malware's
  // mail from that address; cleaning it comes before any delisting.
  { ...entry('infected_sender', 'generic', /\b(?:you|your (?:computer|pc|device|machine|network|system)|(?:client |sending |source )?(?:host|ip(?: address)?))\b[^\n]{0,40}\b(?:may be|might be|are|is|appears to be|seems to be|could be) (?:infected|compromised|part of a botnet)\b|\binfected (?:computer|machine|host|pc|device|system)s?\b/i, 'blocked', 'policy-reputation', 'sender',
    ['k_s_scan_malware', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.spamhaus]), title: 'k_pt_infected_sender' },
  // Mail straight from an address the receiver takes for a home or dial-up line ("Dialup/transient IP
  // not allowed", "mail from dynamic IP ranges rejected", "residential IP address refused"): the sending
  // server's address; it must send through a proper mail server with a fixed address.
  { ...entry('dynamic_ip_refused', 'generic', /\b(?:dial-?up|dynamic|residential|transient|consumer|end-?user)(?:\/(?:dial-?up|dynamic|transient|residential))? (?:ip|address|host|client)(?:s| address(?:es)?| range| ranges| space| pool)?\b[^\n]{0,40}\b(?:not (?:allowed|accepted|permitted)|rejected|refused|blocked|denied|disallowed)\b|\b(?:rejected|refused|blocked|denied|not accepted|no mail) (?:from )?(?:a |an |your )?(?:dial-?up|dynamic|residential) (?:ip|address|host|range|pool)s?\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider', 'k_s_use_smtp_login'], BLOCK_DONTS, [REF.rfc5321]), title: 'k_pt_dynamic_ip_refused' },
  // The sender's own account was stopped for unusual or suspicious sending (often a stolen password);
  // activity said of the sending IP or host is that server's standing (word-verdicts.ts).
  entry('unusual_activity', 'generic', /\b(?:unusual|suspicious) (?:account |sending |login )?activity\b(?! (?:from|of|on|by) (?:your|the|this) (?:sending )?(?:ip|host|server|network)\b)|\baccount (?:has been |is |was )?(?:temporarily )?suspended (?:due to|for|because of) (?:abuse|spam)\b/i, 'suspend', 'sender-account', 'sender',
    ['k_s_password_compromise', 'k_s_ask_provider'], ['k_n_resend'], [REF.zohoUsage]),
  // Too many connections at once from the sending server's IP (Exim's smtp_accept_max_per_host, a
  // per-client limit): a load limit that clears as the sending server's connections close, retried by
  // itself; not a verdict on its standing (round 8: lead12 and rows n1-* say so of every such reply).
  entry('ip_connection_limit', 'generic', /\btoo many (?:concurrent |simultaneous )?(?:smtp )?connections from (?:your|this|the sending|the client) (?:ip|host|server|client|address)\b/i, 'toomanyconn', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_retry_now', 'k_n_resend'], [REF.rfc5321]),
  // Too many connections with no word of whose ("421 Too many concurrent SMTP connections; please try
  // again later", "(421, 'Too many connections')"): the server is busy, a load limit RFC 5321's 421
  // names; retried by itself, nobody's move while it lasts.
  entry('server_connection_limit', 'generic', /\btoo many (?:concurrent |simultaneous |open |active )?(?:smtp )?(?:connections|sessions)\b|\bmax(?:imum)? (?:number of )?(?:concurrent |simultaneous )?(?:smtp )?(?:connections|sessions) (?:reached|exceeded)\b|\b(?:concurrent|simultaneous) (?:smtp )?(?:connections?|sessions?) limit (?:exceeded|reached)\b/i, 'toomanyconn', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_retry_now', 'k_n_resend'], [REF.rfc5321]),
  // The message's own structure (MIME, headers) is broken: the program or script that made it must change.
  entry('malformed_message', 'generic', /\binvalid mime\b|\bmessage is malformed\b|\bheader error\b|\bmalformed (?:mime|message|headers?)\b/i, 'notcompliantrfc', 'content', 'sender',
    ['k_s_script_fix', 'k_s_update_software'], NO_RESEND, [REF.rfc5322]),
  // The sending server introduced itself (HELO/EHLO) with a name the receiver will not take: the
  // sending server's set-up (a mail program sending straight to the receiver is told the same).
  entry('helo_rejected', 'generic', /\b(?:invalid|bad|illegal) helo\b|\bhelo command rejected\b/i, 'rejected', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider'], ['k_n_resend'], [REF.rfc5321]),
  // The recipient's own mailbox gets more mail than it may take right now: it clears by itself.
  // Also as Gmail's German help says it ("Der Nutzer … erhält zu schnell E-Mails", "… empfängt E-Mails in einer
  // Geschwindigkeit, die verhindert, dass zusätzliche Nachrichten …").
  entry('recipient_flooded', 'generic', /\b(?:mailbox|recipient|user) (?:has )?received too (?:much|many) (?:e-?mail|mail|messages)\b|\bis receiving mail (?:too quickly|at too high a rate)\b|\b(?:erhält|empfängt) (?:zu schnell (?:e-?mails|nachrichten)|(?:e-?mails|nachrichten) zu schnell)\b|\b(?:erhält|empfängt) (?:e-?mails|nachrichten) in einer geschwindigkeit, die verhindert\b/i, 'ratelimited', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_retry_now'], [REF.rfc3463]),
  // The sending server's IP said to be on a block list, whatever the lead words ("Sender rejected: your IP
  // is listed on a blocklist", "client IP address found in an RBL"): that server's standing.
  entry('ip_listed', 'generic', /\b(?:your|the sending|sending|client|the client'?s?|sender'?s?) ip(?: address)?(?: \[?[\d.:a-f]{3,45}\]?)? (?:is|was|has been) (?:listed|found) (?:on|in|at) (?:a |an |one or more |our )?(?:dns ?)?(?:block ?|black ?|rbl ?|dnsbl ?)(?:lists?)?\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, ['https://www.rfc-editor.org/rfc/rfc5782']),
  // A connection refused for the sending IP's reputation (Exchange's "Connection from IP address … was
  // rejected by sender reputation", a gateway's "rejected by IP reputation filtering"): that server's standing.
  entry('sender_reputation_reject', 'generic', /\b(?:rejected|refused|blocked|denied) (?:by|due to|because of) (?:the )?(?:sender|ip|connection) (?:reputation|filtering)(?: filter(?:ing)?)?\b/i, 'badreputation', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_reputation'], BLOCK_DONTS, ['https://learn.microsoft.com/en-us/exchange/antispam-and-antimalware/antispam-protection/sender-reputation']),
  // A refusal "for policy reasons" without saying whose: the sending server's provider can ask why.
  entry('policy_reject', 'generic', /\b(?:reject(?:ed)?|refused|denied) (?:due to|because of|for) (?:local )?polic(?:y|ies)(?: violations?| reasons| restrictions)?\b|\bpolicy violation\b/i, 'policyviolation', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation', 'k_s_deliverability'], ['k_n_resend'], [REF.rfc3463]),
  // German: the sending domain or account may not send (stopped or ended by the provider).
  entry('de_sending_not_allowed', 'generic', /\b(?:domain|konto|absender) darf nicht (?:mehr )?(?:senden|versenden)\b|\bkonto (?:wurde )?(?:beendet|gekündigt)\b/i, 'suspend', 'sender-account', 'sender',
    ['k_s_ask_provider'], ['k_n_resend'], [REF.rfc5321]),
  // The receiver's rule against the attachment or file type: the sender changes the attachment.
  entry('attachment_policy', 'generic', /\b(?:due to|because of|by) (?:an? |the )?(?:attachment|file[- ]type) (?:policy|filter|restriction)|\b(?:attachment|file) type (?:is )?not (?:allowed|permitted)\b|\battachment extension is forbidden\b|\bdo not accept messages containing [a-z ]{0,40}attachments\b|\b(?:forbidden|prohibited|banned|disallowed|dangerous|unsafe|blocked) (?:attachment|file)(?: name)?(?: extension| type)?s?\b|\bforbidden_file_extension\b|\bexecutable (?:attachment|file|content)s?\b|\battachment (?:name |file )?extension\b|\b(?:file|attachment|document)s? containing (?:vba )?macros\b|\bvba macros? (?:found|detected)\b/i, 'policyviolation', 'content', 'sender',
    ['k_s_remove_attachment', 'k_s_send_once_after_fix'], NO_RESEND, [REF.rfc3463]),
  // The receiver blocked the message without saying why (Gmail's "Message blocked", a filter's
  // "message has been blocked"): its filters judged the message or the server that sent it.
  entry('message_blocked', 'generic', /\byour message to \S{1,200} has been blocked\b|\bmessage (?:has been |was |is )?blocked\b(?! by (?:the )?recipient| due to| because)/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_content', 'k_s_ask_provider_reputation'], BLOCK_DONTS, [REF.rfc3463]),
  // An access list that names the sending IP, host or domain ("no access for this ip").
  entry('no_access_for_sender', 'generic', /\bno access for (?:this|your) (?:ip|host|domain|sender|user)\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.rfc5321]),
  // The recipient's own server could not write the message (mailbox or forward file permissions).
  entry('local_delivery_failed', 'generic', /\bcan'?t create (?:user )?output(?: file)?\b|\bcannot create (?:user )?output\b/i, 'mailererror', 'remote-transient', 'recipient-provider',
    ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], NO_RESEND, [REF.rfc5321]),
  // The sender's domain cannot be looked up, so the receiver will not take mail from it.
  entry('sender_domain_unresolvable', 'generic', /\bfrom:? ?domain must resolve\b|\bsender domain (?:must resolve|does not resolve|not found)\b|\bdomain of sender address \S{1,200} does not exist\b/i, 'rejected', 'sender-account', 'sender',
    ['k_s_check_from', 'k_s_check_sender_exists'], ['k_n_resend'], [REF.rfc5321]),
  // SPF, DKIM or DMARC did not pass (any receiver's wording): the sending domain's records or signing.
  // Also "unauthenticated mail" beside SPF/DKIM/DMARC ("550 5.7 1 dmarc unauthenticated mail is prohibited"): the
  // domain's authentication, not a login the program did not give (round 8).
  entry('auth_check_failed', 'generic', /\b(?:failed|fails|did not pass|didn't pass) (?:the |its )?(?:spf|dkim|dmarc)(?: checks?| validation| verification| authentication)?\b|\b(?:spf|dkim|dmarc)[ -](?:check[ -]|validation |verification |authentication )?(?:failed|failure)\b|\brejected by (?:spf|dkim|dmarc) polic(?:y|ies)\b|\b(?:spf|dkim|dmarc)(?: signature| record| alignment)? (?:is )?(?:required|missing|not found)\b|\b(?:spf|dkim|dmarc)\b[^\n]{0,20}\bunauthenticated (?:mail|e-?mails?|messages?)\b|\bunauthenticated (?:mail|e-?mails?|messages?)\b[^\n]{0,60}\b(?:spf|dkim|dmarc)\b/i, 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_ask_provider'], ['k_n_dns_guess', 'k_n_resend'], [REF.rfc3463]),
  // The receiver's content rules (not a spam score): the message itself must change.
  entry('content_policy', 'generic', /\b(?:due to|because of|by) (?:the )?content (?:restrictions?|polic(?:y|ies)|rules?)\b|\bmessage content rejected\b|\binvalid message content\b/i, 'policyviolation', 'content', 'sender',
    ['k_s_check_content', 'k_s_remove_attachment'], NO_RESEND, [REF.rfc3463]),
  // The receiver judged the sending server or domain by its reputation (any filter's wording).
  entry('reputation_refused', 'generic', /\b(?:based on|due to|because of) (?:its |your |the |their )?(?:current |poor |low |bad )?(?:sender |sending |ip |domain )?reputation\b|\b(?:poor|low|bad) (?:sender |sending |ip |domain )?reputation\b|\btoo much spam from (?:your|this)\b|\b(?:labell?ed|marked|flagged|identified|known|listed) as (?:a )?(?:source of spam|spam source|spammer)\b|\bunerwünschte[rn]? e-?mails von ihrer ip\b/i, 'badreputation', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation', 'k_s_deliverability'], BLOCK_DONTS, [REF.rfc3463]),
  // The sending server's IP has no proper reverse DNS (PTR) name: its provider sets that, never the person.
  entry('reverse_dns', 'generic', /\breverse dns\b|\brdns\b|\bptr record\b|\breverse (?:host ?name|lookup|look ?name)\b/i, 'requireptr', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_ptr'], ['k_n_dns_guess', 'k_n_resend'], [REF.rfc5321]),
  // Postfix: the receiving server refused the connection at its greeting (usually the sending IP).
  // Postfix's client restrictions ("Client host rejected: Access denied"): the connecting host itself is
  // not let in (not in the server's networks, no login on the port it used, or its address refused).
  // Whoever runs or sends through that host acts, never the recipient.
  { ...entry('client_host_denied', 'generic', /\bclient host rejected: access denied\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_enable_auth', 'k_s_ask_provider'], ['k_n_resend'], [REF.postfixBounce]), title: 'k_pt_client_host_denied' },
  // A receiver that names the sending IP as refused ("553 Mail from 192.0.2.1 not allowed", "Connections
  // will not be accepted from 192.0.2.1", Yahoo's "Excessive unknown recipients - possible Open Relay"):
  // the sending server's standing, not the sender's address that "Mail from" might suggest.
  entry('sending_ip_refused', 'generic', /\bmail from (?:\d{1,3}|x{1,3})(?:\.(?:\d{1,3}|x{1,3})){3} (?:is )?not allowed\b|\bconnections will not be accepted from\b|\bexcessive unknown recipients\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_reputation'], BLOCK_DONTS, [REF.rfc3463]),
  // A line longer than SMTP allows (RFC 5321's 1000 octets: Exim's "maximum allowed line length is 998
  // octets", Go's "too long a line in input stream", OpenSMTPD's "Line too long"): the sending program
  // wrote the message without line breaks, whoever refused it.
  entry('line_too_long', 'generic', /\bmaximum allowed line length\b|\btoo long a line\b|\bline (?:is |was )?too long\b|\blines? longer than \d{3,4}\b/i, 'contenterror', 'content', 'sender',
    ['k_s_plain_format', 'k_s_script_fix'], NO_RESEND, [REF.rfc5321]),
  entry('greeting_refused', 'generic', /\brefused to talk to me\b|\bnot allowed to connect\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.postfixBounce]),
  // Exim's log line for a delivery it will try again ("== addr R=… T=… defer (-53): …").
  entry('exim_defer', 'generic', /\bdefer \(-?\d{1,3}\):/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend_delay'], [REF.eximSpec]),

  // The receiver's own rule against this sender (a user's or admin's block entry, a policy list,
  // "not allowed to send to", an access list): only the recipient's side can lift it (Mimecast,
  // Barracuda, Exchange, Postfix access maps, Thunderbird Pro's bounce guide).
  // The server's access rules refused the sender address itself (Postfix check_sender_access, a
  // hosted server that takes its own domains' addresses only after a login): the sender's login or
  // address; inside a bounce the context hands it to the remote side's set-up.
  entry('sender_access_denied', 'generic', /\bsender address rejected: access denied\b/i, 'rejected', 'settings', 'sender',
    ['k_s_enable_auth', 'k_s_check_from'], ['k_n_disable_auth', 'k_n_resend'], [REF.rfc5321]),
  entry('recipient_policy_block', 'generic', anyOf(
    /\benvelope blocked\b|\bpolicy[- ]level block ?list\b|\brecipient result: blocked\b|\bmarked your (?:e-?mail|message) as spam\b|\bblocked by (?:the )?recipient\b|\b(?:permanently )?blocked (?:the )?delivery\b/i,
    /\bnot allowed to send (?:mail |e-?mail |messages )?to\b|\bunauthenticated (?:mail|e-?mail) (?:is )?not allowed\b|\brecipient address rejected: access denied\b|\byour access to submit messages\b|\bnot accepting (?:e-?mail|mail|messages) from (?:this|the|your) sender\b/i,
    /\bviolates [a-z0-9.-]{1,100} (?:e-?mail )?policy\b|\bphrase filter\b|\brecipient'?s? organi[sz]ation(?:'s)? polic(?:y|ies)\b/i,
  ), 'policyviolation', 'policy-reputation', 'recipient-provider',
    ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], ['k_n_own_settings', 'k_n_resend'], [REF.rfc3463]),
  // The receiver refused the sender's address itself (either word order), when no rule above
  // named a reason: the person's own address or its domain is in question.
  entry('sender_refused', 'generic', /\b(?:rejected|refused|denied|den(?:y|ies)|refuses|rejects) the sender\b|\bmail from (?:address )?(?:is )?invalid\b|\binvalid (?:mail from|sender(?: address)?)\b(?!(?: address)? syntax)|\b(?:fake|forged|spoofed) sender\b|\bsender (?:address )?(?:was |is )?(?:rejected|refused|denied)\b(?!: (?:access denied|not logged in|not owned))/i, 'rejected', 'sender-account', 'sender',
    ['k_s_check_from', 'k_s_check_sender_exists'], ['k_n_resend'], [REF.rfc5321]),
  // The address is not one the receiver has: said without "user unknown".
  entry('recipient_invalid', 'generic', /\bnot a valid (?:recipient|mailbox|(?:e-?mail )?address)\b|\bno valid recipients?\b|\brecipient verification (?:failed|problem|error)\b|\bno such (?:mailbox|user|recipient|account)\b|\bneed fully-qualified address\b|\brecipient cannot be verified\b|\bmust specify a domain name\b|\bmailbox name not allowed\b|\b(?:wasn't|was not) found at\b|\bunknown to address\b|\brecipient (?:e-?mail )?add?ress (?:is )?(?:unknown|invalid)\b|\b(?:e-?mail )?address (?:is )?marked as invalid\b|\binvalid (?:or relocated )?recipient\b|\b(?:does not|doesn't) have an account\b|\baddress (?:is )?(?:invalid or )?malformed\b|\baddress was deleted\b|\badd?ress?ee unknown\b|\bbad (?:destination |recipient )?(?:mailbox )?address\b|\bno longer (?:on (?:this |the )?server|exists?)\b|\bno mailbox\b/i, 'userunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_ask_correct_address'], NO_RESEND, [REF.rfc3463]),
  // A mailbox that exists but is switched off (inactive, disabled, deactivated): the recipient's own.
  entry('recipient_inactive', 'generic', /\b(?:inactive|disabled|deactivated) (?:user|account|mailbox)\b|\b(?:account|mailbox) (?:is |has been )?(?:administratively |temporarily |permanently )?(?:inactive|disabled|deactivated)\b|\b(?:user|recipient|mailbox) (?:is |has been )?(?:locked|frozen)\b|\baccount has been disabled\b|\b(?:account|mailbox) (?:is |has been )?closed\b|\bnot accepting (?:e-?mail|mail|messages) for (?:this|that|the) (?:account|user|mailbox|address)\b|\b(?:konto|postfach) (?:ist |wurde )?(?:deaktiviert|gesperrt|geschlossen)\b/i, 'suspend', 'recipient', 'recipient',
    ['k_s_contact_recipient_other'], NO_RESEND, [REF.rfc3463]),
  // RFC 5321's own text for 552: the recipient's storage is used up.
  entry('storage_exceeded', 'generic', /\bexceeded storage allocation\b|\b(?:account |mailbox |user |maildir )?(?:is )?over ?quota\b|\b(?:inbox|mailbox) (?:is )?(?:full|over ?full)\b|\bmailbox (?:size )?limit exceeded\b|\bover (?:storage |disk )?quota\b|\b(?:exhausted|used up) (?:(?:its|the|their|all|allowed) ){0,2}(?:storage|disk) space\b|\bmailbox (?:has )?(?:reached|exceeded) (?:its |the )?(?:maximum |max )?(?:allowed )?(?:size|limit|capacity|quota)\b|\bexceed (?:the )?(?:maximum |max )?mailbox size\b/i, 'mailboxfull', 'recipient', 'recipient',
    ['k_s_recipient_free_space', 'k_s_send_once_after_fix'], NO_RESEND, [REF.rfc5321]),
  // The sender's own allowance (a relay's quota, a host's hourly limit), whatever the code says.
  entry('sender_over_limit', 'generic', /\byou have exceeded your (?:[a-z]{1,20} ){0,2}(?:quota|limit)\b|\bsend(?:ing)? quota (?:exceeded|reached)\b|\bexceeded the max(?:imum)? (?:e-?mails|messages) per (?:hour|day)\b|\bmax(?:imum)? (?:number of )?(?:e-?mails|messages) per (?:session|connection|hour|day)\b|\b(?:daily|hourly|monthly|per (?:second|minute|hour|day)) (?:message |sending |e-?mail |send )?(?:limit|quota) (?:exceeded|reached)\b|\bmessages? per (?:second|minute|hour|day) limit\b|\b(?:sending|outgoing|relay|smtp|policy rejection\W{0,3}) ?quota (?:exceeded|reached)\b|\bzu viele e-?mails in zu kurzer zeit\b|\bsende(?:kontingent|limit|quota) (?:ist )?(?:überschritten|erreicht|erschöpft)\b/i, 'ratelimited', 'sender-account', 'sender',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_resend'], [REF.rfc3463]),
  // Exchange 5.7.60 and others: the login may not send with this From address.
  entry('send_as_denied', 'generic', /\bnot have permissions? to send as\b|\bnot (?:allowed|authori[sz]ed|permitted) to send as\b/i, 'rejected', 'sender-account', 'sender',
    ['k_s_check_from'], ['k_n_resend'], [REF.rfc5321]),
  // The sending server broke the SMTP protocol (a software or set-up fault on the sending side).
  entry('protocol_violation', 'generic', /\b(?:smtp )?protocol violation\b|\bno commands allowed to pipeline\b/i, 'syntaxerror', 'settings', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_resend'], [REF.rfc5321]),
  entry('virus_found', 'generic', /\bcontains? (?:a |some )?(?:virus|malware)\b|\b(?:virus|malware) (?:detected|found)\b|\binfected with\b|\b(?:rejected|refused|blocked) (?:due to|because of) (?:a )?virus\b/i, 'virusdetected', 'content', 'sender',
    ['k_s_scan_virus', 'k_s_remove_attachment'], NO_RESEND, [REF.rfc3463]),
  entry('spam_content', 'generic', /\bspam content\b|\b(?:identified|classified|detected) as spam\b|\bals spam (?:eingestuft|erkannt)\b|\bspamverdacht\b/i, 'spamdetected', 'policy-reputation', 'sender',
    ['k_s_check_content', 'k_s_deliverability'], ['k_n_spam_tricks', 'k_n_resend'], [REF.rfc3463]),
  entry('message_too_large', 'generic', /\b(?:attachment|message|mail) (?:is |size is )?too long\b|\bmessage (?:is |file )?too (?:large|big)\b|\bmessage size exceeds\b|\bexceeds? (?:the )?(?:maximum |global |fixed )?(?:message )?size\b|\b(?:e-?mail|message) size exceeded\b|\bbecause it is too large\b|\bmessage size violation\b|\bnachricht (?:ist )?zu groß/i, 'emailtoolarge', 'content', 'sender',
    ['k_s_smaller_message', 'k_s_send_once_after_fix'], NO_RESEND, [REF.rfc5321]),
  // Exim's default refusal by its administrator's access lists ("Administrative prohibition").
  entry('admin_prohibition', 'generic', /\badministrative prohibition\b/i, 'policyviolation', 'policy-reputation', 'recipient-provider',
    ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], ['k_n_own_settings', 'k_n_resend'], [REF.eximSpec]),
  // A block that names the sending server, its IP or connection, with no list named: the receiver
  // judged the sending server (its provider's to sort out), not the person's program.
  entry('sender_server_blocked', 'generic', /\b(?:cmsmtp|smtp|ip|ip address|host|server|connection|sender ip) (?:is |has been |was )?(?:temporarily )?(?:blocked|banned)\b(?! by (?:the )?recipient)|\b\d{1,3}(?:\.\d{1,3}){3}\]?>? (?:is |has been |was )?(?:temporarily )?blocked\b(?! by (?:the )?recipient)|\bblocked for (?:abuse|spam(?:ming)?)\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation', 'k_s_deliverability'], BLOCK_DONTS, [REF.rfc3463]),
  entry('blocklist_listed', 'generic', /\b(?:rbl|dnsbl) (?:deny|denied|reject(?:ed)?|block(?:ed)?)\b|\bblack ?ip\b|\bblocked using (?:[a-z0-9.-]{1,100}\.[a-z]{2,}|barracuda|spamhaus|spamcop|sorbs)|\b(?:in|on) (?:(?:a|the|our) )?(?:black|block) ?list\b|\blisted (?:at|in|on) [a-z0-9.-]{0,60}(?:bl|dnsbl|rbl)\b|\bdnsbl\b|\bip(?: address)? (?:is |has been |was )?(?:listed|black ?listed|block ?listed)\b|\bip(?:-adresse)? (?:ist |wurde |wird |werden )?(?:vorübergehend )?(?:blockiert|gesperrt)\b|\bauf (?:einer|der) (?:sperrliste|blacklist|blockliste)\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.spamhaus]),
  entry('server_busy', 'generic', /\bserver (?:is )?too busy\b|\bserver busy\b|\bserver (?:ist )?(?:ausgelastet|überlastet)\b/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend_delay'], [REF.rfc5321]),
  entry('connection_timeout', 'generic', anyOf(/connection dropped due to timeout|error: timeout exceeded|\bconnection died\b|\bdeferred: connection (?:refused|timed out|reset) by\b|timed out while receiving the initial server greeting|timed out while sending/i,
    followedBy(/\bconnect to [^\s[]{1,200}\[/gi, /\]:\d{1,5}: (?:connection timed out|connection refused|no route to host|network is unreachable)/i),
    followedBy(/\blost connection with [^\s[]{1,200}\[/gi, /\] while /i, 80)), 'networkerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend_delay', 'k_n_own_dns'], [REF.postfixBounce]),
  entry('mail_loop', 'generic', /\bthis message is looping\b|\bmail(?:ing)? loop\b|\brouting loop\b|\btoo many hops\b/i, 'networkerror', 'remote-transient', 'recipient-provider',
    ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], NO_RESEND, [REF.rfc5321]),
  entry('host_not_found', 'generic', /host or domain name not found|name service error for name=|\bdomain name does not exist\b|\bdns domain \S{1,200} does not exist\b|\bdomain(?:nonexistent| does not exist)\b|\bhost unknown \(name server:|\bno mx (?:records? |hosts? )?(?:found )?for (?:the )?(?:recipient )?(?:domain )?[a-z0-9-]{1,63}\.|\b(?:host|gastgeber|zieldomain|domain) (?:ist )?unbekannt\b|\bunbekannte[rn]? (?:host|domain)\b/i, 'hostunknown', 'recipient', 'sender',
    ['k_s_recipient_domain_check', 'k_s_check_address'], ['k_n_own_dns', 'k_n_resend'], [REF.postfixBounce]),
  entry('auth_failed', 'generic', /\bpassword transition\b|\b(?:temporary )?authentication failure\b|\bbad auth(?:entication)? attempts?\b|\bpassword (?:has )?expired\b|\bauthentication (?:failed|unsuccessful|credentials invalid)\b|\bincorrect authentication data\b|\bunable to authenticate\b(?! to outgoing server)|\b(?:invalid|incorrect|wrong|bad) (?:user ?name or password|username\/password|login credentials|credentials)\b/i, 'securityerror', 'credentials', 'sender',
    ['k_s_verify_login', 'k_s_try_webmail', 'k_s_reset_password'], LOGIN_DONTS, [REF.rfc4954]),
  entry('relay_refused', 'generic', /\brelaying disallowed\b|\bden(?:y|ies) relay(?:ing)?\b|\brelay(?:ing)? (?:access )?(?:denied|not permitted)\b|\bnot permitted to relay\b|\bnot allowed to relay\b|\bnot a gateway\b|\b(?:delivery|relaying|sending) (?:is )?not (?:allowed|permitted) (?:to|for) this (?:address|domain|recipient)\b|\bunauthori[sz]ed relay(?:ing)?\b|\b(?:isn't|is not|not) in my list of allowed rcpthosts\b|\bnicht berechtigt,? über diesen server zu (?:senden|versenden)\b|\brelay(?:ing)? (?:ist )?nicht (?:erlaubt|gestattet)\b/i, 'norelaying', 'settings', 'sender',
    ['k_s_enable_auth', 'k_s_recheck_settings'], ['k_n_disable_auth', 'k_n_dns_for_client'], [REF.rfc5321]),
  entry('try_later', 'generic', /\btry (?:again )?later\b|\bplease come back later\b|\btemporarily deferred\b|\b(?:service|resource) (?:is )?temporarily (?:not available|unavailable)\b|\btemporary (?:system )?(?:problem|error|failure)\b|\binternal error reading data\b|\blocal error in processing\b|\bservice not available,? closing transmission channel\b/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend_delay'], [REF.rfc5321]),

  // The recipient (a person's own filter or block entry) does not want mail from this sender
  // (Interia, Polish and Czech hosts): only the recipient can lift it.
  entry('recipient_refuses_sender', 'generic', /\brecipient (?:does not|doesn't|do not) (?:want|accept) (?:your |any )?(?:e-?mails?|mail|messages?)(?: from you)?\b|\bsender is (?:black|block) ?listed by (?:the )?recipient\b/i, 'blocked', 'policy-reputation', 'recipient',
    ['k_s_contact_recipient_other'], ['k_n_resend', 'k_n_spam_tricks'], [REF.rfc3463]),
  // A content or virus scanner at the receiver refused the message itself.
  entry('scanner_refused', 'generic', /\b(?:refused|rejected|blocked) by (?:the |our )?(?:content |virus |anti-?virus |mail |e-?mail )?scanner\b|\bscanner (?:refused|rejected)\b/i, 'contenterror', 'content', 'sender',
    ['k_s_check_content', 'k_s_remove_attachment', 'k_s_scan_virus'], NO_RESEND, [REF.rfc3463]),
  // The receiver put the connection off for now (its load, its queues): retried by itself.
  entry('connection_deferred', 'generic', /\bconnection deferred\b|\bdeferred due to (?:high |heavy )?(?:load|queue|volume)\b/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend_delay'], [REF.rfc5321]),
  // The sender's own daily allowance (a host's or provider's recipients or messages per day).
  entry('sender_daily_limit', 'generic', /\bmax(?:imum)? (?:rcpt(?: to)?|recipients?|messages?|e-?mails?) (?:daily|per day) limit\b|\bdaily (?:sending |recipients? |message |e-?mail )?(?:limit|quota) (?:exceeded|reached)\b|\b(?:exceeded|reached) (?:the |your )?daily (?:sending |recipients? |message |e-?mail )?(?:limit|quota)\b/i, 'ratelimited', 'sender-account', 'sender',
    ['k_s_daily_limit_wait', 'k_s_password_compromise', 'k_s_bulk_service'], ['k_n_retry_now', 'k_n_resend'], [REF.rfc3463]),
  // A recipient address refused as switched off ("recipient address rejected: Inactive").
  entry('recipient_rejected_inactive', 'generic', /\brecipient address rejected: (?:inactive|disabled|account (?:is )?(?:disabled|inactive|closed))\b/i, 'suspend', 'recipient', 'recipient',
    ['k_s_contact_recipient_other'], NO_RESEND, [REF.rfc3463]),

  // The receiving server's own fault (an internal error, no resources left): retried by itself.
  entry('server_internal_error', 'generic', /\binternal server error\b|\binsufficient system (?:resources|storage)\b/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend_delay'], [REF.rfc5321]),
  // A filtering service that knows the recipient organisation's addresses does not have this one.
  entry('not_in_recipient_list', 'generic', /\bnot in (?:the )?recipient list\b/i, 'userunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_ask_correct_address'], NO_RESEND, [REF.rfc3463]),
  // Too many recipients on one message (or one sender): the sender splits the list or sends fewer.
  entry('too_many_recipients', 'generic', /\btoo many recipients\b/i, 'exceedlimit', 'policy-reputation', 'sender',
    ['k_s_fewer_recipients', 'k_s_bulk_service'], ['k_n_retry_now'], [REF.rfc5321]),
  // The sending IP made too many errors, spam or unknown recipients: the receiver pauses or blocks
  // that server (Free, Yahoo's "excessive unknown recipients"): its provider's to sort out.
  entry('ip_too_many_errors', 'generic', /\btoo many (?:errors|spams?|bad commands|invalid recipients|unknown recipients) from (?:your|this) ip\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation', 'k_s_wait_retry'], BLOCK_DONTS, [REF.rfc3463]),
  // The sending server sent too much in a short time (per domain, per IP): a pause, its provider's pattern.
  entry('sender_rate_exceeded', 'generic', /\b(?:you )?sent (?:to|too) many (?:mails|messages|e-?mails)\b/i, 'ratelimited', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_retry_now'], [REF.rfc3463]),
  // The receiver takes mail from this sending address only over an encrypted connection.
  entry('encryption_required', 'generic', /\bmust be sen[dt] (?:with|over|using) (?:an? )?(?:encryption|tls|encrypted connection)\b/i, 'failedstarttls', 'port-encryption', 'sender-provider',
    ['k_s_ask_provider'], ['k_n_own_settings', 'k_n_resend'], [REF.rfc3207]),
  // A domain whose owner names its own outgoing servers (SPF), sent from another server: the person
  // must send through their provider's outgoing server.
  entry('forged_sender_domain', 'generic', /\bforged sender domain\b/i, 'rejected', 'settings', 'sender',
    ['k_s_recheck_settings', 'k_s_try_webmail'], ['k_n_resend'], [REF.rfc7208]),
  // Coremail's wording for a recipient step that took too long: a fault further along, retried.
  entry('rcpt_handle_timeout', 'generic', /\brcpt handle timeout\b/i, 'networkerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend_delay'], [REF.rfc5321]),
  // An ISP's "acceptable use policy" code (Cox, Charter/Spectrum: "AUP#…") with no other words this
  // table knows: the receiver's policy judged the sending server or its traffic.
  entry('aup_policy', 'generic', /\baup#[a-z]{0,4}-?\d{0,5}/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation', 'k_s_deliverability'], BLOCK_DONTS, [REF.rfc3463]),

  // German wordings (German providers' and clients' own words).
  entry('de_sender_invalid', 'generic', anyOf(/\babsenderadresse (?:ist )?ungültig\b|\bungültige absenderadresse\b|\babsenderadresse wurde (?:vom server )?abgelehnt\b|\babsender (?:wurde )?abgelehnt\b/i,
    followedBy(/\babsender-?adresse\b/gi, /\b(?:nicht existiert|existiert nicht|ungültig|abgelehnt)\b/i, 120)), 'rejected', 'sender-account', 'sender',
    ['k_s_check_from', 'k_s_check_sender_exists'], ['k_n_resend'], [REF.rfc5321]),
  // "Username and/or password … wrong" as German providers and clients say it.
  entry('de_login_failed', 'generic', followedBy(/\b(?:benutzername|passwort|kennwort|zugangsdaten)\b/gi, /\b(?:falsch|ungültig|nicht korrekt)\b/i, 120), 'securityerror', 'credentials', 'sender',
    ['k_s_verify_login', 'k_s_try_webmail', 'k_s_reset_password'], LOGIN_DONTS, [REF.rfc4954]),
  entry('de_unknown_user', 'generic', /\bunbekannte[rn]? (?:benutzer|empfänger)\b|\b(?:empfänger|empfängeradresse|adresse) (?:wurde )?nicht gefunden\b|\b(?:empfänger|benutzer)(?:adresse)? (?:ist )?unbekannt\b|\bbenutzer existiert nicht\b|\b(?:e-mail-)?adresse existiert nicht\b|\b(?:empfänger-?adresse|e-mail-adresse|adresse|postfach|konto|benutzer) nicht existiert\b|\bexistiert nicht auf diesem server\b|\b(?:konto|postfach) (?:ist )?nicht vorhanden\b|\b(?:konto|postfach) existiert nicht\b|\badresse des empfängers (?:existiert nicht|ist (?:ungültig|unbekannt))\b|\bempfänger(?:-?adresse)? (?:wurde )?abgelehnt\b|\badresse des empfängers (?:konnte|wurde) nicht gefunden\b/i, 'userunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_ask_correct_address'], NO_RESEND, [REF.rfc3463]),
  entry('de_mailbox_full', 'generic', /\b(?:empfänger)?postfach (?:des (?:e-mail-)?empfängers )?(?:ist )?(?:voll|überfüllt)\b|\bspeicherplatz (?:des empfängers )?überschritten\b|\b(?:quota|speicherkontingent) (?:ist )?überschritten\b|\bspeicher(?:platz|volumen|kontingent|limit|grenze)(?: des kontos| des postfachs)? (?:ist )?(?:ueberschritten|überschritten|erschöpft|aufgebraucht|erreicht)\b|\bspeicherplatzbegrenzung\b|\bzu ?viele (?:e-?)?mails auf dem server\b|\b(?:mailbox|briefkasten|posteingang|speicher) (?:ist )?(?:voll|überfüllt)\b|\bkontingent (?:ist )?(?:überschritten|erschöpft|aufgebraucht)\b/i, 'mailboxfull', 'recipient', 'recipient',
    ['k_s_recipient_free_space', 'k_s_send_once_after_fix'], NO_RESEND, [REF.rfc3463]),
  entry('de_server_unavailable', 'generic', /\b(?:mail-?)?(?:server|dienst) (?:ist )?(?:zurzeit |derzeit |momentan |vorübergehend )?nicht (?:erreichbar|verfügbar)\b|\bspäter (?:erneut|noch einmal) versuchen\b|\bvorübergehende[rsn]? (?:system)?(?:problem|fehler|störung)\b|\bversuchen sie es später (?:noch einmal|erneut)\b/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend_delay'], [REF.rfc5321]),
];
