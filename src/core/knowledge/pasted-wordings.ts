// Texts people paste from self-hosted apps, mail libraries and mail-server logs that the other
// rules misread or miss (round 6c). Each rule covers a family of wordings, not one text:
// - context: a mail library's own exception names anywhere in the text make it that program's
//   report (the reply it quotes answered the person's program; it is no bounce), and a sending
//   server's log line whose relay is a submission smarthost (or whose refusal is Exchange's
//   Send-As check) was refused by the sender's own provider, not by the recipient's side;
// - replies whose words outrank the engine's reading of them: a failed AUTH reply is the login
//   whatever else it says ("535 … No such account" is the login's account, not a recipient);
//   "looks like spam" is a spam verdict; "not RFC 5322 compliant" is the message's format; "your
//   sender domain must exist" is the sender's domain;
// - program messages with no code that nothing else reads: TLS spoken to a plain port (Go's "first
//   record does not look like a TLS handshake"), a certificate for another name (Node's "altnames"),
//   "the email could not be sent", and "connection refused" in other languages.
import { RECEIVE_NOT_PERMITTED } from './context.ts';
import type { Analysis, Bucket, Finding, Reason } from '../types.ts';
import type { CodeFamily } from './code-family.ts';
import { gated, type Test } from '../text/literal-gate.ts';

// Ruby's Net::SMTP and Net::*Timeout, JavaMail/Jakarta/Angus, MailKit and System.Net.Mail,
// SwiftMailer/Symfony Mailer/PHPMailer, Python's smtplib, Rust's lettre, Go's gomail, Nodemailer's
// own source path, PHPMailer's debug transcript ("SERVER -> CLIENT: ", "SMTP ERROR: Password command
// failed: "): only a program that sends mail writes these names.
const LIBRARY_NAMES = /\bNet::(?:SMTP\w{0,30}Error|OpenTimeout|ReadTimeout)\b|\b(?:javax|jakarta)\.mail\.\w{1,60}|\bcom\.sun\.mail\.\w{1,60}|\borg\.eclipse\.angus\.mail\.\w{1,60}|\bMailKit\.[\w.]{0,60}Exception\b|\bSystem\.Net\.Mail\.SmtpException\b|\bSwift_\w{0,40}Exception\b|\bSymfony\\Component\\Mailer\\|\bPHPMailer\\PHPMailer\\Exception\b|\bsmtplib\.SMTP\w{0,30}|\blettre::|\bgomail: |\bnodemailer\/lib\/|\bSMTP ERROR: \w{1,20} command failed: |\b(?:SERVER -> CLIENT|CLIENT -> SERVER): /;

// What every match of LIBRARY_NAMES needs: one of its fixed words (see literal-gate.ts).
const LIBRARY_NAMES_GATE = /Net::|\.mail\.|MailKit\.|SmtpException|Swift_|Symfony\\Component\\Mailer\\|PHPMailer\\PHPMailer\\Exception|smtplib\.SMTP|lettre::|gomail: |nodemailer\/lib\/|SMTP ERROR: | -> CLIENT: |CLIENT -> SERVER: /;
const LIBRARY_NAMES_GATED = gated(LIBRARY_NAMES_GATE, LIBRARY_NAMES);

/** A test that is true when any of the tests passes (the situation rules only test). */
const either = (a: Test, b: Test): Test => ({ test: (text: string) => a.test(text) || b.test(text) });

/** The situation words' program lead, widened by the mail libraries' own names. */
export function withLibraryNames(lead: Test): Test {
  return either(lead, LIBRARY_NAMES_GATED);
}

// A Postfix/Exim log line relaying through a submission smarthost (smtp.office365.com,
// smtp.gmail.com, smtp-relay.gmail.com, email-smtp.<region>.amazonaws.com, smtp.sendgrid.net …),
// and Exchange Online's Send-As check, which only the server the sender logs into makes.
const SMARTHOST = /\brelay=(?:smtp|smtp-relay|email-smtp|smtpout|submission)[.-][^\s,[]{1,200}\[[^\]\n]{1,60}\]:\d{2,5}\b|\bsend ?as ?denied(?:exception)?\b/i;

/** The situation words' own-relay test, widened by submission smarthosts and Send-As refusals. */
export function withSmarthosts(ownRelay: RegExp): Test {
  return either(ownRelay, SMARTHOST);
}

const LOGIN_FAILED: CodeFamily = { reason: 'securityerror', bucket: 'credentials', actor: 'sender' };
// RFC 4954's 535 and its statuses, with the words of a failed login; or a library's own account
// of its AUTH exchange ("Failed to authenticate on SMTP server", "Authenticator LOGIN returned …").
const AUTH_REPLY = /\b535[ -]/;
const AUTH_FAILED = /\bauthentication (?:failed|unsuccessful)\b|\bauth(?:entication)? credentials (?:invalid|rejected)\b|\bincorrect authentication data\b/i;
// PHPMailer names the AUTH LOGIN step whose reply it quotes ("Password command failed: 535 …"); with a
// 535 after it, that step is the login whatever the reply's words.
const LIBRARY_AUTH = /\bfailed to authenticate on smtp server\b|\bauthenticator \w{1,20} returned\b|\b(?:username|password) command failed: 535\b/i;
// A spam verdict in words: the receiver's filter judged the message.
const SPAM_JUDGED = /\b(?:looks?|looked|appears?|seems?) (?:like|to be) spam\b|\b(?:identified|classified|detected|flagged|considered|marked|recogni[sz]ed) as (?:possible |probable |likely |potential )?spam\b/i;
const SPAM: CodeFamily = { reason: 'spamdetected', bucket: 'policy-reputation', actor: 'sender' };
// The message's own format refused (RFC 5322, formerly 2822/822).
const NOT_COMPLIANT = /\bnot (?:rfc[ -]?(?:5322|2822|822)[ -]?|rfc[ -]?)compliant\b|\bnot compliant with rfc[ -]?(?:5322|2822|822)\b|\bviolates rfc[ -]?(?:5322|2822|822)\b/i;
const FORMAT: CodeFamily = { reason: 'contenterror', bucket: 'content', actor: 'sender' };
// The sender's own domain does not resolve (both families below are the sender's own address).
const SENDER_DOMAIN = /\b(?:envelope )?sender(?:'s)? (?:address )?domain must (?:exist|resolve)\b|\bsender(?:'s)? (?:address )?domain (?:does not|doesn't) (?:exist|resolve)\b/i;
const SENDER_ADDRESS: CodeFamily = { reason: 'rejected', bucket: 'sender-account', actor: 'sender' };
// The sender address is not the logged-in user's own, in French, Spanish, Italian, Portuguese and Dutch
// (the English and German wordings are read elsewhere).
const NOT_OWNED = /\bn'appartient pas (?:à|a) l'utilisateur\b|\bno pertenece al usuario\b|\bnon appartiene all'utente\b|\bn[aã]o pertence ao usu[aá]rio\b|\b(?:behoort|hoort) niet (?:bij|tot) de (?:ingelogde |geauthenticeerde )?gebruiker\b/i;

// The recipient organisation's own list of senders it takes or refuses (Exchange Online's "blocked
// using Customer Allow list" / "Customer Block list", a tenant's allow list): only its admin changes it.
const CUSTOMER_LIST = /\b(?:customer|tenant|organi[sz]ation(?:'s)?) (?:allow|block|deny|allowed|blocked) ?list\b/i;
const THEIR_LIST: CodeFamily = { reason: 'blocked', bucket: 'policy-reputation', actor: 'recipient-provider' };
// A final notice around a 4xx reply whose words name no cause (Gmail's "Message not delivered … 451
// 4.3.0 Temporary lookup failure"): the receiver kept deferring, a fault further along.
const FURTHER_ALONG: CodeFamily = { reason: 'systemerror', bucket: 'remote-transient', actor: 'recipient-provider' };

// A certificate made out for another host name (PHP's "Peer certificate CN=`a' did not match expected
// CN=`b'", .NET's "remote certificate name mismatch", "hostname mismatch"): the encryption setting's
// host name, whatever the connection failure around it says.
const CERT_MISMATCH = /\bpeer certificate cn=\S{1,200} did not match expected cn\b|\bcertificate name mismatch\b|\bremotecertificatenamemismatch\b|\bhost ?name (?:mismatch|did not match the name given in the server's (?:ssl )?certificate)\b|\bdoes not match certificate'?s altnames\b/i;
const CERT_NAME: CodeFamily = { reason: 'failedstarttls', bucket: 'port-encryption', actor: 'sender' };

// The sending host's standing named in words ("52.38.96.198 has a poor reputation on Cloudmark …", "your
// server's IP has a bad reputation"): the sending server's provider, whatever connection words a
// program wrapped it in ("Connection refused").
const HOST_REPUTATION = /\b(?:\d{1,3}\.){3}\d{1,3}\b[^\n]{0,60}\b(?:has|have|with|due to) (?:a |an )?(?:poor|bad|low|negative|insufficient) (?:sender |sending |ip )?reputation\b|\b(?:your|the sending|the sender's|sending|sender|client) (?:ip|server|host|mail server)(?: address)?(?:'s)?\b[^\n]{0,40}\b(?:poor|bad|low|negative|insufficient) reputation\b/i;
const SENDING_HOST: CodeFamily = { reason: 'blocked', bucket: 'policy-reputation', actor: 'sender-provider' };

// The server says it takes mail only after a login, in a reply the program quotes ("Server Response:
// '505 Authentication required'", Locaweb's "Para envio de mensagens e necessaria autenticacao"): the
// program's login setting, whatever its own wrapper says ("rejected the sender's email address", "The
// following recipients failed"). Not a domain's SPF/DKIM/DMARC "authentication".
const LOGIN_NEEDED = /\b(?:requires?|required|needs?) (?:smtp )?auth(?:entication)?\b|\bauth(?:entication)? (?:is )?required\b|\bmust (?:first )?authenticate\b|\bauthenticate first\b|\bautentica[cç][aã]o (?:[eé] )?(?:necess[aá]ria|obrigat[oó]ria|requerida)|\bnecess[aá]ri[ao] (?:a )?autentica[cç][aã]o|\b(?:se )?requiere (?:la )?autenticaci[oó]n|\bautenticaci[oó]n (?:requerida|obligatoria|necesaria)|\bauthentification (?:requise|obligatoire|n[ée]cessaire)|\bautenticazione (?:richiesta|obbligatoria|necessaria)\b|\bauthentifizierung (?:ist )?(?:erforderlich|notwendig)\b|\bauthenticatie (?:is )?vereist\b/i;
const DOMAIN_AUTH = /\b(?:spf|dkim|dmarc|arc)\b/i;
const AUTH_NEEDED: CodeFamily = { reason: 'securityerror', bucket: 'settings', actor: 'sender' };
const loginNeeded = (words: string): boolean => LOGIN_NEEDED.test(words) && !DOMAIN_AUTH.test(words);
// A server's code in the text: the login words are the server's reply, not the program's own.
const QUOTES_REPLY = /\b[45]\d\d[ -'"]|\b[45]\.\d{1,3}\.\d{1,3}\b/;

// The address itself said not to exist inside a program's or webmail's general message ("Could not send
// message: Message could not be delivered - the address was not found, is unknown …", Outlook's "We won't
// be able to deliver this message to …"): the recipient's address, not the program's settings.
const ADDRESS_GONE = /\bthe address (?:was )?not found\b|\bwe won'?t be able to deliver (?:this|the|your) message to\b/i;
const RECIPIENT_GONE: CodeFamily = { reason: 'userunknown', bucket: 'recipient', actor: 'sender' };
// A recipient account its server is set not to take mail for, whatever code stands beside it ("550 5.7.1 … not
// permitted to receive mail"): that server's admin's, not a block of the sender.
const RECEIVE_OFF: CodeFamily = { reason: 'suspend', bucket: 'recipient', actor: 'recipient-provider' };

/** Words that name the cause more exactly than a mail program's own general message around them. */
export function outranksProgram(words: string): boolean {
  return CERT_MISMATCH.test(words) || HOST_REPUTATION.test(words) || ADDRESS_GONE.test(words) || (loginNeeded(words) && QUOTES_REPLY.test(words));
}

// Engine readings each rule may correct: a generic fault further along, a cause not read, or (for a
// failed login) the recipient words a login's own account shares.
const GENERIC: ReadonlySet<Bucket> = new Set(['remote-transient', 'unknown']);

/**
 * A failed login said by its AUTH reply or by the library that sent it, or null. It outranks any
 * wording every server uses ("No such account", "user is locked" are the login's own account here).
 */
export function loginFailed(replyCode: number | null, words: string): CodeFamily | null {
  return LIBRARY_AUTH.test(words) || ((replyCode === 535 || AUTH_REPLY.test(words)) && AUTH_FAILED.test(words)) ? LOGIN_FAILED : null;
}

/**
 * The family that outranks a provider table entry the reply matched: a failed login over any
 * wording every server uses, a format refusal over any entry that names no format ("Delivery not
 * authorized: … not RFC compliant" is the message's format, not a restricted group). Or null.
 */
export function outranksEntry(entry: { provider: string; bucket: Bucket; actor: string } | null, replyCode: number | null, words: string): CodeFamily | null {
  if (!entry) return null;
  const login = entry.provider === 'generic' && entry.bucket !== 'credentials' ? loginFailed(replyCode, words) : null;
  if (login) return login;
  if (entry.bucket !== 'content' && NOT_COMPLIANT.test(words)) return FORMAT;
  if (entry.provider === 'generic' && entry.bucket !== 'settings' && entry.bucket !== 'credentials' && loginNeeded(words)) return AUTH_NEEDED;
  return entry.actor !== 'recipient-provider' && CUSTOMER_LIST.test(words) ? THEIR_LIST : null;
}

// A program's own check that an address it was given is not a valid address (Swift Mailer's "Address in
// mailbox given [admin@] does not comply with RFC 2822, 3.6.2.", Symfony's 'Email "x" does not comply
// with addr-spec of RFC 2822'): the address as typed in the program or its settings, not a recipient
// a server refused and not the message's format.
const ADDRESS_NOT_COMPLIANT = /\b(?:address in mailbox given|e-?mail(?: address)?) \[?"?[^\]"\n]{0,200}"?\]? does not comply with (?:addr-spec of )?rfc ?(?:2822|5322|822)\b/i;
const ADDRESS_AS_TYPED: CodeFamily = { reason: 'mailererror', bucket: 'settings', actor: 'sender' };

// A virus filter's own verdict on the message ("Email contained a Virus and was discarded", amavis's
// "INFECTED: Win.Test.EICAR", "Suspect attachment … was removed", "Virus Found: W32/…"): the message's
// content, the sender's to check (the file, the computer it came from), over a reading that names no
// cause or only a code's generic one (a 250 that says it was discarded, a bare 500).
export const VIRUS_FOUND = /\b(?:contain(?:s|ed)?|carr(?:y|ies|ied)) (?:a |an |the )?(?:known )?(?:virus|malware|worm|trojan)\b|\b(?:virus|malware)(?:es)? (?:was |were |has been )?(?:found|detected)\b|\binfected: \S|\bheuristics\.phishing\.|\b(?:suspect|suspicious|infected|dangerous|unsafe|malicious) attachments?\b/i;
const VIRUS: CodeFamily = { reason: 'virusdetected', bucket: 'content', actor: 'sender' };
// An attachment filter's refusal of a kind of file ("These attachments are not allowed -- Please compress",
// "blocked file type", "unallowed office macros"): the message's content.
export const ATTACHMENT_REFUSED = /\battachments? (?:are|is) not (?:allowed|permitted|accepted)\b|\bunallowed (?:office |vba )?macros?\b|\bblocked file type\b|\bfile type\b[^\n]{0,20}\bis blocked\b/i;
const ATTACHMENT: CodeFamily = { reason: 'contenterror', bucket: 'content', actor: 'sender' };
// A program set to log in with no user name given, or a login way the server does not offer (Ruby's
// "SMTP-AUTH requested but missing user name", msmtp's "authentication method XOAUTH2 needs a user name",
// gen_smtp's {missing_requirement, _, auth}, "504 5.3.3 AUTH mechanism LOGIN not available", "authentication
// not enabled"): the program's login settings, not a wrong password.
export const LOGIN_NOT_SET_UP = /\bmissing (?:the )?(?:smtp )?(?:user ?name|username|login name)\b|\bneeds? an? (?:user ?name|username)\b|\bno (?:user ?name|username) (?:was )?(?:given|specified|provided|configured|set)\b|\bmissing_requirement\b[^\n]{0,80}\bauth\b|\bauth(?:entication)? mechanism \S{1,30} (?:is )?not (?:available|supported|enabled|offered)\b|\bauthentication (?:is )?not enabled\b/i;
const LOGIN_SET_UP: CodeFamily = { reason: 'securityerror', bucket: 'settings', actor: 'sender' };

// Readings these filter verdicts may correct: no cause, a fault further along, a bare code's generic meaning.
const FILTER_CORRECTS: ReadonlySet<Bucket> = new Set(['unknown', 'remote-transient', 'not-an-error', 'settings']);

/** The family a pasted reply's own words name over the engine's reading of it, or null. */
export function pastedVerdict(reason: Reason, bucket: Bucket, replyCode: number | null, words: string): CodeFamily | null {
  if (bucket !== 'credentials' && loginFailed(replyCode, words)) return LOGIN_FAILED;
  if (CUSTOMER_LIST.test(words)) return THEIR_LIST;
  if (bucket !== 'policy-reputation' && HOST_REPUTATION.test(words)) return SENDING_HOST;
  if (bucket !== 'settings' && bucket !== 'credentials' && loginNeeded(words)) return AUTH_NEEDED;
  if (bucket !== 'port-encryption' && CERT_MISMATCH.test(words)) return CERT_NAME;
  if (bucket !== 'recipient' && ADDRESS_GONE.test(words)) return RECIPIENT_GONE;
  if (bucket !== 'recipient' && RECEIVE_NOT_PERMITTED.test(words)) return RECEIVE_OFF;
  if (bucket !== 'settings' && ADDRESS_NOT_COMPLIANT.test(words)) return ADDRESS_AS_TYPED;
  if (bucket !== 'settings' && LOGIN_NOT_SET_UP.test(words)) return LOGIN_SET_UP;
  if (FILTER_CORRECTS.has(bucket) && VIRUS_FOUND.test(words)) return VIRUS;
  if (FILTER_CORRECTS.has(bucket) && ATTACHMENT_REFUSED.test(words)) return ATTACHMENT;
  if (reason === 'spamdetected') return null;
  if ((GENERIC.has(bucket) || reason === 'mailererror') && SPAM_JUDGED.test(words)) return SPAM;
  if (bucket !== 'content' && NOT_COMPLIANT.test(words)) return FORMAT;
  if (bucket !== 'sender-account' && SENDER_DOMAIN.test(words)) return SENDER_ADDRESS;
  if (bucket !== 'sender-account' && NOT_OWNED.test(words)) return SENDER_ADDRESS;
  return null;
}

/** The last family before "cause not clear" for a final notice around a 4xx reply (see FURTHER_ALONG), or null. */
export function finalDeferral(bucket: Bucket, replyCode: number | null, status: string | null): CodeFamily | null {
  const deferred = (replyCode !== null && replyCode >= 400 && replyCode < 500) || (status?.startsWith('4.') ?? false);
  return bucket === 'unknown' && deferred ? FURTHER_ALONG : null;
}

interface ProgramFamily { words: RegExp; reason: Reason; bucket: Bucket; confidence: number }
const PROGRAM_FAMILIES: readonly ProgramFamily[] = [
  // TLS spoken to a port that expects plain text first, or a certificate for another host name.
  { words: /\bfirst record does not look like a tls handshake\b|\bdoes not match certificate'?s altnames\b|\bis not in the cert'?s altnames\b/i, reason: 'failedstarttls', bucket: 'port-encryption', confidence: 0.5 },
  // "Connection refused" in French, German, Spanish, Italian, Portuguese, Dutch and Polish.
  { words: /\b(?:a |ont )?refusé la connexion\b|\bconnexion refusée\b|\bverbindung (?:wurde )?(?:abgelehnt|verweigert)\b|\bconexi[oó]n rechazada\b|\bconnessione rifiutata\b|\bconex[aã]o recusada\b|\bverbinding (?:is )?geweigerd\b|\bpołączenie (?:zostało )?odrzucone\b/i, reason: 'networkerror', bucket: 'settings', confidence: 0.45 },
  // A connection that timed out, in French, Spanish, Italian, Portuguese and Dutch.
  { words: /\bdélai (?:de connexion|d'attente|de connexion au serveur)\b[^\n]{0,20}\b(?:dépassé|expiré)|\btiempo de espera (?:agotado|excedido)\b|\b(?:tempo (?:limite )?(?:di connessione )?(?:scaduto|esaurito)|timeout (?:della|di) connessione)\b|\btempo (?:limite )?(?:de conex[aã]o )?esgotado\b|\bverbinding (?:is )?(?:verlopen|time-?out)\b/i, reason: 'networkerror', bucket: 'network-block', confidence: 0.45 },
  // A server certificate that is not valid, in French, Spanish, Italian, Portuguese and Dutch.
  { words: /\bcertificat (?:du serveur |ssl |tls )?(?:non valide|invalide|expiré)\b|\bcertificado (?:del servidor |do servidor |ssl |tls )?(?:no v[aá]lido|inv[aá]lido|caducado|expirado)\b|\bcertificato (?:del server |ssl |tls )?(?:non valido|scaduto)\b|\bcertificaat (?:van de server )?(?:is )?(?:ongeldig|verlopen)\b/i, reason: 'failedstarttls', bucket: 'port-encryption', confidence: 0.45 },
  // A program's own check that an address it was given is malformed (see ADDRESS_NOT_COMPLIANT).
  { words: ADDRESS_NOT_COMPLIANT, reason: 'mailererror', bucket: 'settings', confidence: 0.45 },
  // A program's own "the email could not be sent" with no cause: its sending set-up (said as not sure).
  // Outlook's "The messaging interfaces have returned an unknown error" is the same: it sent nothing and says not why.
  { words: /\b(?:test |the |this |your |an? )?(?:e-?mail|mail|message)s? (?:could not|couldn't|cannot|can't|was not|wasn't) (?:be )?sent\b|\bthe messaging interfaces? (?:has|have) returned an unknown error\b|\bfailed to be sent\b|\b(?:e-?mail|nachricht|mail)\b[^\n]{0,30}\bkonnte nicht (?:gesendet|versendet|verschickt) werden\b/i, reason: 'mailererror', bucket: 'settings', confidence: 0.3 },
];
// A code or a bounce's own words mean the other readers have had their say.
const SERVER_REPLY = /\b[245]\d\d[ -]|\b[245]\.\d{1,3}\.\d{1,3}\b/;

/** A program's own message no other reader knew, as a finding (its evidence marks a program's words), or null. */
export function pastedProgramFinding(text: string): Finding | null {
  if (text.length > 1200 || SERVER_REPLY.test(text)) return null;
  for (const f of PROGRAM_FAMILIES) {
    const m = f.words.exec(text);
    if (!m) continue;
    return {
      recipient: null, action: 'failed', status: null, replyCode: null, diagnostic: text.trim().slice(0, 1000),
      remoteMta: null, reportingMta: null, command: null, hard: true, reason: f.reason, bucket: f.bucket, side: 'sender',
      confidence: f.confidence, evidence: [{ start: m.index, end: m.index + m[0].length, kind: 'client-error' }],
    };
  }
  return null;
}

/** The fallback's reading, or this module's when the fallback found nothing or no cause. */
export function orPastedProgram(text: string, fallback: Analysis): Analysis {
  if (fallback.findings.some((f) => f.bucket !== 'unknown' && f.bucket !== 'not-an-error')) return fallback;
  if (fallback.findings.some((f) => f.bucket === 'not-an-error')) return fallback;
  const mine = pastedProgramFinding(text);
  return mine ? { ...fallback, kind: 'client-error', findings: [mine] } : fallback;
}
