// Round 10 (knowledge20): the word lists of the families lead set 14's misses showed, read by the rules of
// actor-rules-r8.ts and word-families.ts. Each names where a text was written, which is what decides who acts:
// - a server's own delivery to a mailbox it hosts (LMTP to a local socket, its own alias tables);
// - a sending server's own log of a receiving server's certificate it could not verify, while it still
//   delivers (opportunistic TLS): nobody's failure; a mail program's certificate failure is its user's settings;
// - a program connecting to Microsoft 365 on a port that host does not serve;
// - SquirrelMail's "Message not sent. Server replied:" and older Thunderbird/SeaMonkey's "SMTP server … is
//   unknown": the person's own program quoting its outgoing server.

// A delivery the server makes to a mailbox it hosts itself: Postfix handing it over LMTP to a local socket
// ("relay=host[/var/run/dovecot/lmtp]", "host x[private/dovecot-lmtp] said: 550 5.1.1 … User doesn't exist"), or
// refusing it from its own alias and recipient tables ("status=bounced (User unknown in virtual alias table)").
// Read by that server's admin, who acts if the address should exist there.
export const OWN_LOCAL_DELIVERY_R10 = /\b(?:relay=|host )[^\s,[\]]{1,200}\[(?:\/|private\/)[^\]\n]{1,200}\](?:,| said:)|\bpostfix\/error\[\d{1,10}\]:[^\n]{0,300}\bstatus=bounced \(user unknown in (?:virtual alias|virtual mailbox|local recipient|relay recipient) table\)/i;

// A sending server's own log of the receiving server's certificate (Postfix's "certificate verification failed
// for mx[…]:25: untrusted issuer …", "Untrusted TLS connection established to mx[…]:25", Exim's "[192.0.2.1] SSL
// verify error: depth=0 error=… cert=…"): the message still goes over an encrypted, unverified connection unless
// the server was told to insist, so nobody must act; a failure at every host points to the server's own CA store.
export const SERVER_CERT_LOG_R10 = /\bcertificate verification failed for [^\s[]{1,200}\[[^\]\n]{1,60}\]:\d{1,5}:|\buntrusted TLS connection established to [^\s[]{1,200}\[|\bserver certificate not trusted\b|(?:^|\s)\[[\d.:a-f]{3,45}\] SSL verify error: depth=\d{1,2} error=/i;

// A certificate a mail program (or an SMTP test tool) would not accept, whatever success reply stands before it
// ("220 OK" to STARTTLS, then "Error in certificate: Peer's certificate issuer has been marked as not trusted").
export const PROGRAM_CERT_ERROR_R10 = /\berror in certificate\b|\bcertificate (?:verify|verification) failed\b|\bpeer'?s certificate\b[^\n]{0,80}\bnot trusted\b|\bcertificate (?:is )?not trusted\b|\bunable to (?:get local issuer|verify the first) certificate\b|\bself[- ]signed certificate\b|\bcertificate has expired\b/i;

// Microsoft 365 takes authenticated submission on smtp.office365.com port 587 (or 25), and its MX endpoints
// (<tenant>.mail.protection.outlook.com) only on port 25: a program that cannot connect to either on another
// port has the port wrong, whatever timeout its library reports.
export const MS365_WRONG_PORT_R10 = /\bsmtp\.office365\.com\b[\s:,;'"]{1,4}(?:port:? {0,2})?465\b|\bport:? {0,2}465\b[^\n]{0,20}\bsmtp\.office365\.com\b|\.mail\.protection\.outlook\.com\b[^\n]{0,20}?\bport:? {0,2}(?:465|587)\b|\.mail\.protection\.outlook\.com:(?:465|587)\b/i;

// The person's own program quoting its outgoing server: SquirrelMail's "Message not sent. Server replied:".
export const PROGRAM_QUOTES_SERVER_R10 = /\bmessage not sent\.\s{0,4}server replied:/i;

// Older Thunderbird and SeaMonkey: "An error occurred sending mail: SMTP server <host> is unknown." (newer ones say
// "Outgoing server (SMTP) <host>", which the client-error table reads): the server name did not resolve.
export const SMTP_SERVER_UNKNOWN_R10 = /\ban error occurred (?:while )?sending mail: smtp server \S{1,200} is unknown\b/i;

/** The situation words' program lead, widened by round 10's program that quotes its server (SquirrelMail). */
export function withR10Programs(lead: Pick<RegExp, 'test'>): Pick<RegExp, 'test'> {
  return { test: (text: string) => lead.test(text) || PROGRAM_QUOTES_SERVER_R10.test(text) };
}

// A relay refusal that the sending side's own relay made, seen in a bounce or a sending server's log: the refusing
// host is at a private address (only the sender's own network reaches it), or the recipient is at one of the big
// mailbox providers, whose servers take mail for their own users and never answer "Relay access denied" for them,
// while the host that refused is not theirs (a hosting company's outgoing gateway, a smarthost).
const RELAY_REFUSED = /\brelay(?:ing)? (?:access )?(?:denied|not permitted|refused|prohibited)\b|\bunable to relay\b|\bnot (?:allowed|permitted|authori[sz]ed) to relay\b/i;
const PRIVATE_HOST_SAID = /\bhost [^\s[]{1,200}\[(?:10|127|192\.168|172\.(?:1[6-9]|2\d|3[01]))\.[\d.]{3,11}\](?::\d{1,5})? said:/;
const BIG_PROVIDER_RECIPIENT = /@(gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me)\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})>/i;
const HOST_SAID = /\bhost ([^\s[]{1,200})\s?\[[^\]\n]{1,60}\](?::\d{1,5})? said:/i;
const PROVIDER_HOSTS: Readonly<Record<string, RegExp>> = {
  gmail: /google(?:mail)?\.com$/i, googlemail: /google(?:mail)?\.com$/i, yahoo: /yahoo(?:dns)?\.(?:com|net)$/i, ymail: /yahoo(?:dns)?\.(?:com|net)$/i,
  hotmail: /outlook\.com$|hotmail\.com$/i, outlook: /outlook\.com$|hotmail\.com$/i, live: /outlook\.com$|hotmail\.com$/i, msn: /outlook\.com$|hotmail\.com$/i,
  aol: /aol\.com$|yahoo(?:dns)?\.(?:com|net)$/i, icloud: /icloud\.com$|apple\.com$/i, me: /icloud\.com$|apple\.com$/i,
};
export const RELAY_REFUSED_BY_OWN_SIDE_R10 = {
  test(text: string): boolean {
    if (!RELAY_REFUSED.test(text)) return false;
    if (PRIVATE_HOST_SAID.test(text)) return true;
    const provider = BIG_PROVIDER_RECIPIENT.exec(text)?.[1]?.toLowerCase();
    const host = HOST_SAID.exec(text)?.[1];
    const theirs = provider === undefined ? undefined : PROVIDER_HOSTS[provider];
    return theirs !== undefined && host !== undefined && !theirs.test(host.replace(/\.$/, ''));
  },
};
