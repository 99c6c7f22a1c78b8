// Round 11 (knowledge22): the word lists of the families lead set 15's English misses showed, read by the rules of
// actor-rules-r8.ts and by isTemporary() in context.ts. Each names where a text was written, which decides who acts:
// - a receiving server's own log refusing inbound mail after judging a private address (its Docker, NAT or proxy
//   gateway) by SPF or reverse DNS: its own network set-up, so its admin's;
// - OpenSMTPD's own log of a recipient it refused ("smtp-in: Failed command on session …"): that server's admin's;
// - a mail server's own queue entry giving a deferral's connection-level reason: retried by itself, nobody yet;
// - a sending server's log of a certificate whose name did not match (only logged where verification was
//   required): the message waits, and the two servers' admins must agree;
// - a program's own server refusing it for too many connections from its address: the program's sending habit;
// - a mailbox provider's warning that a message failed its domain's authentication (SPF, DKIM, DMARC).

// "NOQUEUE: reject: RCPT from unknown[172.23.0.1]: 550 … SPF fail" / "cannot find your reverse hostname": the
// address judged is a private one (RFC 1918 or loopback; "192.168.xxx.1" as redacted), so the check saw the
// server's own gateway, not the sending host.
export const OWN_REJECT_PRIVATE_CHECK_R11 = /\bNOQUEUE: reject: [A-Z]{3,12} from [^\s[]{1,200}\[(?:10|127|192\.168|172\.(?:1[6-9]|2\d|3[01]))\.[\dx.]{3,11}\]:[^\n]{0,200}?(?:\bSPF\b|\bopenspf\b|\breverse hostname\b|\bdomain owner discourages\b|\bDMARC\b)/i;

// OpenSMTPD's own log of a refused recipient: `smtp-in: Failed command on session 7818…: "RCPT TO:<a@b>" => 550 …`.
export const OPENSMTPD_OWN_RCPT_R11 = /\bsmtp-in: failed command on session [0-9a-f]{8,16}: "RCPT TO:/i;

// Postfix's own queue entry for a deferred message, its reason in parentheses at the start of a line (mailq) or
// after "status=deferred (": a connection lost or timed out, or refused, before the receiving server said anything.
export const QUEUE_DEFERRAL_R11 = /(?:^[ \t]{0,8}|\bstatus=deferred )\((?:delivery temporarily suspended: )?(?:lost connection with|conversation with|connect to) [^\s[]{1,200}\[[^\]\n]{1,60}\](?::\d{1,5})?(?: while | timed out\b|: )/im;

// "server certificate verification failed for mx[…]:25: num=62:hostname mismatch": Postfix checks the name only
// when told to verify (a policy for that destination, DANE), so this one is a delivery that waits.
export const SERVER_CERT_MISMATCH_R11 = /\bcertificate verification failed for [^\s[]{1,200}\[[^\]\n]{1,60}\]:\d{1,5}:[^\n]{0,40}\b(?:host ?name|name) mismatch\b/i;

// "421 4.7.0 smtp.example.com Error: too many connections from 192.0.2.1" said to a program (its own server).
export const PROGRAM_TOO_MANY_CONNECTIONS_R11 = /\btoo many (?:concurrent |simultaneous |open )?(?:smtp )?connections from\b/i;

// Proton's "This email has failed its domain's authentication requirements. It may be spoofed or improperly
// forwarded", in its other renderings ("failed your domain authentication requirements … may be falsified").
export const DOMAIN_AUTH_WARNING_R11 = /\bfailed (?:its|your|the(?: sender'?s?)?) domain'?s? authentication requirements\b|\bit may be (?:spoofed|falsified) or (?:improperly forwarded|forwarded incorrectly)\b/i;

// Postfix's "Sender address rejected: Domain not found" (reject_unknown_sender_domain): the envelope sender's domain
// has no address or mail record that the refusing server could find.
export const SENDER_ADDRESS_DOMAIN_R11 = /\bsender address rejected: domain not found\b/i;

// Postal's own heading over a remote's reply it will retry ("Temporary SMTP delivery error when sending to mx (ip)").
export const POSTAL_TEMPORARY_R11 = /\btemporary smtp delivery error when sending to\b/i;
