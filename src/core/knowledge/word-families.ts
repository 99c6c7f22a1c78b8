// The last resort for a short text with no code that no table knows ("Your password was rejected",
// "Sending timed out", "Postfach nicht verfügbar"): the plainest words of each cause family, in
// English and German. A match is weak evidence (the UI says it is not sure); texts with a reply code,
// long texts and texts without such words are left alone.
import type { Bucket, Reason } from '../types.ts';
import type { Actor } from './types.ts';
import { findSmtpReply } from './smtp-reply-reader.ts';
import { ACCOUNT_HELD, AUTH_WORDS, GROUP_RESTRICTED, LOGIN_MISMATCH, SENDING_LIMIT } from './code-family.ts';
import { EXPIRED_WORDS } from './context-words.ts';
import { RECEIVE_NOT_PERMITTED } from './context.ts';
import { OTHER_LANGUAGE_FAMILIES } from './other-languages.ts';
import { R7_WORD_FAMILIES, SMIME } from './client-texts-r7.ts';
import { LANGUAGE_R7_FAMILIES } from './languages-r7.ts';
import { ATTACHMENT_REFUSED, LOGIN_NOT_SET_UP, VIRUS_FOUND } from './pasted-wordings.ts';
import { LANGUAGE_R8_FAMILIES } from './languages-r8.ts';
import { FAMILIES_R9 } from './languages-r9.ts';
import { FAMILIES_R10 } from './languages-r10.ts';
import { FAMILIES_R11 } from './languages-r11.ts';
import { PROGRAM_CERT_ERROR_R10, SERVER_CERT_LOG_R10, SMTP_SERVER_UNKNOWN_R10 } from './actor-words-r10.ts';
import { COMPLAINT_WORDS, CONNECTION_BLOCKED, QMAIL_LOCAL, SENDING_HOST_BLOCKED, SIZE_IN_BYTES } from './word-verdicts.ts';

export interface WordFamily {
  id: string;
  match: RegExp;
  reason: Reason;
  bucket: Bucket;
  /** The person's own mail program said it (so its settings are in question). */
  client: boolean;
  /**
   * Words specific enough to name the cause in any text the engine found no cause in, long or
   * with a code (a bounce whose only cause is "You have reached your message limit"), with who acts.
   */
  anywhere?: Actor;
}

const LOGIN_CODE_IN_WRAPPER = /(?:\b(?:permanent|transient|smtp|server|response|return) (?:error|code) ?\(|\bgot:? ?|\bfrom (?:the )?server ?\(|\bresponse code:? ?|(?:^|[^\w.])error:? ?)53[45]\b(?![.\d]| ?[-\d]*\.\d)|(?<!\bport )53[45] ?(?:错误|錯誤|エラー|error\b)/i;

const FAIL = String.raw`(?:fail(?:ed|s|ure)?|error|rejected|refused|denied|incorrect|wrong|invalid|expired|not accepted|not possible|impossible|unsuccessful|fehlgeschlagen|falsch|ungültig|abgelehnt|abgelaufen|nicht möglich|nicht (?:überprüft|bestätigt|verifiziert|akzeptiert))`;

// Order matters: the first family that matches wins (narrower families first). No \b next to a
// German word's umlaut or ß: without the u flag those are not word characters.
export const WORD_FAMILIES: readonly WordFamily[] = [
  // A program that could not sign or encrypt with its S/MIME certificate (client-texts-r7.ts): not TLS.
  { id: 'smime', match: SMIME, reason: 'securityerror', bucket: 'settings', client: true, anywhere: 'sender' },
  // A program saying only that its own SMTP settings are wrong or failed its check ("Invalid SMTP settings",
  // "SMTP configuration error", "failed smtp verification"): its set-up, though not which part (round 8).
  // Not a server's own "Server configuration error" (a code before it makes that a reply: never read here).
  { id: 'settings_said_wrong', match: /\b(?:invalid|wrong|incorrect|bad) (?:smtp|mail|e-?mail|outgoing(?: mail)?)(?: server)? (?:settings|configuration|config)\b|^\s*(?:smtp|mail|e-?mail)(?: server)? (?:settings|configuration|config) (?:error|invalid|(?:is|are) (?:invalid|wrong|incorrect))\b|\bfailed smtp (?:verification|check|test)\b|\bsmtp (?:verification|check|test) failed\b/i, reason: 'mailererror', bucket: 'settings', client: true },
  // A login the program was set to make without a user name, or in a way the server does not offer (pasted-wordings.ts).
  { id: 'login_not_set_up', match: LOGIN_NOT_SET_UP, reason: 'securityerror', bucket: 'settings', client: true, anywhere: 'sender' },
  // The commonest families in other languages (other-languages.ts): specific words, tried first.
  ...LANGUAGE_R8_FAMILIES,
  // Round 9's families (languages-r9.ts): a From that is not the login, SMTP not allowed, relay refusals said
  // with "rejected", banned attachments, recipient states in other languages.
  ...FAMILIES_R9,
  // Round 10's language families (languages-r10.ts): Japanese, Korean, Chinese, Catalan, Russian and Romance wordings.
  ...FAMILIES_R10,
  // Round 11's send errors of mail programs in more languages (languages-r11.ts).
  ...FAMILIES_R11,
  // Round 10: older Thunderbird/SeaMonkey's "SMTP server <host> is unknown" (the name did not resolve).
  { id: 'r10_smtp_server_unknown', match: SMTP_SERVER_UNKNOWN_R10, reason: 'networkerror', bucket: 'settings', client: true },
  // A sending server's own log of a receiving server's certificate (who acts: actor-rules-r8.ts), then a program's
  // own certificate failure ("Error in certificate: … not trusted").
  { id: 'r10_server_cert_log', match: SERVER_CERT_LOG_R10, reason: 'failedstarttls', bucket: 'port-encryption', client: false },
  { id: 'r10_program_cert_error', match: PROGRAM_CERT_ERROR_R10, reason: 'failedstarttls', bucket: 'port-encryption', client: true, anywhere: 'sender' },
  ...R7_WORD_FAMILIES,
  ...OTHER_LANGUAGE_FAMILIES,
  ...LANGUAGE_R7_FAMILIES,
  // The recipient's mailbox or domain (a bounce's words, said short).
  { id: 'mailbox_unavailable', match: /\b(?:postfach|mailbox|empfängerpostfach) (?:ist )?(?:nicht verfügbar|unavailable|not available|nicht erreichbar)\b/i, reason: 'userunknown', bucket: 'recipient', client: false },
  // Storage used up, said of someone else's mailbox ("The recipient has exhausted allowed storage").
  { id: 'storage_full', match: /^(?![^\n]*\b(?:your|ihr)\b)[^\n]*(?:\b(?:storage|quota|disk space|mailbox space|inbox|speicherplatz|speicher|kontingent)\b[^\n]{0,30}\b(?:exhausted|used up|exceeded|is full|erschöpft|aufgebraucht|überschritten|ist voll)|\bexhausted (?:the |its |their |all )?(?:allowed |available )?(?:storage|quota|space)\b|\bexceed(?:s|ed)? (?:the |its )?storage allocation\b|\bover (?:its |the |their |his |her )?(?:storage |quota |size |mailbox )?(?:limit|quota)\b)/i, reason: 'mailboxfull', bucket: 'recipient', client: false },
  // A webmail's own rendering of a non-delivery ("Your message wasn't delivered to x because the
  // domain y couldn't be found" / "… because the address couldn't be found"): the address as typed. Pasted
  // with its lines joined, the address may run into "because" ("…@example.orgbecause the domain …").
  { id: 'not_delivered_domain_not_found', match: /\b(?:wasn't|was not|couldn't be|could not be|has not been) delivered to \S{1,200}?\s?because the domain\b[^\n]{0,80}\b(?:couldn't|could not|can't|cannot) be found\b/i, reason: 'hostunknown', bucket: 'recipient', client: false, anywhere: 'sender' },
  { id: 'not_delivered_address_not_found', match: /\b(?:wasn't|was not|couldn't be|could not be|has not been) delivered to \S{1,200}?\s?because the address\b[^\n]{0,40}\b(?:couldn't|could not|can't|cannot) be found\b/i, reason: 'userunknown', bucket: 'recipient', client: false, anywhere: 'sender' },
  { id: 'recipient_domain', match: /\b(?:recipient'?s?|empfänger)(?:-| )?(?:domain|host)\b[^\n]{0,40}\b(?:not found|does not exist|unknown|nicht gefunden|existiert nicht|unbekannt)\b|\b(?:cannot|can't|could not|couldn't) find the recipient'?s? (?:domain|server)\b/i, reason: 'hostunknown', bucket: 'recipient', client: false },
  // A domain said not to exist, in any order ("The domain name in the To field does not exist").
  // The recipient's domain said not to exist in a refusal of that recipient ("Recipient address rejected:
  // Domain not found", even as a 450): most often a mistyped domain, the sender's to check; a 4xx is still retried.
  { id: 'recipient_domain_rejected', match: /\brecipient(?: address)? rejected:? (?:the )?(?:recipient )?domain (?:name )?(?:not found|does not exist|doesn't exist|unknown)\b/i, reason: 'hostunknown', bucket: 'recipient', client: false, anywhere: 'sender' },
  { id: 'domain_missing', match: /^(?![^\n]*\b(?:sender|from|absender)\b)[^\n]*\bdomain(?: name)?\b[^\n]{0,40}\b(?:does not exist|doesn't exist|not found|has no mx(?: record)?|existiert nicht|nicht gefunden)\b/i, reason: 'hostunknown', bucket: 'recipient', client: false },
  // The recipients refused as a whole, with no reason given ("all recipients were refused"): the addresses.
  { id: 'recipients_refused', match: /\b(?:all |the )?recipients?(?: address(?:es)?)? (?:were |was |have been |has been )?(?:refused|rejected)\b(?![^\n]{0,20}\b(?:policy|spam|relay))|\bno (?:valid )?recipients?(?: address(?:es)?)? (?:were |was |have been |has been )?accepted\b|\bno valid recipients?\b|\brecipients?(?: address)? (?:rejection|refusal)\b/i, reason: 'userunknown', bucket: 'recipient', client: false },
  // The recipient's address said to be wrong, in any order ("The recipient address is not valid").
  { id: 'recipient_invalid', match: /\b(?:recipient|addressee|empfänger)(?:'s)?(?: e-?mail)?(?: address|adresse|-adresse)?\b(?! ?(?:domain|server|host))(?: \S{1,200}@\S{1,200})?[^\n]{0,20}\b(?:not valid|invalid|unknown|does not exist|doesn't exist|not found|not accepted)\b|\b(?:empfänger|empfängeradresse)\b[^\n]{0,20}(?:ungültig|unbekannt|existiert nicht)/i, reason: 'userunknown', bucket: 'recipient', client: false },
  // A recipient account its own server will not take mail for ("This account is not authorized to
  // receive email", "user not permitted to receive mail"), whatever code or log line carries it: like a
  // suspended account, lifted only by whoever runs that server (the account holder cannot: a permission its
  // admin or provider set); "your account …" is the reader's own: left alone.
  { id: 'not_allowed_to_receive', match: RECEIVE_NOT_PERMITTED, reason: 'suspend', bucket: 'recipient', client: false, anywhere: 'recipient-provider' },
  { id: 'host_not_found', match: /^\s*host (?:was )?not found\b|^\s*(?:unknown|invalid) host\b/i, reason: 'hostunknown', bucket: 'recipient', client: false },
  // A group or list address whose own settings refuse the post: its owner's to change.
  { id: 'group_restricted', match: GROUP_RESTRICTED, reason: 'rejected', bucket: 'policy-reputation', client: false, anywhere: 'recipient-provider' },
  // The sender's own address or account ("Sender address not allowed", "Mail sender rejection").
  { id: 'sender_address', match: /\b(?:sender|(?:envelope )?from address)(?: address| domain)?\b(?! ?(?:ip|host|server))[^\n]{0,30}\b(?:not (?:authori[sz]ed|allowed|permitted|found)|unknown|invalid|rejected|denied|does not exist|doesn't exist|has no mx(?: record)?|not accepted)\b|\b(?:mail )?sender(?: address)? (?:rejection|refusal)\b|\babsender(?:adresse|domain)?\b[^\n]{0,30}\b(?:nicht (?:erlaubt|berechtigt|gefunden)|unbekannt)\b/i, reason: 'rejected', bucket: 'sender-account', client: false },
  // This address may not send through this server ("does not allow sending from this address").
  { id: 'send_as', match: /\bnot (?:allowed|permitted|authori[sz]ed) to send (?:from|as|on behalf)\b|\b(?:does not|doesn't|do not|don't) (?:allow|permit) sending (?:from|as)\b/i, reason: 'rejected', bucket: 'sender-account', client: false },
  // The sender address must be the account the program logged in with ("sender and authenticated
  // user must be the same", "Absender … und der Benutzer, mit dem Sie sich angemeldet haben, müssen identisch sein").
  { id: 'login_mismatch', match: LOGIN_MISMATCH, reason: 'rejected', bucket: 'sender-account', client: false, anywhere: 'sender' },
  // An address the program was given with characters it may not contain ("From address specified with
  // dangerous characters", "invalid characters in the e-mail address"): the program's address setting.
  { id: 'address_characters', match: /\b(?:address|from|sender|recipient|to)\b[^\n]{0,40}\b(?:invalid|illegal|dangerous|forbidden|bad|unsupported|disallowed|not allowed) characters?\b|\b(?:invalid|illegal|dangerous|forbidden|bad|unsupported|disallowed) characters? in (?:the )?(?:e-?mail |from |sender |recipient )?address\b/i, reason: 'mailererror', bucket: 'settings', client: true },
  // An address said to be malformed, with no word of whose ("Email address format is not valid").
  { id: 'address_invalid', match: /\b(?:e-?mail )?address(?: format| syntax)? (?:is )?(?:not valid|invalid|malformed|not well[- ]formed)\b|\binvalid (?:e-?mail )?address (?:format|syntax)\b|\bbad (?:e-?mail )?address syntax\b|\badresse(?:nformat)? (?:ist )?ungültig/i, reason: 'userunknown', bucket: 'recipient', client: false },
  { id: 'own_account', match: /\byour (?:e-?mail )?(?:account|address|mailbox)\b[^\n]{0,40}\b(?:locked|disabled|suspended|blocked|deactivated)\b|\bihr (?:e-?mail-)?(?:konto|postfach)\b[^\n]{0,40}\b(?:gesperrt|deaktiviert|blockiert)\b|^\s*account (?:locked|suspended)\b/i, reason: 'suspend', bucket: 'sender-account', client: false, anywhere: 'sender' },
  // The sending account held by its provider ("Sending paused for this account", "identity not verified").
  { id: 'account_held', match: ACCOUNT_HELD, reason: 'rejected', bucket: 'sender-account', client: false },
  { id: 'sending_limit', match: SENDING_LIMIT, reason: 'ratelimited', bucket: 'sender-account', client: false, anywhere: 'sender' },
  // The message itself.
  { id: 'too_large', match: /\b(?:attachments?|anhang|anhänge|message|nachricht|e-?mail|file|datei)\b[^\n]{0,40}(?:too (?:big|large)|zu groß)/i, reason: 'emailtoolarge', bucket: 'content', client: false },
  // A size said in bytes or megabytes over a limit ("Stream is more than 10485760 bytes long", "message
  // exceeds 26214400 bytes"): the message's size, whatever else the text says.
  { id: 'size_in_bytes', match: SIZE_IN_BYTES, reason: 'emailtoolarge', bucket: 'content', client: false, anywhere: 'sender' },
  // An attachment's type refused by the receiver's security filter ("the attachment file type … has
  // been rejected", "Dateityp Ihres E-Mail Anhanges … abgelehnt").
  { id: 'attachment_refused', match: /\b(?:attachment|file)(?: file)? (?:type|extension)s?\b[^\n]{0,60}\b(?:rejected|blocked|refused|not (?:allowed|permitted|accepted))\b|\b(?:blocked|forbidden|prohibited|disallowed|dangerous) (?:attachment|file) (?:type|extension)s?\b|\bdateityp(?:en|s)?\b[^\n]{0,100}(?:abgelehnt|blockiert|nicht erlaubt|nicht zulässig)/i, reason: 'contenterror', bucket: 'content', client: false, anywhere: 'sender' },
  { id: 'message_blocked', match: /\bblocked (?:your|the|this) (?:message|e-?mail|mail)\b|\b(?:nachricht|e-?mail|mail) (?:wurde )?(?:blockiert|als spam (?:abgelehnt|blockiert))\b/i, reason: 'blocked', bucket: 'policy-reputation', client: false },
  // A refusal naming the sending host or its IP with a block word, or a filter that blocks or denies
  // the connection ("Block temporarily", "Temporary denial of connection"): the sending server's
  // standing, also when the reply is a 4xx that would otherwise be read as "retried, nothing to do".
  { id: 'sending_host_blocked', match: SENDING_HOST_BLOCKED, reason: 'blocked', bucket: 'policy-reputation', client: false, anywhere: 'sender-provider' },
  { id: 'connection_blocked', match: CONNECTION_BLOCKED, reason: 'blocked', bucket: 'policy-reputation', client: false, anywhere: 'sender-provider' },
  // The sending server or its address on a block list ("blacklisted in …", "listed on …").
  { id: 'listed', match: /\b(?:black|block|deny|ban)[- ]?list(?:ed)?\b|\blisted (?:in|on|at|by) (?:the |our )?[a-z0-9]/i, reason: 'blocked', bucket: 'policy-reputation', client: false, anywhere: 'sender-provider' },
  // Recipients' complaints named as the reason ("deferred because of recipient complaints"): the sending server's standing.
  { id: 'complaints', match: COMPLAINT_WORDS, reason: 'blocked', bucket: 'policy-reputation', client: false, anywhere: 'sender-provider' },
  // The sending server's or domain's reputation named as the reason ("deferred using … Email Reputation
  // database", "poor sender reputation"): its standing, whatever the wording around it.
  { id: 'reputation', match: /\b(?:ip|sender|sending|domain|e-?mail|mail|server|host) reputation\b|\breputation (?:database|service|score|list|filter|check)\b|\b(?:poor|low|bad|negative) reputation\b/i, reason: 'blocked', bucket: 'policy-reputation', client: false, anywhere: 'sender-provider' },
  // A recipient named as not found in its domain, as an Exchange-style NDR says it in German or English
  // ("jdoe wurde nicht in example.se gefunden", "jdoe wasn't found at example.org"): the address. Not a server.
  { id: 'not_found_in_domain', match: /\b(?!(?:server|host|smtp|mx|domain|dns)\b)[\w.+-]{1,64} (?:wurde (?:nicht )?(?:in|auf|bei|unter) [\w-]{1,63}(?:\.[\w-]{1,63}){1,6} (?:nicht )?gefunden\b|(?:wasn't|was not|couldn't be|could not be) found (?:at|in|on) [\w-]{1,63}(?:\.[\w-]{1,63}){1,6}\b)/i, reason: 'userunknown', bucket: 'recipient', client: false, anywhere: 'sender' },
  // A mailbox its owner closed, said by its auto-reply or NDR ("This mailbox is now closed", "the
  // mailbox has been deactivated", "this address is no longer in use"): the recipient's, for good.
  { id: 'mailbox_closed', match: /\b(?:this|the|that|my|our) (?:mailbox|e-?mail address|e-?mail account|address|inbox|account|postfach)\b (?:is |has been |was |will be )?(?:now |permanently )?(?:closed|deactivated|discontinued|decommissioned|no longer (?:in use|active|monitored|checked|available))\b/i, reason: 'suspend', bucket: 'recipient', client: false, anywhere: 'recipient' },
  // A filter's verdict said as "unsolicited bulk/commercial e-mail" (UBE/UCE): a spam verdict on the message.
  { id: 'unsolicited_bulk', match: /\b(?:considered|classified|identified|detected|flagged|recogni[sz]ed|treated|rejected) (?:as )?(?:an? )?unsolicited (?:bulk |commercial )?(?:e-?mail|mail|messages?)\b|\bunsolicited (?:bulk|commercial) e-?mail \((?:ube|uce)\)/i, reason: 'spamdetected', bucket: 'policy-reputation', client: false, anywhere: 'sender' },
  // A rate limit on the sender said exceeded ("Ratelimit \"user\" exceeded", "rate limit reached for
  // this sender"): the sending account's allowance at its provider; a 4xx clears by itself.
  { id: 'rate_limit', match: /\brate ?limit(?:s|ing)?\b[^\n]{0,30}\b(?:exceeded|reached|hit)\b|\b(?:exceeded|reached|hit) (?:the |a |your |its )?rate ?limit\b/i, reason: 'ratelimited', bucket: 'sender-account', client: false, anywhere: 'sender-provider' },
  // qmail's own local faults ("Unable_to_run_qmail-remote", "qmail-spawn … unable to fork"): the
  // sending server itself could not deliver, its admin's to fix.
  { id: 'qmail_local', match: QMAIL_LOCAL, reason: 'systemerror', bucket: 'remote-transient', client: false, anywhere: 'sender-provider' },
  // The sending server gave up after retrying for its whole queue lifetime ("The maximum time for
  // delivering the message expired", "Could not deliver the message in the time limit specified").
  { id: 'expired', match: EXPIRED_WORDS, reason: 'expired', bucket: 'remote-transient', client: false, anywhere: 'recipient-provider' },
  // A mail server's own deferral ("Deferred" on a line of its own, Sendmail's transcript): retried.
  { id: 'mta_deferred', match: /(?:^|\n)[ \t]*deferred\b|\btemporarily rejected (?:rcpt|mail from|mail|after data|connection)\b/i, reason: 'systemerror', bucket: 'remote-transient', client: false, anywhere: 'none' },
  // An attachment of a type the receiving server refuses ("Disallowed Attach Type", "file extension not
  // allowed"): the message's content, the sender's to change (zip it, or share a link).
  { id: 'attachment_type', match: /\b(?:disallowed|forbidden|prohibited|banned|blocked|unacceptable|not allowed|not permitted) (?:attach(?:ment)?|file)(?: type| extension)s?\b|\b(?:attach(?:ment)?|file) (?:type|extension)s? (?:is |are )?(?:not allowed|not permitted|disallowed|blocked|prohibited|forbidden)\b/i, reason: 'contenterror', bucket: 'content', client: false, anywhere: 'sender' },
  // A virus or attachment filter's own notice with no code ("Suspect attachment … was removed", "The
  // attachment x.exe has been removed from this message"): the message's content (pasted-wordings.ts).
  { id: 'virus_found', match: VIRUS_FOUND, reason: 'virusdetected', bucket: 'content', client: false, anywhere: 'sender' },
  { id: 'attachment_refused_words', match: ATTACHMENT_REFUSED, reason: 'contenterror', bucket: 'content', client: false, anywhere: 'sender' },
  // An attachment said removed, in a short notice of its own: a filter took it out (never read in a long
  // text, where a bounce may say it left the returned copy's attachments out).
  { id: 'attachment_removed', match: /\battachments?\b[^\n]{0,120}?\b(?:has been|have been|was|were) (?:automatically )?(?:removed|deleted|stripped|quarantined)\b/i, reason: 'virusdetected', bucket: 'content', client: false },
  // A refused login's code alone inside a program's own wrapper, with no words of the server's ("Error:
  // permanent error (535)", "Expected: 334, Got: 535", "Invalid response code received from server (535)",
  // "SMTP Last Response Code: 535", "邮箱535错误"): RFC 4954's 535 (and Gmail's 534) is the login's answer.
  { id: 'login_code_in_wrapper', match: LOGIN_CODE_IN_WRAPPER, reason: 'securityerror', bucket: 'credentials', client: true, anywhere: 'sender' },
  // A queue that waits for its next try ("retry time not reached"): still being retried.
  { id: 'retry_wait', match: /\bretry time not (?:yet )?reached\b/i, reason: 'systemerror', bucket: 'remote-transient', client: false, anywhere: 'none' },
  // Too many requests or messages for the sending account in a short time ("Zu viele Anfragen").
  { id: 'too_many_requests', match: /^\s*(?:error:?\s*)?(?:too many (?:requests|messages sent)|zu viele (?:anfragen|e-?mails|nachrichten))\b/i, reason: 'ratelimited', bucket: 'sender-account', client: false },
  // A temporary problem on the server's side, said in words only ("Temporary system problem",
  // "Temporäres Systemproblem", "vorübergehende Störung").
  { id: 'temporary_problem', match: /\btemporary (?:system |server |service |local )?(?:problem|error|failure)\b|\btemporäres? (?:system|server)?(?:problem|fehler)\b|\bvorübergehende[rsn]? (?:fehler|störung|problem)\b|^\s*service (?:is )?(?:not available|unavailable|temporarily unavailable)\b/i, reason: 'systemerror', bucket: 'remote-transient', client: false, anywhere: 'recipient-provider' },
  // The receiving server could not write the message to its storage ("error writing message",
  // "message could not be stored"): a fault on its side, usually retried.
  { id: 'storage_error', match: /\b(?:error|failure|failed|problem) (?:while )?(?:writing|storing|saving) (?:the )?(?:message|mail|e-?mail|data)\b|\b(?:message|mail|e-?mail)\b[^\n]{0,20}\b(?:could not|couldn't|cannot|can't) be (?:stored|written|saved)\b|\b(?:unable|failed) to (?:store|write|save) (?:the )?(?:message|mail|e-?mail)\b|\bnachricht\b[^\n]{0,20}(?:konnte nicht gespeichert|nicht gespeichert werden)/i, reason: 'systemerror', bucket: 'remote-transient', client: false },
  // The person's own mail program and its connection.
  { id: 'relay', match: /\brelay(?:ing)?\b[^\n]{0,30}\b(?:not (?:allowed|permitted)|denied|refused|prohibited|nicht (?:erlaubt|gestattet))\b|\bnot (?:authori[sz]ed|allowed|permitted) to relay\b/i, reason: 'norelaying', bucket: 'settings', client: true },
  // The account's login failed or lapsed ("Account not authenticated", "Konto nicht authentifiziert").
  { id: 'account_login', match: /\baccount (?:is |was |has )?not (?:been )?(?:authenticated|signed in|logged in|verified)\b|\bkonto (?:ist |wurde )?nicht (?:authentifiziert|angemeldet)\b/i, reason: 'securityerror', bucket: 'credentials', client: true },
  // The server wants a login the program did not give ("you must authenticate").
  { id: 'auth_required', match: AUTH_WORDS, reason: 'securityerror', bucket: 'settings', client: true },
  // The server would not let the person in ("SMTP server does not authorize you", "Authorization failed").
  { id: 'not_authorized', match: /\b(?:does not|doesn't|did not|didn't|will not|won't|cannot|can't|could not|couldn't) (?:authori[sz]e|authenticate) you\b|\bauthori[sz]ation (?:failed|denied|unsuccessful)\b|\b(?:you are|you're) not authori[sz]ed\b(?! to (?:relay|send))/i, reason: 'securityerror', bucket: 'credentials', client: true },
  { id: 'login', match: new RegExp(String.raw`\b(?:password|passwort|kennwort|credentials|user ?name|benutzername|log ?in|logon|sign[- ]in|anmeldung|auth|authenticat\w*|authentifizierung|authentisierung)\b[^\n]{0,60}\b${FAIL}|\b(?:authentifizierungs|authentisierungs|anmelde)-?fehler\b|\bungültige (?:anmeldeinformationen|anmeldedaten|zugangsdaten)|\b(?:anmeldeinformationen|anmeldedaten|zugangsdaten)\b[^\n]{0,40}(?:ungültig|falsch|abgelehnt)|\b${FAIL}\b[^\n]{0,20}\b(?:password|passwort|kennwort|credentials|log ?in|anmeldung)\b`, 'i'), reason: 'securityerror', bucket: 'credentials', client: true },
  { id: 'encryption', match: /\b(?:certificate|zertifikat|ssl|tls|starttls|handshake|verschlüsselung)\b[^\n]{0,40}\b(?:fail(?:ed|s|ure)?|invalid|not trusted|untrusted|expired|error|fehlgeschlagen|ungültig|abgelaufen|fehler)\b|\b(?:ungültiges?|invalid|untrusted) (?:zertifikat|certificate)\b|\b(?:ssl|tls|starttls)\b[^\n]{0,20}(?:unmöglich|nicht möglich)/i, reason: 'failedstarttls', bucket: 'port-encryption', client: true },
  // The program's commands or their arguments (RFC 5321's 500–504 words said without a code).
  { id: 'protocol', match: /\bsyntax error\b|\bcommand (?:not recogni[sz]ed|unrecogni[sz]ed|not implemented)\b|\bbad sequence of commands\b|\bunrecogni[sz]ed (?:command|authentication type)\b|\bweird server reply\b|\bprotocol (?:deviation|violation)\b/i, reason: 'syntaxerror', bucket: 'settings', client: true },
  { id: 'server_not_found', match: /\b(?:smtp[- ]|mail |outgoing |postausgangs)?server (?:was |could )?(?:not (?:be )?found|nicht gefunden)\b/i, reason: 'networkerror', bucket: 'settings', client: true },
  // The connection's path: an ISP or firewall that blocks the mail port, a server not reachable.
  { id: 'port_blocked', match: /\b(?:isp|internet provider|provider|network|firewall|router)\b[^\n]{0,30}\bblock(?:s|ed|ing)?\b[^\n]{0,20}\bport\b|\bport \d{2,4}\b[^\n]{0,30}\b(?:is )?(?:blocked|closed|filtered|gesperrt)\b|\b(?:server|host)\b[^\n]{0,20}\b(?:unreachable|not reachable)\b/i, reason: 'networkerror', bucket: 'network-block', client: true },
  { id: 'connection', match: /\b(?:network|internet|connection|verbindung|netzwerk)\b[^\n]{0,40}\b(?:lost|failed|dropped|unavailable|offline|timed out|unterbrochen|fehlgeschlagen|getrennt)\b|\b(?:sending|send|senden|versand)\b[^\n]{0,20}\b(?:timed out|zeitüberschreitung)\b|\bno (?:internet|network) connection\b|\bkeine (?:internet|netzwerk)verbindung\b/i, reason: 'networkerror', bucket: 'network-block', client: true },
];

// A short text only: a long one with these words is something else (a newsletter, a question).
const MAX_TEXT = 300;
// A reply code as the reply reader finds it (a port, an address or a count is not one).
const HAS_CODE = /\b[245]\.\d{1,3}\.\d{1,3}\b|\b0x[0-9a-f]{8}\b/i;
const hasCode = (t: string): boolean => HAS_CODE.test(t) || findSmtpReply(t) !== null;

/** The family whose plainest words a short code-less text uses, with where they matched. */
export function findWordFamily(text: string): { family: WordFamily; start: number; end: number } | null {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_TEXT || hasCode(t)) return null;
  // A program's error constant joins its words with underscores ("AUTH_FAILED", "SSL_ERROR"); same length, so positions hold.
  const words = text.replace(/_/g, ' ');
  for (const family of WORD_FAMILIES) {
    const m = family.match.exec(words);
    if (m) return { family, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

// A text the engine found no cause in may be long or carry a code; only words specific enough to
// name a cause on their own are read there.
const MAX_ANYWHERE = 2000;
const ANYWHERE = WORD_FAMILIES.filter((f) => f.anywhere !== undefined);

/** The cause that specific words name in any text, with who acts, or null. */
export function causeInWords(text: string): { reason: Reason; bucket: Bucket; actor: Actor } | null {
  const t = text.slice(0, MAX_ANYWHERE);
  for (const family of ANYWHERE) {
    if (family.anywhere !== undefined && family.match.test(t)) return { reason: family.reason, bucket: family.bucket, actor: family.anywhere };
  }
  return null;
}
