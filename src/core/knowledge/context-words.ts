// The words that tell where a reply was seen (see context.ts). Kept apart so the content script,
// which only sees bounces in a mailbox page, leaves them out; the full tables pass them in.
// Words a bounce puts around the remote server's reply (Postfix, Exim, Sendmail, Exchange, Gmail); Postfix
// wraps its "could not\nbe delivered".
export const BOUNCE_WORDS = /\bin reply to (?:rcpt to|mail from|end of data|data|the rcpt|the mail|the data)|smtp error from remote (?:mail server|server)|remote server returned|\bhost \S{1,200} said:|the error that the other server returned was|\bfollowing address\(es\) failed|could not\s{1,4}be delivered to one or more|\bsorry to have to inform you that your message\b|delivery has failed to these recipients|the recipient's email provider rejected it|only the recipient's email admin can fix it|\bdiagnostic-code:/i;
// A delay notice's own title or subject line opening the text ("Delivery delayed: <subject>", "Message Delivery
// has been delayed", "Delayed Mail (still being retried)") says as much (round 8).
export const DELAY_WORDS = /this is a warning (?:message )?only|\b(?:you do not|you don't|no) need to resend (?:your |the |this )?message\b|\bwill continue (?:to attempt|attempting|to try|trying|to retry|retrying)\b|\bwarning: message \S{1,40} delayed\b|\bdelayed delivery (?:notice|notification|warning)\b|\bdelivery status notification \(delay\)|\bdelivery to the following recipients? has been delayed\b|\bdelivery is delayed to these recipients\b|\bremise (?:diff[ée]r[ée]e|retard[ée]e)\b|\bentrega (?:retrasada|demorada)\b|\bse seguir[aá] intentando\b|\bconsegna (?:ritardata|in ritardo)\b|has not yet been delivered|hasn't been delivered yet|delivery is delayed|^\s*(?:subject: ?)?(?:(?:message |mail |e-?mail )?delivery (?:has been |was |is being )?delayed\b|(?:an |your |the |this )?(?:e-?mail|message|mail) (?:has been|was|is being) delayed\b|delayed (?:mail|message|e-?mail)\b)|will (?:keep trying|retry for|be retried|continue to be attempted)|delivery attempts will continue|delivery will continue to be attempted|could not (?:send|deliver) (?:the |this |your )?message for (?:the )?(?:past |last )?\d{1,3} (?:hours?|days?)\b|\bstatus=deferred\b|\bdelivery temporarily suspended\b|noch nicht zugestellt|versucht es (?:weiterhin|noch \d{1,3} (?:stunden|tage))|es wird weiterhin versucht|\bzustellung verz(?:ö|oe)gert|\bnachricht verz(?:ö|oe)gert|fera de nouvelles tentatives|\bmessage (?:retard[ée]|non distribu[ée])\b[^\n]{0,200}\bprobl[eè]me temporaire|volver[aá] a intentarlo|\bmensaje retrasado\b|\bmessaggio (?:ritardato|in ritardo)\b|\briprover[aà] (?:per|ancora)\b|\bbericht vertraagd\b|\bprobeert het nog \d{1,3} uur\b|\bmensagem atrasada\b|\btentar[aá] novamente (?:por|durante)\b|\bwiadomo[sś][cć] op[oó][zź]niona\b|\bponowi pr[oó]b[eę]/i;

// Only a mail server writes these: a text with them is not a mail program's own message (a
// receiving filter's "Mail from 192.0.2.1 deferred using …" included).
export const SERVER_SIDE = /\bconnect to [^\s[]{1,200}\[|\bconversation with [^\s[]{1,200}\[|\bhost [^\s[]{1,200}\[[^\]\n]{1,60}\] said|\bin reply to [a-z]{1,10} (?:to |from )?command|smtp error from remote|remote server returned|^deferred: |(?<![\s\S])\s*[2-5]\d\d[ ,-]|\bconnection refused by [a-z0-9-]{1,63}\.[a-z0-9.-]{2,200}|\bstatus: ?[245]\.\d{1,3}\.\d{1,3}\b|\b(?:result|action): ?(?:delayed|failed|deferred)\b|\b(?:mail|messages?|connection) from \S{1,200} (?:temporarily |permanently )?(?:deferred|rejected|refused|blocked|denied)\b/im;

// A mail server's own log of its outgoing connection to port 25 that never got an answer
// ("postfix/smtp[…]: connect to mx[…]:25: Connection timed out", "status=deferred (connect to …",
// Exim's "T=remote_smtp defer (110): Connection timed out"): the sending server's own network
// (many networks block outgoing port 25), retried by itself.
// Also its own name lookups that did not complete (Exim's "R=dnslookup defer (-1): host lookup did not
// complete", Postfix's "delivery temporarily suspended: Host or domain name not found", dma's "remote
// delivery deferred: DNS lookup failure"): the sending server's own resolver or network, retried by itself.
// Also Sendmail's queue line for the same ("stat=Deferred: Connection timed out with mx.example.net.", round 10).
export const OWN_OUTBOUND = /(?:\bpostfix\/[a-z]{1,12}\[\d{1,10}\]:|\bstatus=deferred \(|\brelay=none\b|\bT=remote_smtp defer)[^\n]{0,300}?(?:\bconnect to [^\s[]{1,200}\[[^\]\n]{1,60}\]:25: |\(\d{2,3}\): )(?:connection timed out|operation timed out|network is unreachable|no route to host)\b|\bR=dnslookup defer \(-?\d{1,3}\): host lookup did not complete\b|\bdelivery temporarily suspended: host or domain name not found\b|\bremote delivery deferred: dns lookup failure\b|(?:\bstat=|\.\.\. )deferred: (?:connection timed out|network is unreachable|no route to host) with [^\s]{1,200}/i;

// A receiving server's own log of refusing a client ("postfix/smtpd[…]: NOQUEUE: reject: RCPT from
// host[ip]: 554 …"): the refusal is that server's own rule about its client, not a remote
// recipient's; whoever sends through it, or runs it, must act.
// A mail server's own log of handing a message to its relay (smarthost) on a submission port, or of
// logging in to it ("relay=smtp.example.net[192.0.2.1]:587", "SASL authentication failed; server …"):
// that relay is the sender's own outgoing server, so its login or relay refusal is the sender's side's
// set-up, not the recipient's.
// Also a server that asks for a login before it hears any recipient ("530 Authentication required (in reply
// to MAIL FROM command)"): a receiving MX takes mail for its own domains without one, so the server asking
// is a relay the sending server hands its mail to, and that login is the sender's side's.
export const OWN_RELAY = /\brelay=[^\s,]{1,200}\[[^\]\n]{1,60}\]:(?:587|465|2525)\b|\bSASL authentication failed; server\b|\b(?:smtp )?auth(?:entication)? (?:is )?required\b[^\n]{0,120}\(in reply to MAIL FROM command\)/i;

export const OWN_REJECT = /\bNOQUEUE: reject: [A-Z]{3,12} from [^\s[]{1,200}\[[^\]\n]{1,60}\]: [45]\d\d\b/;

// Advice to fix something first and then "try again" (Gmail's "Check for typos … and try again") says nothing of time.
// Without a code, these words say the failure is temporary (also in French, Spanish, Italian,
// Portuguese, Dutch and Polish: "réessayez plus tard", "probeer het later"), e.g. "Host not found, try again", "Mail from
// 192.0.2.1 deferred using … reputation database").
export const TEMPORARY_WORDS = /\btry (?:again )?later\b|(?<!\b(?:and|then) )\btry again\b|(?:^|\n)[ \t]*deferred\b|\b(?:mail|messages?|e-?mails?|connection|delivery)\b[^\n]{0,60}\bdeferred\b|\bretry time not (?:yet )?reached\b|\b(?:will be )?reattempted later\b|\bstatus=deferred\b|\bdefer \(-?\d{1,3}\):|^deferred: |\btemporar(?:y|ily)\b|\btimed out\b|\bvorübergehend\b|\btemporär|\bservice (?:is )?(?:not available|unavailable)\b|\bzurzeit\b|\bspäter (?:erneut|noch einmal)\b|\b(?:r[ée])?essa?yez plus tard\b|\br[ée]essayer plus tard\b|\btemporairement\b|\bint[eé]ntelo (?:de nuevo |otra vez )?m[aá]s tarde\b|\btemporalmente\b|\bripro(?:va|vare) pi[uù] tardi\b|\btemporaneamente\b|\btente (?:novamente )?mais tarde\b|\bprobeer het later\b|\btijdelijk\b|\bspr[oó]buj (?:ponownie )?p[oó][zź]niej\b|\btymczasowo\b/i;

// Words that say the sending server gave up, whatever the reply code ("I'm not going to try again"),
// or that a mail library classed the reply as permanent ("permanent: …", "Permanent(Response { … })").
// Also the sender's own count of tries ran out ("multiple delivery attempts failed").
// The sending server's queue lifetime ran out (Exchange's "Could not deliver the message in the
// time limit specified", "The maximum time for delivering the message expired", Exim's "retry
// timeout exceeded", a host's "… will be deleted from message queue"): it gave up, whatever 4.x.x code stands beside it.
export const EXPIRED_WORDS = /\b(?:multiple|all|repeated) delivery attempts (?:have )?failed\b|\b(?:time limit|maximum time|delivery time)\b[^\n]{0,40}\b(?:specified|expired|exceeded)\b|\bretry time ?out exceeded\b|\b(?:message|delivery) (?:has )?expired (?:in|from|while in|before)\b|\b(?:message|delivery) lifetime (?:exceeded|expired)\b|\b(?:will be|has been|was) (?:deleted|removed) from (?:the )?(?:message |mail )?queue\b/i;

export const FINAL_WORDS = /^\*\* |^\s*permanent(?: error)?:|\bpermanent\(|\bPermanentNegativeCompletion\b|\bretry time ?out exceeded\b|\bhave been failing for a long time\b|\bafter a long failure period\b|\b(?:time limit|maximum time)\b[^\n]{0,40}\b(?:specified|expired|exceeded)\b|\bnot going to try again\b|\bin the queue too long\b|\bgiving up\b|\bwill not be retried\b|\bdelivery attempts? (?:have |has )?(?:ended|stopped)\b|\b(?:will be|has been|was) (?:deleted|removed) from (?:the )?(?:message |mail )?queue\b/i;

// Words that do say a block or a listing: only then may a temporary refusal be called one.
export const BLOCK_WORDS = /\bblock|black ?list|\bbanned\b/i;

// A non-delivery notice's own words (English and German) without its cause: the message did not
// arrive, and the text does not say why.
export const UNDELIVERED_WORDS = /\bundeliverable\b|\bcould not be delivered\b|\bwas not delivered\b|\b(?:wasn't|couldn't be) delivered\b|\bdelivery (?:has )?failed\b|\bmail delivery failed\b|\breturned mail\b|\bnicht zugestellt\b|\bunzustellbar\b|\bzustellung fehlgeschlagen\b/i;

// A mail program's or library's own lead before what the server said ("SMTP session failed: 554 …",
// "smtplib.SMTPDataError: (554, …)", "Swift_TransportException: …"), or its own way of quoting a
// reply anywhere in its message (Swift/Symfony Mailer's "Expected response code 250 but got code
// "550"", Nodemailer's error object with its `responseCode`, Python's SMTPSenderRefused and kin):
// the program's reply, not a bounce. So is Nodemailer's "Can't send mail - all recipients were rejected", and Outlook's own report of a recipient its server refused while it
// sent ("Server error: '451 …'", "Error del servidor: '451 …'"), in any of its languages.
export const PROGRAM_LEAD = /^\s*(?:smtp (?:session|transaction) failed:|[a-z_][\w.$]{0,80}(?:exception|error):\s*\(?[245]\d\d\b)|\bexpected response code "?\d{3}"? but got (?:code )?"?\d{3}|\bresponsecode:\s*\d{3}\b|\bsmtp(?:sender|recipients)refused\b|\bsmtp(?:data|connect|helo|authentication|response)error\b|\b(?:sendfailed|smtpaddressfailed|smtpsendfailed)exception\b|(?:^|\n)\W{0,3}invalid addresses\W{0,3}(?:\(\d{1,3}x caused by later\)|;|:)|\bnegativeresponseexception\b|\bnegative smtp reply:\s*[245]\d\d\b|\bfailed to add (?:the )?recipient\b|(?:^|\n)[ \t]{0,8}smtp\[(?:ehlo|helo|mail|rcpt|data|auth|error)\]:|\bcan[’']?t send mail - all recipients were rejected\b|\b(?:server error|error del servidor|erreur du serveur|serverfehler|errore del server|erro do servidor)\s?:\s?'[245]\d\d\b/i;

// What every match of PROGRAM_LEAD needs (its anchored opening, or one of its fixed words): a text
// without any is no program's lead, found far faster than by the long pattern (see literal-gate.ts).
export const PROGRAM_LEAD_GATE = /^\s*(?:smtp (?:session|transaction) failed:|[a-z_][\w.$]{0,80}(?:exception|error):)|but got|responsecode:|refused|dataerror|connecterror|heloerror|authenticationerror|responseerror|failedexception|invalid addresses|negativeresponseexception|negative smtp reply:|failed to add |smtp\[|all recipients were rejected|server error|error del servidor|erreur du serveur|serverfehler|errore del server|erro do servidor/i;
// A notice that says of itself that the failure is temporary (Exim's "This is a temporary error. The
// following address(es) deferred:"): retried by the sending server, whatever cause it names.
export const TEMPORARY_NOTICE = /\bthis is a temporary error\b|\bfollowing address\(es\) deferred\b/i;

// Postfix's report of an address its own server rewrote before delivery failed ("<a@b> (expanded from
// <alias@c>): …"): the rewriting server forwarded it, so the forward is that server's admin's to fix, the
// recipient's side for a forwarding address, the sender's own server for a bare local name ("<root>").
export const EXPANDED_FROM = /\(expanded from\s{1,8}<([^>\n]{1,300})>\)/i;
