// Round 9 (knowledge18): phrase lists for families that lead set 13 showed missing, each tried first on other
// public texts of its kind (rows-knowledge18.py, groups q1–q6, labelled before any rule was written). Only
// literal alternations with bounded gaps: no nested quantifiers (regex-safety.test.ts checks each pattern).
// Sources of the wordings: 163/126/QQ/Coremail reply lists (icoremail.vip, 360docs, biecuoliao), GitHub issues
// quoting them; GoDaddy's, Interia's and konto.pl's Polish bounce pages; assistance.email's French table;
// Postfix's bounce(5) delay template, Exim's delay warning, a qmail-style "delayed delivery notice"; Mailman's
// hold notices (postheld.txt, list:user:notice:hold.txt); amavis' template-virus-sender.txt.
// No \b next to a non-ASCII letter: without the u flag it is not a word character.
import type { WordFamily } from './word-families.ts';
import { HELD_FOR_MODERATOR_WORDS_R9, OWN_TRANSPORT_BROKEN_R9 } from './actor-words-r9.ts';

// The envelope sender is not the address the program logged in with (Chinese providers' 553/501 replies,
// Coremail's "Local user only", "发件人地址不匹配"): the program's From setting.
const FROM_NOT_LOGIN_R9 = [
  String.raw`\bmail from (?:address )?must (?:equal|be (?:the )?same as|match) (?:the )?(?:authori[sz]ed|authori[sz]ation|authenticated|login|logged[- ]in) user\b`,
  String.raw`\bmail from (?:address )?(?:is )?not (?:the )?(?:same as|equal to) (?:the )?(?:authori[sz]ed|authori[sz]ation|authenticated|login) user\b`,
  String.raw`\blocal user only\b`,
  String.raw`发件人(?:地址)?不(?:匹配|一致)`, String.raw`发信人(?:地址)?(?:与登录)?[^\n]{0,8}不(?:匹配|一致)`,
].join('|');

// The account may not send over SMTP at all (163/126's "550 User has no permission": SMTP not switched on in
// the webmail settings, or the account barred from it).
export const NO_SMTP_PERMISSION_R9 = new RegExp([
  String.raw`\buser has no permission\b`,
  String.raw`\b(?:smtp|imap/smtp|pop3/smtp) (?:service |access )?(?:is )?(?:not enabled|disabled|not (?:turned on|activated|switched on))\b`,
  String.raw`\b(?:account|user) (?:is )?not (?:allowed|permitted|authori[sz]ed|enabled) (?:to use|for) smtp\b`,
  String.raw`未开(?:启|通)(?:\s?smtp|客户端)`,
].join('|'), 'i');

// A relay refusal said with "rejected" or "fail" ("Relay operation rejected", "553 relay check local fail"):
// the program's own server will not pass mail on for it (a login, or POP before SMTP, is missing).
export const RELAY_REFUSED_R9 = new RegExp([
  String.raw`\brelay(?:ing)? (?:operation|check|attempt|request|access)(?: \w{1,10})? (?:rejected|refused|fail(?:ed|s|ure)?)\b`,
  String.raw`\brelay(?:ing)? (?:is )?prohibited\b`, String.raw`\bnot (?:authori[sz]ed|allowed|permitted) relay(?:ing)?\b`,
  String.raw`拒绝中继`,
].join('|'), 'i');

// The message carries a file type a content filter bans (amavis' "BANNED FILENAME ALERT", "banned name: …",
// "X-Amavis-Alert: BANNED"): the message's content.
const BANNED_CONTENT_R9 = [
  String.raw`\bbanned (?:file ?)?names?: `, String.raw`\bbanned (?:filename|contents?) (?:alert|from you|in)\b`, String.raw`\bbanned filename\b`,
  String.raw`\bx-amavis-alert: banned\b`, String.raw`\bamavis[^\n]{0,30}\bbanned\b`,
].join('|');

// The recipient's mailbox exists but is switched off, suspended or takes no more mail, in other languages
// (bounded gaps: "la casella di posta del destinatario è temporaneamente disabilitata").
const DISABLED_MAILBOX_R9 = [
  // pl
  String.raw`nieaktywna skrzynka`, String.raw`skrzynka[^\n]{0,40}(?:nieaktywna|wy[lł][aą]czona|zablokowana|zawieszona)`,
  String.raw`konto (?:odbiorcy |adresata )?(?:jest )?(?:wy[lł][aą]czone|zablokowane|nieaktywne|zawieszone)`, String.raw`wy[lł][aą]czon\S{1,3} (?:funkcj\S{1,3} )?odbierania`,
  String.raw`nie przyjmuje (?:wiadomo[sś]ci|poczty)`,
  // fr
  String.raw`bo[iî]te (?:aux lettres|mail|e-?mail)[^\n]{0,40}(?:d[ée]sactiv[ée]e|inactive|suspendue)`, String.raw`compte (?:du destinataire )?(?:est )?(?:d[ée]sactiv[ée]|suspendu)`,
  String.raw`n['’]accepte (?:plus )?(?:de |les )?(?:messages|e-?mails|courriers)`,
  // es
  String.raw`buz[oó]n[^\n]{0,40}(?:desactivad|deshabilitad|inactiv|suspendid)o`, String.raw`no acepta (?:m[aá]s )?(?:mensajes|correos)`,
  // it
  String.raw`casella[^\n]{0,60}(?:disattivat|disabilitat|inattiv|sospes)a`, String.raw`non accetta (?:pi[uù] )?(?:messaggi|e-?mail|posta)`,
  String.raw`non [eè] (?:stata |stato )?in grado di accettare`,
  // pt
  String.raw`caixa (?:postal |de correio )?[^\n]{0,30}(?:desativad|desabilitad|inativ|suspens)a`, String.raw`n[aã]o aceita (?:mais )?(?:mensagens|e-?mails)`,
  // de
  String.raw`postfach (?:des empf(?:ä|ae)ngers )?(?:ist )?(?:deaktiviert|inaktiv|stillgelegt)`, String.raw`nimmt keine (?:e-?mails|nachrichten) mehr an`,
  // nl
  String.raw`mailbox (?:is )?(?:gedeactiveerd|inactief)`, String.raw`accepteert geen (?:berichten|e-?mails) meer`,
  // ru
  String.raw`ящик (?:получателя )?(?:заблокирован|отключ[её]н|неактивен)`, String.raw`больше не принимает (?:письма|сообщения)`,
].join('|');

// The recipient's mailbox unavailable or in error, said without a cause (es "buzón de correo no disponible",
// "Error en buzón de correo", "Error genérico del buzón"): the recipient's side.
const MAILBOX_UNAVAILABLE_R9 = [
  String.raw`buz[oó]n (?:de correo )?(?:no (?:est[aá] )?disponible|inaccesible)`, String.raw`error (?:gen[eé]rico )?(?:en|del) (?:el )?buz[oó]n`,
  String.raw`casella (?:di posta )?(?:non (?:[eè] )?disponibile|non raggiungibile)`, String.raw`errore (?:generico )?della casella`,
  String.raw`caixa (?:postal |de correio )?indispon[ií]vel`, String.raw`erro (?:gen[eé]rico )?(?:na|da) caixa (?:postal|de correio)`,
  String.raw`bo[iî]te (?:aux lettres )?(?:indisponible|non disponible)`, String.raw`skrzynka (?:pocztowa )?(?:jest )?niedost[eę]pna`,
  String.raw`postfach (?:ist )?nicht verf(?:ü|ue)gbar`, String.raw`ящик (?:получателя )?недоступен`,
].join('|');

// The recipient's address does not exist, said with the address, account or user first ("Konto … nie istnieje").
const ADDRESS_MISSING_R9 = [
  // pl (użytkownik: languages-r8.ts)
  String.raw`\b(?:konto|adres|skrzynka|odbiorca|adresat)\b[^\n]{0,40} nie istnieje`,
  // fr
  String.raw`\b(?:l['’]adresse|le destinataire|l['’]utilisateur|la bo[iî]te)[^\n]{0,40} n['’]existe pas`,
  // es
  String.raw`\b(?:la direcci[oó]n|el destinatario|el usuario|el buz[oó]n)[^\n]{0,40} no existe`,
  // it
  String.raw`\b(?:l['’]indirizzo|il destinatario|l['’]utente|la casella)[^\n]{0,40} non esiste`,
  // pt
  String.raw`\b(?:o endere[cç]o|o destinat[aá]rio|o usu[aá]rio|a caixa)[^\n]{0,40} n[aã]o existe`,
].join('|');
// The same in Russian, a pattern of its own (recheck reads the two scripts together too slowly).
const ADDRESS_MISSING_RU_R9 = String.raw`(?:адрес|адресат|получатель|пользователь|ящик)[^\n]{0,40} не существует`;

// The recipient's domain was not found, in other languages.
const DOMAIN_MISSING_R9 = [
  String.raw`domaine (?:introuvable|inexistant)`, String.raw`dominio (?:no encontrado|inexistente|non trovato|inesistente)`, String.raw`dom[ií]nio (?:n[aã]o encontrado|inexistente)`,
  String.raw`domena nie istnieje`, String.raw`nie ma takiej domeny`, String.raw`домен не (?:найден|существует)`, String.raw`domain (?:wurde )?nicht gefunden`,
].join('|');

// The recipient's mailbox is out of room, in wordings the round-8 table lacks.
const MAILBOX_FULL_R9 = [
  String.raw`osi[aą]gn\S{1,4} limit miejsca`, String.raw`przekroczona powierzchnia skrzynki`, String.raw`brak miejsca w skrzynce`,
  String.raw`bo[iî]te e[-\u2010\u2011]?mail (?:est )?pleine`, String.raw`ящик (?:получателя )?переполнен`,
  String.raw`casella[^\n]{0,40} (?:[eè] )?piena`, String.raw`\bcaixa (?:postal )?cheia`, String.raw`buz[oó]n[^\n]{0,40} (?:est[aá] )?lleno`,
].join('|');

// Too many recipients in one message, in other languages (the English wording is the sender's to split).
const TOO_MANY_RECIPIENTS_R9 = [
  String.raw`demasiados destinatarios`, String.raw`trop de destinataires`, String.raw`troppi destinatari`,
  String.raw`(?:n[uú]mero excessivo|excesso) de destinat[aá]rios`, String.raw`destinat[aá]rios em excesso`,
  String.raw`(?:zbyt|za) (?:wielu|du[zż]o) (?:odbiorc[oó]w|adresat[oó]w)`, String.raw`zu viele empf(?:ä|ae)nger`,
  String.raw`te veel (?:ontvangers|geadresseerden)`, String.raw`слишком много (?:получателей|адресатов)`,
].join('|');

// "A temporary error" said as a noun in other languages ("Erreur temporaire serveur").
export const TEMPORARY_ERROR_R9 = [
  String.raw`erreur temporaire`, String.raw`error temporal`, String.raw`errore temporaneo`, String.raw`erro tempor[aá]rio`,
  String.raw`b[lł][aą]d tymczasowy`, String.raw`tymczasowy b[lł][aą]d`, String.raw`vor(?:ü|ue)bergehender fehler`, String.raw`tijdelijke fout`,
  // a mailbox switched off for a while ("temporaneamente disabilitata"): retried by itself
  String.raw`temporaneamente (?:disabilitat|disattivat|sospes)[ao]`, String.raw`temporalmente (?:deshabilitad|desactivad|suspendid)[oa]`,
  String.raw`temporairement (?:d[ée]sactiv[ée]|suspendu)`, String.raw`temporariamente (?:desativad|desabilitad|suspens)[ao]`,
  String.raw`tymczasowo (?:wy[lł][aą]czon|zablokowan|zawieszon)`, String.raw`vor(?:ü|ue)bergehend (?:deaktiviert|gesperrt)`,
].join('|');

export const FAMILIES_R9: readonly WordFamily[] = [
  { id: 'r9_from_not_login', match: new RegExp(FROM_NOT_LOGIN_R9, 'i'), reason: 'rejected', bucket: 'sender-account', client: false, anywhere: 'sender' },
  { id: 'r9_no_smtp_permission', match: NO_SMTP_PERMISSION_R9, reason: 'rejected', bucket: 'sender-account', client: false, anywhere: 'sender' },
  { id: 'r9_relay_refused', match: RELAY_REFUSED_R9, reason: 'norelaying', bucket: 'settings', client: true, anywhere: 'sender' },
  { id: 'r9_banned_content', match: new RegExp(BANNED_CONTENT_R9, 'i'), reason: 'contenterror', bucket: 'content', client: false, anywhere: 'sender' },
  { id: 'r9_disabled_mailbox', match: new RegExp(DISABLED_MAILBOX_R9, 'i'), reason: 'suspend', bucket: 'recipient', client: false, anywhere: 'recipient' },
  { id: 'r9_mailbox_unavailable', match: new RegExp(MAILBOX_UNAVAILABLE_R9, 'i'), reason: 'notaccept', bucket: 'recipient', client: false, anywhere: 'recipient' },
  { id: 'r9_mailbox_full', match: new RegExp(MAILBOX_FULL_R9, 'i'), reason: 'mailboxfull', bucket: 'recipient', client: false, anywhere: 'recipient' },
  { id: 'r9_address_missing', match: new RegExp(ADDRESS_MISSING_R9, 'i'), reason: 'userunknown', bucket: 'recipient', client: false, anywhere: 'sender' },
  { id: 'r9_address_missing_ru', match: new RegExp(ADDRESS_MISSING_RU_R9, 'i'), reason: 'userunknown', bucket: 'recipient', client: false, anywhere: 'sender' },
  { id: 'r9_domain_missing', match: new RegExp(DOMAIN_MISSING_R9, 'i'), reason: 'hostunknown', bucket: 'recipient', client: false, anywhere: 'sender' },
  { id: 'r9_too_many_recipients', match: new RegExp(TOO_MANY_RECIPIENTS_R9, 'i'), reason: 'rejected', bucket: 'settings', client: false, anywhere: 'sender' },
  // Postfix's own delivery agent missing or broken: the sending server's set-up (actor-words-r9.ts).
  { id: 'r9_own_transport', match: OWN_TRANSPORT_BROKEN_R9, reason: 'systemerror', bucket: 'settings', client: false, anywhere: 'sender-provider' },
  { id: 'r9_temporary_error', match: new RegExp(TEMPORARY_ERROR_R9, 'i'), reason: 'systemerror', bucket: 'remote-transient', client: false },
];

// Delay notices of MTAs the round-8 table lacks, and a post held for a list moderator (not delivered yet,
// nobody acts yet): Postfix's bounce(5) delay template, Exim's "Warning: message … delayed N hours", a
// qmail-style "delayed delivery notice", their French, Spanish, German, Italian, Portuguese, Polish and
// Russian wordings, and Mailman's hold notices.
export const DELAY_PHRASES_R9 = [
  String.raw`\bcould not be delivered for more than \d{1,3} hour`, String.raw`\bwill be retried until it is \d{1,3} day`,
  String.raw`\bhas not yet been delivered to one or more of its recipients\b`, String.raw`\bundeliverable to the following recipients for at least\b`,
  String.raw`^[ \t]*(?:subject: )?warning: message \S{1,40} delayed \d{1,3} (?:hours?|minutes?|days?)\b`,
  HELD_FOR_MODERATOR_WORDS_R9,
  // fr
  String.raw`n['’]a (?:pas )?pu [eê]tre (?:envoy[ée]|remis|distribu[ée]|d[ée]livr[ée]) (?:ces|depuis|pendant|au cours des) \d{1,3} (?:derni[eè]res )?heures`,
  String.raw`n['’]a pas encore (?:pu )?[eê]tre (?:remis|distribu[ée]|livr[ée]|d[ée]livr[ée])`,
  // es
  String.raw`no se ha podido entregar (?:en|durante) las [uú]ltimas \d{1,3} horas`, String.raw`a[uú]n no (?:se )?ha (?:sido )?entregado`,
  // de
  String.raw`konnte (?:seit|in den letzten) \d{1,3} stunden nicht zugestellt werden`, String.raw`wurde (?:bisher )?noch nicht zugestellt`,
  // it
  String.raw`non [eè] (?:ancora )?stat[oa] (?:ancora )?consegnat[oa] (?:da|nelle ultime) \d{1,3} ore`,
  // pt
  String.raw`ainda n[aã]o foi entregue`,
  // pl
  String.raw`nie zosta[lł]a jeszcze dor[eę]czona`,
  // ru
  String.raw`не (?:было )?доставлено в течение \d{1,3} час`, String.raw`пока не (?:было )?доставлено`,
].join('|');

// A delay notice that says of itself it is one, whatever status line the engine read as a failure: Postfix's
// "will be retried until it is 5 day(s) old", Exim's "has not yet been delivered … after more than N hours on
// the queue", "No action is required on your part", a qmail-style "You do not need to resend your message",
// Mailman's hold notice. A notice that also says it gave up is final (FINAL_NOTICE_R9).
const SAYS_DELAY_R9 = new RegExp([
  String.raw`\bwill be retried until it is \d{1,3} day`, String.raw`\bhas not yet been delivered to one or more of its recipients\b`,
  String.raw`\bno action is required on your part\b`, String.raw`\byou do not need to resend your message\b`,
  HELD_FOR_MODERATOR_WORDS_R9,
  String.raw`n['’]a (?:pas )?pu [eê]tre (?:envoy[ée]|remis|distribu[ée]|d[ée]livr[ée]) (?:ces|depuis|pendant|au cours des) \d{1,3} (?:derni[eè]res )?heures`,
].join('|'), 'i');
const FINAL_NOTICE_R9 = /\bthis is a permanent error\b|\bpermanent(?:ly)? (?:error|failure|failed)\b|\bgiving up\b|\bhas been returned\b|\bwill not be retried\b|\bcould not be delivered to one or more of its recipients\b/i;

/** Whether a text is a delay notice by its own words (read before any verdict; see delayTitleSituation()). */
export function saysDelayR9(text: string): boolean {
  const t = text.slice(0, 4000);
  return SAYS_DELAY_R9.test(t) && !FINAL_NOTICE_R9.test(t);
}
