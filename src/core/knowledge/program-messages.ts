// The messages any program or mail library passes on when it could not talk to its outgoing
// server (Node, Python, Java, .NET, PHP, Go, shell tools), whatever exception name or log prefix
// stands before them: a secure connection that failed, an authentication the server does not
// offer or credentials not given, a server name that did not resolve, a connection refused,
// timed out or closed. Read by topic and trouble words together, not by one program's sentence,
// and only when the text carries no SMTP reply (the reply then says more, smtp-reply-reader.ts).
import type { Bucket, Reason } from '../types.ts';
import { findSmtpReply } from './smtp-reply-reader.ts';

export interface ProgramFamily { id: string; match: RegExp; reason: Reason; bucket: Bucket }

// English and German ("unterstützt keine verschlüsselte Verbindung").
const NOT_SUPPORTED = String.raw`(?:nicht (?:angibt|anbietet|angeboten wird)|kann nicht[^\n]{0,40}aufgebaut werden|not supported|unsupported|(?:does not|doesn't|do not|don't|did not|didn't) (?:support|offer|advertise)|not (?:offered|advertised|available)|unterstützt (?:keine?n?|nicht)|nicht unterstützt)`;
const AUTH = String.raw`(?:smtp[- ]auth(?:entication)?|auth(?:entication)?|login|authentifizierung|anmeldung)`;
const SECURE = String.raw`(?:starttls|ssl|tls|secure connections?|encrypt(?:ion|ed connections?)|(?:verschlüsselte|sichere) verbindung|verschlüsselung)`;

// Order matters: the first family that matches wins (a TLS failure may also say "connection").
export const PROGRAM_FAMILIES: readonly ProgramFamily[] = [
  // The server offers no way to log in (wrong port, or a plain port without encryption first).
  { id: 'auth_unsupported', match: new RegExp(String.raw`\b${AUTH}\b(?: extension| mechanisms?)?[^\n]{0,40}\b${NOT_SUPPORTED}|\b${NOT_SUPPORTED}\b[^\n]{0,20}\b${AUTH}\b|\bno (?:authentication|auth|sasl) mechanisms?\b(?! (?:succeeded|worked|was accepted))|\bno authenticators?\b|\brequires sasl\b|\b(?:none of|no(?:ne)?) (?:the )?(?:supported |offered )?authentication (?:methods?|mechanisms?) (?:is |are |was |were )?(?:accepted|supported|available)\b|\b(?:cannot|can't|could not|couldn't|unable to) use (?:a |an |any )?(?:secure |suitable )?authentication (?:method|mechanism)\b|\bno (?:suitable|usable|secure|supported) authentication (?:methods?|mechanisms?)\b|\bsasl\b[^\n]{0,30}\b(?:not available|unavailable|not supported)\b|\b(?:command unknown|unknown command|unrecogni[sz]ed command|command not (?:recogni[sz]ed|implemented))\b[^\n]{0,10}\bauth\b`, 'i'), reason: 'securityerror', bucket: 'settings' },
  // Encryption did not come up: the port's encryption does not match, or the certificate is not trusted.
  { id: 'secure_failed', match: new RegExp(String.raw`\b${SECURE}\b[^\n]{0,40}\b${NOT_SUPPORTED}|\b${NOT_SUPPORTED}\b[^\n]{0,20}\b${SECURE}\b|\bwrong version number\b|\bunrecognized ssl message\b|\bconvert socket to tls\b|\b(?:ssl|tls)[a-z]*(?:error|exception)\b|\bx509\b|\b(?:unable to|could not|couldn't|cannot|can't|failed to) (?:verify|validate|check) (?:the )?(?:server'?s? |remote )?certificate\b|\bcertificate (?:could not|cannot|can't) be (?:verified|validated)\b|\bcertificate (?:signed by unknown|has expired|is not valid|verify)|\bhandshake(?:exception| failed| failure)|\bbefore (?:a )?secure tls connection\b|\bplaintext connection\b|\brequires? (?:an? )?(?:ssl|tls|starttls|secure connection|encrypt\w*)\b|\b(?:ssl|tls|starttls|encryption) (?:is )?required\b`, 'i'), reason: 'failedstarttls', bucket: 'port-encryption' },
  // The program has no user name or password to give.
  { id: 'credentials_missing', match: /\bmissing (?:credentials|user ?name|password)\b|\b(?:you (?:have|need) to|you must|must|please) (?:specify|provide|enter|set|give) (?:a |the |your )?(?:user ?name|password|credentials|login)\b|\bno (?:credentials|password|username) (?:given|provided|specified|set)\b|\b(?:credentials|password) (?:are |is )?(?:missing|not set|required)\b|\bauthentication ?failed(?:exception)?\b|\bno (?:authentication|auth|login|sasl)(?: \w+)? (?:succeeded|worked|was accepted)\b|\bauthenticationerror\b/i, reason: 'securityerror', bucket: 'credentials' },
  // An OAuth2 login whose token could not be had ("Can't create new access token for user", "invalid_grant"): the login.
  { id: 'token_failed', match: /\b(?:can't|cannot|could not|couldn't|failed to|unable to) (?:create|get|obtain|refresh|fetch|generate) (?:a |an |the )?(?:new )?(?:oauth2? )?access ?token\b|\binvalid[_ ]grant\b/i, reason: 'securityerror', bucket: 'credentials' },
  // The server lacks something the program needs ("does not support an SMTP feature required …").
  { id: 'feature_unsupported', match: /\bserver (?:does not|doesn't|did not|didn't) (?:support|offer) (?:an? |the )?(?:required )?(?:smtp |esmtp )?(?:feature|extension|capability|command)s?\b/i, reason: 'mailererror', bucket: 'settings' },
  // The program was given no sender address.
  { id: 'no_sender', match: /\bno (?:sender|from)(?: address)? (?:specified|given|defined|set|provided|found)\b|\bkein(?:en)? absender (?:angegeben|definiert)\b/i, reason: 'mailererror', bucket: 'settings' },
  // The program was given no address to send to ("No recipients defined", "recipient not set").
  { id: 'no_recipients', match: /\bno (?:valid )?(?:recipients?|to addresse?s?|receivers?) (?:defined|given|specified|set|provided|found)\b|\bno recipient addresses\b|\brecipients? (?:is |are )?(?:missing|empty|not (?:defined|set|specified|given))\b|\bkeine? empfänger (?:angegeben|definiert)\b/i, reason: 'mailererror', bucket: 'settings' },
  // The outgoing server's name did not resolve.
  { id: 'name_unresolved', match: /\bno such host\b|\bunknown (?:smtp |mail |outgoing )?(?:host|server)(?: ?name)?:|\benotfound\b|\beai_again\b|\bgaierror\b|\b(?:unable to|could not|couldn't|can't|cannot|failed to) resolve\b|\bname resolution\b|\bunknownhost(?:exception)?\b|\btemporary failure in name resolution\b|\blookup \S{1,200} on \S{1,200}:53\b|\bserver misbehaving\b|\b(?:host|server|namens)[- ]?(?:suche|auflösung)\b[^\n]{0,20}(?:fehlgeschlagen|gescheitert)|\blookup [^\s:]{1,200}(?:: | on )[^\n]{0,40}\bno such host\b/i, reason: 'networkerror', bucket: 'settings' },
  // Windows' own words for a connection that got no answer in time (WSAETIMEDOUT, 10060: "the connected
  // party did not properly respond after a period of time"): before "connection attempt failed" reads as refused.
  { id: 'no_answer', match: /\bdid not properly respond after a period of time\b|\bconnected host has failed to respond\b|\bwsaetimedout\b/i, reason: 'networkerror', bucket: 'network-block' },
  // Windows refused the program the socket itself (WSAEACCES, 10013: "forbidden by its access
  // permissions"): a local firewall or antivirus blocks the port, not the server's set-up.
  { id: 'socket_forbidden', match: /\bforbidden by its access permissions\b|\bwsaeacces\b/i, reason: 'networkerror', bucket: 'network-block' },
  // Nothing listens there, or something refused the connection.
  { id: 'refused', match: /\beconnrefused\b|\bactively refused\b|\bconnection ?refused(?:error)?\b|\bconnection\b[^\n]{0,80}\brefused\b|\bconnect(?:ion)? (?:failed|refused)\b|\b(?:failed|unable|could not|couldn't|cannot|can't) (?:to )?(?:connect|establish a connection)\b|\bconnection could not be established\b|\bverbindung\b[^\n]{0,40}\b(?:abgelehnt|verweigert)|\bkeine verbindung (?:zum|zur|zu|mit)\b|\b(?:unable to|could not|couldn't|failed to) (?:initiali[sz]e|open|start) (?:the )?smtp\b|\bto the (?:following |smtp |mail |outgoing )?server failed\b|\b(?:cannot|can't|could not|couldn't|unable to|failed to) open\b[^\n]{0,20}?[a-z0-9.-]{1,200}:\d{2,5}\b/i, reason: 'networkerror', bucket: 'settings' },
  // The connection was made but nothing came back in time.
  { id: 'timed_out', match: /\bi\/o timeout\b|\btim(?:ed|e) ?out\b|\b[a-z]{0,40}timeout(?:error|exception)?\b|\betimedout\b|\bexecution expired\b/i, reason: 'networkerror', bucket: 'network-block' },
  // Something other than the expected mail server answered (a wrong port, a proxy, a TLS port
  // spoken to in plain text): "Unexpected greeting", "Expected response code 220 but got code 502".
  { id: 'bad_greeting', match: /\bunexpected greeting\b|\b(?:invalid|bad|wrong) (?:smtp )?greeting\b|\bexpected (?:response )?code "?220"?(?: but got|,? got)(?! code "")/i, reason: 'failedstarttls', bucket: 'port-encryption' },
  // Python's smtplib asked to send with no connection open ("SMTPServerDisconnected: please run connect() first",
  // zmail's "Server not connected"): an earlier connect or STARTTLS failed, or the program reused a closed session.
  { id: 'not_connected', match: /\bplease run connect\(\) first\b|\bserver not connected\b/i, reason: 'networkerror', bucket: 'settings' },
  // The server hung up: usually a port whose encryption does not match what the program expects.
  { id: 'closed', match: /\b(?:(?:server|host|peer) (?:has |have )?(?:unexpectedly |suddenly )?(?:disconnected|hung up|dropped the connection)|unexpectedly disconnected|server ?disconnected|disconnected from (?:the )?server|connection (?:was |has been )?(?:unexpectedly )?(?:closed|terminated)|(?:closed|terminated) (?:the connection )?unexpectedly|closed (?:the )?connection|unexpected(?:ly)? (?:socket close|eof|end of (?:file|stream))|socket (?:closed|hang up|disconnected)|econnreset|\beof\b)|\bgot code ""|\b(?:empty|no) (?:response|reply|greeting)(?: from (?:the )?server)?\b|\b(?:response|reply) (?:is|was) empty\b|\b(?:unable to|could not|couldn't|failed to) read (?:the |a )?(?:server'?s? )?(?:response|reply)\b/i, reason: 'failedstarttls', bucket: 'port-encryption' },
];

// A program's message is short; a long text with these words is something else.
const MAX_TEXT = 1200;
// A mail server's own queue words ("retry timeout exceeded"): its retries, not a program's connection.
const QUEUE_WORDS = /\bretry time(?:out)? (?:exceeded|not reached)\b/i;

/** The family of a program's own failure message, or null (with an SMTP reply in it, or none matches). */
export function findProgramMessage(text: string): { family: ProgramFamily; start: number; end: number } | null {
  if (text.length > MAX_TEXT || QUEUE_WORDS.test(text) || findSmtpReply(text)) return null;
  // A program's error constant joins its words with underscores ("CONNECTION_REFUSED"); same length, so positions hold.
  const words = text.replace(/_/g, ' ');
  for (const family of PROGRAM_FAMILIES) {
    const m = family.match.exec(words);
    if (m) return { family, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

// A program that quotes what the server said after its own generic words (.NET's "Mailbox
// unavailable. The server response was: …", Symfony's "… with message \"…\"", Java's "nested
// exception is: …"): the quoted part names the cause, the program's words only its step.
const WRAPPER = /\bthe server response was:\s*|\b(?:mail|rcpt|recipient|data) command failed:\s*(?=[245]\d\d\b)|\bsmtp (?:session|transaction) failed:\s*(?=[245]\d\d\b)|\bwith message\s*"|\bnested exception is:\s*/i;

/** The words a program quotes after its own, with where they start, or null. */
export function quotedByProgram(text: string): { words: string; offset: number } | null {
  const m = WRAPPER.exec(text);
  if (!m) return null;
  const offset = m.index + m[0].length;
  // Trailing quotes and blanks cut by hand: /["\s]+$/ rescans a long run of them from every start.
  let end = text.length;
  while (end > offset && /["\s]/.test(text[end - 1] ?? '')) end--;
  const words = text.slice(offset, end);
  return /[a-z]{3}/i.test(words) ? { words, offset } : null;
}
