// Errors from the person's own side that round 7's study set showed misread (round 7, knowledge12).
// Each rule reads a family of wordings, never one text:
// - short program messages with no code, in the catalogues' languages (Polish, French, Italian,
//   Spanish …): a login refused, encryption required, a sending limit, a name lookup that failed
//   (Windows' WSA errnos, getaddrinfo), libcurl's own strings (Zabbix), "not configured";
// - webmail's and libraries' own shapes around a reply: Roundcube's "SMTP Error (<code>): …", whose
//   code is the server's last reply (250 is its EHLO answer: no login was offered at all), Symfony's
//   "Expected response code 250/251/252", a program naming its MAIL step before a syntax refusal;
// - who acts when one's own server refuses its client ("Client host rejected: Access denied") or
//   cannot match a login to its own address ("<a@b>: … not owned by user a@b");
// - texts that say too little (a program's bare "could not send", with only advice around it): the
//   honest unknown, not a guessed cause.
import type { Bucket, Reason } from '../types.ts';
import type { Actor } from './types.ts';
import type { WordFamily } from './word-families.ts';
import type { Situation, Verdict } from './context.ts';
import { gated } from '../text/literal-gate.ts';
import type { Topic } from './topic-refs.ts';

// --- short code-less program messages (read with the other word families) -------------------------

// A login refused, in Polish and French program wordings, and the exception names and libcurl's
// string that say it with no code ("SMTPAuthenticationError", curl's CURLE_LOGIN_DENIED "Login denied").
const LOGIN_REFUSED = /\b(?:niew[lł]a[sś]ciwe|nieprawid[lł]owe|b[lł][eę]dne) dane (?:logowania|uwierzytelniaj)|\bnieprawid[lł]owy (?:login|u[zż]ytkownik|identyfikator) lub has[lł]o|\b(?:nom d['’]utilisateur|identifiants?)(?: et (?:le |son |votre )?mot de passe)? (?:sont |est |ont [ée]t[ée] |a [ée]t[ée] )?(?:refus[ée]s?|rejet[ée]s?)|\bmot de passe (?:est |a [ée]t[ée] )?(?:refus[ée]|rejet[ée])|\bodrzuci[lł] has[lł]o\b|\bhas[lł]o (?:zosta[lł]o )?odrzucone\b|\ba refus[ée] (?:le|votre) mot de passe\b|\bpassword (?:[eè] stata )?rifiutata\b|\brechaz[oó] la contrase[nñ]a\b|\bcontrase[nñ]a rechazada\b|\bsmtpauth(?:entication)?error\b|\blogin denied\b/i;

// The server takes the program only over an encrypted connection, in Polish, French, Italian, Spanish,
// Dutch and Portuguese ("Połączenie wymaga szyfrowania", "Le serveur exige une connexion sécurisée").
const ENCRYPTION_REQUIRED = /\bpo[lł][aą]czenie wymaga szyfrowania|\bszyfrowanie jest wymagane\b|\bwymagane (?:jest )?(?:szyfrowanie|po[lł][aą]czenie szyfrowane)|\bconnexion (?:n[ée]cessite|requiert|exige) (?:un |le )?chiffrement|\bchiffrement (?:est )?(?:requis|obligatoire)|\bconnessione richiede (?:la |una )?(?:crittografia|cifratura)|\b(?:crittografia|cifratura) (?:[eè] )?(?:richiesta|obbligatoria)|\bconexi[oó]n requiere (?:cifrado|encriptaci[oó]n)|\b(?:cifrado|encriptaci[oó]n) (?:es )?(?:requerid[oa]|obligatori[oa])|\bverbinding vereist (?:versleuteling|encryptie)|\bconex[aã]o requer (?:criptografia|encripta[cç][aã]o)|\b(?:exige|requiert|n[ée]cessite) une connexion (?:s[ée]curis[ée]e|chiffr[ée]e)|\bconnexion s[ée]curis[ée]e (?:requise|obligatoire)|\brichiede una connessione (?:sicura|protetta|cifrata)|\brequiere una conexi[oó]n (?:segura|cifrada)|\bwymaga (?:bezpiecznego|szyfrowanego) po[lł][aą]czenia|\bvereist een (?:beveiligde|versleutelde) verbinding|\brequer uma conex[aã]o (?:segura|criptografada)/i;

// The sender's own sending allowance used up, in Polish, French, Italian, Spanish, Portuguese and Dutch
// ("Przekroczono limit wysyłania", "limite d'envoi atteinte").
const SENDING_LIMIT_WORDS = /\bprzekroczono (?:dzienny |godzinowy |godzinny )?limit (?:wysy[lł]ania|wysy[lł]anych|wiadomo[sś]ci)|\blimit (?:wysy[lł]ania|wysy[lł]anych wiadomo[sś]ci)[^\n]{0,30}przekroczon|\blimite d['’]envoi[^\n]{0,20}(?:atteinte?|d[ée]pass[ée]e?)|\bquota d['’]envoi[^\n]{0,20}(?:atteint|d[ée]pass[ée])|\blimite di invio[^\n]{0,20}(?:raggiunto|superato)|\bl[ií]mite de env[ií]o[^\n]{0,20}(?:alcanzado|superado|excedido)|\blimite de envio[^\n]{0,20}(?:atingido|excedido|ultrapassado)|\bverzendlimiet[^\n]{0,20}(?:bereikt|overschreden)/i;

// The outgoing server's name did not resolve: getaddrinfo's failure, Windows' WSAHOST_NOT_FOUND family
// ("[Errno 11001]" … 11004), the resolver's own words, and libcurl's "Couldn't resolve host name".
const NAME_LOOKUP = /\bgetaddrinfo(?:\(\))? fail|\[err(?:no|or) 1100[1-4]\]|\bname or service not known\b|\bnodename nor servname provided\b|\bname does not resolve\b|\bcouldn't resolve host(?: name)?\b/i;

// libcurl's own strings for a set-up the program gave it (Zabbix's e-mail media type passes them on):
// a malformed server URL; its TLS failures, and a connection the server dropped mid-way (most often a
// port whose encryption does not match, as program-messages.ts reads a server that hung up).
const CURL_URL = /\burl using bad\/illegal format\b/i;
const CURL_TLS = /\bssl connect error\b|\bfailure when receiving data from the peer\b|\bfailed sending data to the peer\b|\bssl peer certificate or ssh remote key was not ok\b|\bpeer certificate cannot be authenticated with given ca certificates\b/i;

// A program with no mail server set up at all ("Grafana mailing/smtp options not configured", "SMTP not configured").
const NOT_CONFIGURED = /\b(?:smtp|mail(?:ing)?|e-?mail)(?:\/(?:smtp|mail(?:ing)?|e-?mail))? (?:settings|options|config(?:uration)?|server) (?:(?:are|is|have|has) )?(?:been )?not (?:configured|set up|set|enabled|defined)\b|\b(?:smtp|e-?mail|mail) (?:is )?not configured\b/i;

// The server wants a login, or another way of giving the password, in a Polish program's wording
// ("Połączenie wymaga zalogowania", "Wybrana metoda logowania jest zbyt słaba"): the account's login settings.
const LOGIN_SETTINGS_PL = /\bpo[lł][aą]czenie wymaga zalogowania\b|\bwybrana metoda logowania jest zbyt s[lł]aba\b|\bkonieczna jest zmiana sposobu przekazania has[lł]a\b/i;

// The server wants the program to log in first, in French, Italian, Spanish, Polish, Portuguese and
// Dutch ("Le serveur SMTP exige une authentification", "Il server richiede l'autenticazione"): the
// outgoing server's "requires authentication" switch.
const AUTH_REQUIRED_INTL = /\b(?:exige|requiert|n[ée]cessite) (?:une |l['’])authentification\b|\brichiede (?:l['’])?autenticazione\b|\brequiere (?:la )?autenticaci[oó]n\b|\bwymaga (?:uwierzytelnienia|uwierzytelniania|autoryzacji)\b|\brequer (?:a )?autentica[cç][aã]o\b|\bvereist (?:een )?(?:authenticatie|aanmelding)\b/i;

// The server offered no way to log in that the program knows ("no form of authentication supported").
const NO_AUTH_FORM = /\bno (?:form|kind|type|method)s? of auth(?:entication)? (?:is )?supported\b/i;

// Roundcube's own "could not connect" message in its catalogue languages: the code in brackets is
// -1 or empty when no server answered ("SMTP Error (-1): Connection to server failed", "Błąd SMTP (-1): …").
const WEBMAIL_SMTP = String.raw`(?:\bsmtp[- ](?:error|fehler|fout|hiba|chyba|virhe|erro)|\b(?:erreur|errore|error|erro|b[lł][aą]d|fehler|fout|chyba) smtp)`;
const WEBMAIL_NO_CONNECTION = new RegExp(String.raw`${WEBMAIL_SMTP} ?\((?:-1)?\) ?:`, 'i');

// Roundcube's "SMTP Error (250): Authentication failed" in any of its languages (its shape with 250
// alone, or 250 beside a login word): 250 is the server's answer to EHLO, so the login was never tried
// (the server offered none on that port and encryption).
const WEBMAIL_NO_AUTH = new RegExp(String.raw`${WEBMAIL_SMTP} ?\( ?250 ?\) ?:|(?:\bsmtp\b[^\n(]{0,12}\( ?250 ?\)|\bsmtp 250\b)[^\n]{0,40}?(?:auth|autent|uwierzyteln)`, 'i');

export const R7_WORD_FAMILIES: readonly WordFamily[] = [
  { id: 'r7_webmail_no_auth', match: WEBMAIL_NO_AUTH, reason: 'securityerror', bucket: 'settings', client: true },
  { id: 'r7_webmail_no_connection', match: WEBMAIL_NO_CONNECTION, reason: 'networkerror', bucket: 'settings', client: true },
  { id: 'r7_login_refused', match: LOGIN_REFUSED, reason: 'securityerror', bucket: 'credentials', client: true },
  { id: 'r7_encryption_required', match: ENCRYPTION_REQUIRED, reason: 'failedstarttls', bucket: 'port-encryption', client: true },
  { id: 'r7_sending_limit', match: SENDING_LIMIT_WORDS, reason: 'ratelimited', bucket: 'sender-account', client: true },
  { id: 'r7_name_lookup', match: NAME_LOOKUP, reason: 'networkerror', bucket: 'settings', client: true },
  { id: 'r7_curl_url', match: CURL_URL, reason: 'mailererror', bucket: 'settings', client: true },
  { id: 'r7_curl_tls', match: CURL_TLS, reason: 'failedstarttls', bucket: 'port-encryption', client: true },
  { id: 'r7_not_configured', match: NOT_CONFIGURED, reason: 'mailererror', bucket: 'settings', client: true },
  { id: 'r7_no_auth_form', match: NO_AUTH_FORM, reason: 'securityerror', bucket: 'settings', client: true },
  { id: 'r7_login_settings_pl', match: LOGIN_SETTINGS_PL, reason: 'securityerror', bucket: 'settings', client: true },
  { id: 'r7_auth_required_intl', match: AUTH_REQUIRED_INTL, reason: 'securityerror', bucket: 'settings', client: true },
];

// --- a program's own lead before a reply (the reply answered the person's program) --------------

// Symfony Mailer's RCPT step ("Expected response code "250/251/252" but got code "550""), a Symfony
// TransportException with its namespace cut, a program's "Could not send mail to <address>" and Go's
// "failed to issue MAIL command": only a program sending mail writes these.
export const R7_PROGRAM_LEAD = /\bexpected response code "?\d{3}(?:\/\d{3}){1,4}"? but got\b|(?:^|\n)\s{0,8}(?:[\w\\]{0,80}\\)?TransportException:|^\s*(?:could not|couldn't|unable to|failed to) send (?:the |this )?(?:e-?mail|mail|message) to\b|\bfailed to issue (?:mail|rcpt|data|auth) command\b/i;

// What every match of R7_PROGRAM_LEAD needs: its anchored opening or one of its fixed words (see literal-gate.ts).
export const R7_PROGRAM_LEAD_GATE = /^\s*(?:could not|couldn't|unable to|failed to) send |but got|TransportException:|failed to issue /i;
const R7_PROGRAMS = gated(R7_PROGRAM_LEAD_GATE, R7_PROGRAM_LEAD);

/** The situation words' program lead, widened by round 7's program wrappers. */
export function withR7Programs(lead: Pick<RegExp, 'test'>): Pick<RegExp, 'test'> {
  return { test: (text: string) => lead.test(text) || R7_PROGRAMS.test(text) };
}

// --- verdicts that outrank the engine's and the tables' reading ----------------------------------

export interface ClientFamily { reason: Reason; bucket: Bucket; actor: Actor; title?: string; summary?: string; steps?: string[]; donts?: string[]; topic?: Topic }

const WEBMAIL_LOGIN_NOT_OFFERED: ClientFamily = {
  reason: 'securityerror', bucket: 'settings', actor: 'sender-provider',
  title: 'k_r7_webmail_no_auth_t', summary: 'k_r7_webmail_no_auth_s', steps: ['k_r7_s_webmail_admin'], donts: ['k_r7_n_password_not_tried'],
};

// Postfix's default refusal of a client its own restrictions do not let in: said to the person's program,
// it is their own server refusing them (not logged in, or not from an allowed address).
const CLIENT_HOST_REFUSED = /\bclient host rejected: access denied\b/i;
const OWN_CLIENT_REFUSED: ClientFamily = {
  reason: 'norelaying', bucket: 'settings', actor: 'sender',
  title: 'k_r7_own_client_refused_t', summary: 'k_r7_own_client_refused_s', steps: ['k_s_enable_auth', 'k_s_ask_provider'], donts: ['k_n_disable_auth', 'k_n_resend'],
};

// The own server's recipient access rule, with the reply wrapped over lines ("Recipient address
// rejected: Access\ndenied"): as context.ts reads it on one line.
const OWN_RECIPIENT_ACCESS = /\b(?:recipient(?: address)?|rcpt(?: to)?) rejected:\s{1,8}access\s{1,8}denied\b/i;
const OWN_ACCESS: ClientFamily = {
  reason: 'norelaying', bucket: 'settings', actor: 'sender',
  title: 'k_ctx_own_access_t', summary: 'k_ctx_own_access_s', steps: ['k_s_enable_auth', 'k_s_check_address'], donts: ['k_n_disable_auth', 'k_n_resend'],
};

// A relay refusal the person's program got: its own outgoing server wants a login first.
const RELAY_REFUSED = /\brelay(?:ing)? (?:access )?(?:denied|not permitted|not allowed|prohibited)\b|\bunable to relay\b/i;
const RELAY: ClientFamily = { reason: 'norelaying', bucket: 'settings', actor: 'sender' };

// "<a@b>: Sender address rejected: not owned by user a@b": the address IS the login, so the server's
// own table of which login may send as which address is broken (its admin's).
const NOT_OWNED_SAME = /<([^<>\s]{1,200}@[^<>\s]{1,200})>:? sender address rejected: not owned by user ([^\s;,<>]{1,200})/i;
const LOGIN_MAP_BROKEN: ClientFamily = {
  reason: 'rejected', bucket: 'sender-account', actor: 'sender-provider',
  title: 'k_r7_login_map_t', summary: 'k_r7_login_map_s', steps: ['k_s_ask_provider'], donts: ['k_n_resend'],
};
// The same refusal in the refusing server's own log: whoever runs it reads it.
const OWN_LOG_REJECT = /\bNOQUEUE: reject: (?:RCPT|MAIL|CONNECT|EHLO|HELO|DATA) from\b/;
const NOT_OWNED = /\bsender address rejected: not owned by user\b/i;
const OWN_LOG_NOT_OWNED: ClientFamily = {
  reason: 'rejected', bucket: 'sender-account', actor: 'sender-provider',
  title: 'k_ctx_own_reject_t', summary: 'k_ctx_own_reject_s', steps: ['k_s_check_from', 'k_s_ask_provider'], donts: ['k_n_resend'],
};

// The sender's own allowance in the provider's words ("too many emails", "exceeded hour limit",
// "exceeded its 24-hour sending limit", "relay quota", Exchange's SubmissionQuotaExceeded).
const OWN_ALLOWANCE = /(?<!\b(?:has|have|had|received|receiving|gets|getting) )\btoo many (?:e-?mails|messages|mails)\b(?! (?:from|to|on|in|per) (?:this |the |your |that |an? )?(?:ip|host|server|connection|client|session|second|minute|mailbox|recipient)\b)|\bexceeded (?:the |its |your )?(?:hour(?:ly)?|daily|day|24-hour) (?:sending )?limit\b|\bexceeded (?:its|your|the) 24-hour sending limit\b|\brelay quota\b|\bsubmissionquotaexceeded|\breached your daily limit for message recipients\b|\bmax(?:imum)? (?:e-?mails|messages) per hour\b/i;
// Words of a rate (how fast), not an allowance (how many): the rate-limit family reads those.
const RATE = /\bslow down\b|\brate\b|\btoo fast\b|\bper (?:second|minute)\b|\bconnections?\b/i;
const OWN_ALLOWANCE_USED: ClientFamily = { reason: 'ratelimited', bucket: 'sender-account', actor: 'sender' };

// A program naming its MAIL step before a syntax refusal (Gmail's "555 5.5.2 Syntax error"): the sender
// address as the program writes it.
const MAIL_STEP = /\bfailed to issue mail command\b|\bmail(?: from)? command failed\b/i;
const SYNTAX_REPLY = /\b(?:555|501)[ -]|\b5\.5\.[24]\b/;
const MAIL_SYNTAX: ClientFamily = { reason: 'rejected', bucket: 'settings', actor: 'sender' };

// PHPMailer's "SMTP connect() failed" with no word of why: its host, port and encryption pair first.
const PHPMAILER_CONNECT = /\bsmtp connect\(\) failed\b/i;
const PATH_WORDS = /\brefused\b|\btimed? ?out\b|\bunreachable\b|\bno route\b|\bnetwork\b|\bfirewall\b|\bblocked\b|\bcertificate\b|\bssl\b|\btls\b/i;
const CONNECT_SETTINGS: ClientFamily = { reason: 'mailererror', bucket: 'settings', actor: 'sender' };

// A program that could not sign or encrypt with the person's S/MIME certificate (Outlook's "Cannot Sign or
// Encrypt", "Your digital ID name could not be found", OWA's "Fehler beim Senden dieser S/MIME-Nachricht … Zertifikat
// … nicht als vertrauenswürdig"): its own certificate set-up, not a server's refusal or TLS (round 8).
export const SMIME = /\bs\/mime\b|\bdigital id\b|\b(?:cannot|can't|could not|couldn't|unable to) (?:sign or encrypt|sign|encrypt) (?:this |the |your )?(?:message|e-?mail)\b|\bcannot sign or encrypt\b|\bproblems? (?:encrypting|signing) (?:this|the) message\b|\b(?:zertifikat|certificate)\b[^\n]{0,60}\b(?:zum signieren|used to sign|for signing)\b|\bzum signieren\b[^\n]{0,60}\bzertifikat/i;
const SMIME_FAMILY: ClientFamily = {
  reason: 'securityerror', bucket: 'settings', actor: 'sender',
  title: 'k_r8_smime_t', summary: 'k_r8_smime_s', steps: ['k_r8_s_smime_cert', 'k_r8_s_smime_issuer'], donts: ['k_n_resend'], topic: 'smime',
};

// One text is read three times per finding (before the provider entry, the program's own entry and
// the context): the last answer is kept.
let last: { words: string; whole: string; situation: Situation; family: ClientFamily | null } | null = null;

/** Round 7's family of a finding's words in their situation, or null. */
export function clientFamilyR7(words: string, whole: string, situation: Situation): ClientFamily | null {
  if (last && last.words === words && last.whole === whole && last.situation === situation) return last.family;
  const family = readFamily(words, whole, situation);
  last = { words, whole, situation, family };
  return family;
}

function readFamily(words: string, whole: string, situation: Situation): ClientFamily | null {
  if (situation === 'delay') return null;
  const text = whole || words;
  if (WEBMAIL_NO_AUTH.test(text)) return WEBMAIL_LOGIN_NOT_OFFERED;
  const same = NOT_OWNED_SAME.exec(text);
  if (same && same[1]?.toLowerCase() === same[2]?.toLowerCase()) return LOGIN_MAP_BROKEN;
  if (OWN_LOG_REJECT.test(text) && NOT_OWNED.test(text)) return OWN_LOG_NOT_OWNED;
  if (situation === 'bounce') return null;
  if (SMIME.test(text)) return SMIME_FAMILY;
  if (CLIENT_HOST_REFUSED.test(text) && !OWN_LOG_REJECT.test(text)) return OWN_CLIENT_REFUSED;
  if (situation === 'client' && OWN_RECIPIENT_ACCESS.test(text)) return OWN_ACCESS;
  if (situation === 'client' && RELAY_REFUSED.test(words)) return RELAY;
  if (OWN_ALLOWANCE.test(words) && !RATE.test(words)) return OWN_ALLOWANCE_USED;
  if (MAIL_STEP.test(text) && SYNTAX_REPLY.test(text)) return MAIL_SYNTAX;
  if (situation === 'client' && PHPMAILER_CONNECT.test(text) && !PATH_WORDS.test(text)) return CONNECT_SETTINGS;
  return null;
}

/** The context's verdict, with round 7's family (when one was read) deciding its meaning and who acts. */
export function withClientFamily(family: ClientFamily | null, verdict: Verdict): Verdict {
  if (!family) return verdict;
  const { title, summary, steps, donts } = family;
  return { ...verdict, reason: family.reason, bucket: family.bucket, actor: family.actor, ...(title && summary ? { title, summary, steps: steps ?? [], donts: donts ?? [] } : {}), ...(family.topic ? { topic: family.topic } : {}) };
}

// --- texts that say too little -------------------------------------------------------------------

// A program's "could not send" with nothing about why, in English and the catalogues' languages. Not
// Thunderbird's "Sending of the message failed.": the client table knows it (the reason is on its next line).
const SEND_FAILED_WORDS = [
  String.raw`(?:the |an? |your |this |test )?(?:e-?mail|mail|message)s? (?:could not|couldn't|cannot|can't|was not|wasn't) (?:be )?sent`,
  String.raw`(?:i )?(?:could not|couldn't|cannot|can't|unable to|failed to|fail to) send (?:the |an? |your |this |test |some )?(?:e-?mail |mail )?(?:e-?mail|mail|message)s?(?: via [\w.-]{1,40})?`,
  String.raw`(?:e-?mail|mail|message) (?:sending|send|delivery) (?:failed|error)`,
  String.raw`an? (?:problem|error) (?:has )?occurred (?:while|when) sending (?:the |your |an? )?(?:e-?mail|mail|message)`,
  String.raw`error (?:while |when )?sending (?:the |your |an? )?(?:e-?mail|mail|message)`,
  String.raw`(?:[\w-]{1,30} )?messaging ?exception`,
  String.raw`transaction failed`,
  String.raw`media type test failed`,
  String.raw`impossibile inviare (?:il )?messaggio`,
  String.raw`[ée]chec lors de l'envoi du (?:courriel|message)`,
  String.raw`impossible d'envoyer (?:le |ce )?(?:message|courriel|mail)`,
  String.raw`(?:die )?nachricht konnte nicht (?:gesendet|versendet) werden`,
  String.raw`no se (?:pudo|puede) enviar (?:el )?mensaje`,
  String.raw`nie uda[lł]o si[eę] wys[lł]a[cć] wiadomo[sś]ci`,
  String.raw`n[aã]o foi poss[ií]vel enviar (?:a )?mensagem`,
  String.raw`kan (?:het )?bericht niet verzenden`,
  // PHPMailer's data_not_accepted in its language files: the DATA step failed, with no reply quoted.
  String.raw`(?:the )?data not accepted|dati non accettati(?: dal server)?|dane nie zosta[lł]y przyj[eę]te|(?:les )?donn[ée]es ne sont pas accept[ée]es|daten werden nicht akzeptiert|datos no aceptados|dados n[aã]o (?:aceitos|aceites)`,
].join('|');
// Advice a program adds that names no cause ("Please revise your settings", "Check your mail server log").
const ADVICE_ONLY_WORDS = [
  String.raw`(?:please )?(?:revise|check) your (?:mail |e-?mail |smtp )?(?:settings|configuration|server logs?|mail server logs?)`,
  String.raw`check (?:the |your )?mail server logs?`,
  String.raw`please (?:report this error to|contact) your (?:system )?administrator`,
  String.raw`(?:please )?try again(?: later)?`,
].join('|');
const SEND_FAILED_CLAUSE = new RegExp(`^(?:${SEND_FAILED_WORDS})$`, 'i');
const ADVICE_CLAUSE = new RegExp(`^(?:${ADVICE_ONLY_WORDS})$`, 'i');
// A log line's own parts: its level, a library's "SMTP Error" lead, a time stamp's pieces, a provider's own short code ("223E").
const NOISE_CLAUSE = /^(?:error|err|warn(?:ing)?|fatal|severe|critical|info|notice|exception)$|^(?:smtp[- ](?:error|fehler)|(?:b[lł][aą]d|erreur|errore|error) smtp)$|^(?=[^\n]*[-/,])[\d\s,\-/T.]+$|^\d{1,2}$|^\d{4,}$|^(?=[^\n]*[a-z])[0-9a-f]{3,6}$/i;
const CLAUSE_BREAK = /[.;:!?()[\]"“”/\n]+/;
const MAX_TOO_LITTLE = 400;

/**
 * The text is only a program's "could not send", with advice or log noise around it and no word of
 * why: nothing names a cause, so nothing is guessed.
 */
export function saysTooLittle(text: string): boolean {
  if (text.length > MAX_TOO_LITTLE) return false;
  let failed = false;
  for (const raw of text.split(CLAUSE_BREAK)) {
    const clause = raw.trim();
    if (!clause || NOISE_CLAUSE.test(clause) || ADVICE_CLAUSE.test(clause)) continue;
    if (!SEND_FAILED_CLAUSE.test(clause)) return false;
    failed = true;
  }
  return failed;
}
