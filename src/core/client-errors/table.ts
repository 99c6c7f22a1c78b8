// Mail clients' own error messages (Outlook, Thunderbird, Apple Mail) and what they mean in the
// help article's terms. Codes and message texts are facts from client-side-errors.tsv; the table
// has no certificate warnings or bare timeouts, so those lines match the clients' usual wording.
import type { Bucket, Reason } from '../types.ts';
import { anyOf, followedBy, type TextMatcher } from '../knowledge/matchers.ts';
import { EntryIndex, KNOWLEDGE_GROUP } from '../knowledge/entry-index.ts';

export type MailClient = 'outlook' | 'thunderbird' | 'apple-mail' | 'any';

export interface ClientErrorEntry {
  /** The client's code or message id, e.g. "0x800CCC0F" or "smtpSendTimeout". */
  id: string;
  client: MailClient;
  match: TextMatcher;
  reason: Reason;
  bucket: Bucket;
  /** Catalogue name of the plain meaning. */
  meaning: string;
  /** Specific steps shown before the bucket's own. */
  steps: string[];
  /** The client wraps a server reply (e.g. "The server responded: 535 …"): that reply decides. */
  wrapsReply?: boolean;
}

export const clientMeaningKey = (id: string): string => `k_ce_${id.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;

function outlook(code: string, reason: Reason, bucket: Bucket, steps: string[] = [], wrapsReply = false): ClientErrorEntry {
  return {
    id: code, client: 'outlook', match: new RegExp(`(?:\\b0x|\\b)${code.slice(2)}\\b`, 'i'),
    reason, bucket, meaning: clientMeaningKey(code), steps, ...(wrapsReply ? { wrapsReply } : {}),
  };
}

function text(id: string, client: MailClient, match: TextMatcher, reason: Reason, bucket: Bucket, steps: string[] = [], wrapsReply = false): ClientErrorEntry {
  return { id, client, match, reason, bucket, meaning: clientMeaningKey(id), steps, ...(wrapsReply ? { wrapsReply } : {}) };
}

// Outlook's "the server replied NNN" codes share one meaning with the reply code as $1.
export const SERVER_REPLIED_KEY = 'k_ce_server_replied';
const OUTLOOK_REPLY_CODES: Record<string, { reply: number; reason: Reason; bucket: Bucket }> = {
  '0x800CCC62': { reply: 500, reason: 'syntaxerror', bucket: 'settings' },
  '0x800CCC63': { reply: 501, reason: 'syntaxerror', bucket: 'settings' },
  '0x800CCC64': { reply: 502, reason: 'syntaxerror', bucket: 'settings' },
  '0x800CCC65': { reply: 503, reason: 'securityerror', bucket: 'settings' },
  '0x800CCC66': { reply: 504, reason: 'securityerror', bucket: 'settings' },
  '0x800CCC67': { reply: 421, reason: 'ratelimited', bucket: 'policy-reputation' },
  '0x800CCC68': { reply: 450, reason: 'ratelimited', bucket: 'policy-reputation' },
  '0x800CCC69': { reply: 550, reason: 'norelaying', bucket: 'settings' },
  '0x800CCC6A': { reply: 451, reason: 'systemerror', bucket: 'remote-transient' },
  '0x800CCC6B': { reply: 551, reason: 'norelaying', bucket: 'settings' },
  '0x800CCC6C': { reply: 452, reason: 'systemfull', bucket: 'remote-transient' },
  '0x800CCC6D': { reply: 552, reason: 'emailtoolarge', bucket: 'content' },
  '0x800CCC6E': { reply: 553, reason: 'rejected', bucket: 'settings' },
  '0x800CCC6F': { reply: 554, reason: 'blocked', bucket: 'policy-reputation' },
};

export function outlookReplyCode(id: string): number | null {
  return OUTLOOK_REPLY_CODES[id]?.reply ?? null;
}

const replyEntries = Object.entries(OUTLOOK_REPLY_CODES).map(([code, { reason, bucket }]) => ({
  ...outlook(code, reason, bucket, [], true), meaning: SERVER_REPLIED_KEY,
}));

// Order matters: the first match wins, so specific messages come before generic ones. A gap (a
// server name, a task name) is a followedBy() (knowledge/matchers.ts), never a gap inside one pattern.
export const CLIENT_ERRORS: readonly ClientErrorEntry[] = [
  // Outlook / Outlook Express (IMNXPORT codes) and Outlook for Windows.
  outlook('0x800CCC0B', 'systemerror', 'remote-transient'),
  outlook('0x800CCC0D', 'networkerror', 'settings', ['k_s_check_server_name']),
  outlook('0x800CCC0E', 'networkerror', 'settings', ['k_s_check_server_name', 'k_s_try_other_network']),
  // Microsoft: "The connection to the server was interrupted": the path (a firewall, an antivirus, the network).
  outlook('0x800CCC0F', 'networkerror', 'network-block', ['k_s_firewall_av']),
  outlook('0x800CCC10', 'userunknown', 'recipient'),
  outlook('0x800CCC13', 'networkerror', 'network-block'),
  outlook('0x800CCC15', 'networkerror', 'network-block'),
  outlook('0x800CCC16', 'securityerror', 'credentials'),
  outlook('0x800CCC18', 'securityerror', 'settings', ['k_s_disable_spa']),
  outlook('0x800CCC19', 'networkerror', 'network-block'),
  outlook('0x800CCC1A', 'failedstarttls', 'port-encryption'),
  outlook('0x800CCC92', 'securityerror', 'credentials'),
  outlook('0x800CCC60', 'undefined', 'unknown', [], true),
  outlook('0x800CCC61', 'undefined', 'unknown', [], true),
  ...replyEntries,
  outlook('0x800CCC78', 'rejected', 'settings', ['k_s_enable_auth', 'k_s_check_from'], true),
  outlook('0x800CCC79', 'norelaying', 'settings', ['k_s_enable_auth', 'k_s_check_address'], true),
  outlook('0x800CCC7A', 'syntaxerror', 'settings', ['k_s_sender_address_set']),
  outlook('0x800CCC7B', 'syntaxerror', 'settings', ['k_s_check_address']),
  outlook('0x800CCC7C', 'failedstarttls', 'port-encryption'),
  outlook('0x800CCC7D', 'failedstarttls', 'port-encryption'),
  outlook('0x800CCC7F', 'failedstarttls', 'port-encryption'),
  outlook('0x800CCC80', 'securityerror', 'settings', ['k_s_disable_spa', 'k_s_auth_method_normal']),
  outlook('0x80042108', 'networkerror', 'settings', ['k_s_check_server_name']),
  outlook('0x80042109', 'networkerror', 'settings', ['k_s_check_server_name', 'k_s_try_other_network']),
  outlook('0x8004210A', 'networkerror', 'network-block'),
  outlook('0x8004210B', 'networkerror', 'network-block', [], true),
  text('outlook_cannot_connect', 'outlook', /cannot connect to your outgoing \(smtp\) e-?mail server/i, 'networkerror', 'settings', ['k_s_check_server_name', 'k_s_try_other_network']),
  // Outlook Express / Windows Mail: a recipient the program's own server refused; the quoted reply says why
  // ("553 sorry, that domain isn't in my list of allowed rcpthosts" is a relay refusal).
  text('outlook_recipient_rejected', 'outlook', /\bone of the\s{1,4}recipients\s{1,4}was\s{1,4}rejected\s{1,4}by\s{1,4}the\s{1,4}server\b|\bcould not be sent because\s{1,4}(?:one of\s{1,4})?the\s{1,4}recipients?\s{1,4}(?:was|were)\s{1,4}rejected\b/i, 'userunknown', 'recipient', ['k_s_check_address'], true),
  text('outlook_smtp_internal', 'outlook', /outgoing \(smtp\) e-?mail server has reported an internal error/i, 'undefined', 'unknown', ['k_s_read_detail'], true),
  text('outlook_smtp_interrupted', 'outlook', /connection to your outgoing \(smtp\) e-?mail server was interrupted/i, 'failedstarttls', 'port-encryption', ['k_s_firewall_av']),
  text('outlook_task_error', 'outlook', followedBy(/task '/gi, /' reported error/i, 200), 'undefined', 'unknown', ['k_s_read_detail'], true),

  // Thunderbird (message ids from its localisation files; texts as users see them).
  text('smtpAuthenticationNotSupported', 'thunderbird', /does not support authentication \(smtp-auth\)/i, 'securityerror', 'settings', ['k_s_use_secure_port']),
  text('smtpAuthFailure', 'thunderbird', /unable to authenticate to outgoing server/i, 'securityerror', 'credentials'),
  text('smtpHintAuthEncryptToPlain', 'thunderbird', /does not seem to support encrypted passwords/i, 'securityerror', 'settings', ['k_s_auth_method_normal']),
  text('smtpHintAuthPlainToEncrypt', 'thunderbird', /does not allow plaintext passwords/i, 'securityerror', 'settings', ['k_s_use_secure_port', 'k_s_auth_method_normal']),
  text('smtpAuthGssapi', 'thunderbird', /kerberos\/gssapi ticket was not accepted/i, 'securityerror', 'settings', ['k_s_auth_method_normal']),
  text('smtpAuthMechNotSupported', 'thunderbird', /does not support the selected authentication method/i, 'securityerror', 'settings', ['k_s_auth_method_normal']),
  text('startTlsFailed', 'thunderbird', anyOf(followedBy(/secure link with outgoing server /gi, /starttls/i, 200), /using starttls since it doesn'?t advertise/i), 'failedstarttls', 'port-encryption'),
  text('incorrectSmtpGreeting', 'thunderbird', /sent an incorrect greeting/i, 'failedstarttls', 'port-encryption', ['k_s_smtp_port']),
  text('smtpPasswordUndefined', 'thunderbird', /could not get password for/i, 'securityerror', 'credentials'),
  text('smtpSendFailedUnknownServer', 'thunderbird', followedBy(/outgoing server \(smtp\) /gi, / is unknown/i, 200), 'networkerror', 'settings', ['k_s_check_server_name']),
  text('smtpSendRequestRefused', 'thunderbird', followedBy(/connecting to outgoing server \(smtp\) /gi, / failed/i, 200), 'networkerror', 'settings', ['k_s_try_other_network']),
  text('smtpSendInterrupted', 'thunderbird', /was lost in the middle of the transaction/i, 'failedstarttls', 'port-encryption'),
  text('smtpSendTimeout', 'thunderbird', followedBy(/connection to outgoing server \(smtp\) /gi, / timed out/i, 200), 'networkerror', 'network-block'),
  text('smtpSendFailedUnknownReason', 'thunderbird', followedBy(/could not be sent using outgoing server \(smtp\) /gi, / for an unknown reason/i, 200), 'undefined', 'unknown'),
  text('errorSendingFromCommand', 'thunderbird', /please verify that your email address is correct|ob ihre e-mail-adresse in den konten-einstellungen stimmt/i, 'rejected', 'sender-account', ['k_s_check_from'], true),
  text('errorSendingRcptCommand', 'thunderbird', /please check the message recipient/i, 'norelaying', 'settings', ['k_s_check_address', 'k_s_enable_auth'], true),
  text('errorSendingDataCommand', 'thunderbird', /an outgoing server \(smtp\) error occurred while sending mail/i, 'spamdetected', 'policy-reputation', [], true),
  text('smtpPermSizeExceeded', 'thunderbird', /exceeds the global size limit/i, 'emailtoolarge', 'content'),
  text('smtpTempSizeExceeded', 'thunderbird', /exceeds a temporary size limit/i, 'emailtoolarge', 'content'),
  text('smtpTooManyRecipients', 'thunderbird', /exceeding the allowed number of recipients/i, 'ratelimited', 'policy-reputation', ['k_s_fewer_recipients']),
  text('errorIllegalLocalPart', 'thunderbird', /non-ascii characters in the local part/i, 'contenterror', 'content', ['k_s_remove_non_ascii']),
  text('imapLoginFailed', 'thunderbird', /login to server \S{1,200} with username \S{1,200} failed|anmeldung beim server \S{1,200} mit (?:dem )?benutzernamen \S{1,200} fehlgeschlagen/i, 'securityerror', 'credentials'),

  // PHPMailer (WordPress's mailer) and its German translation.
  text('phpmailer_auth', 'any', /smtp error: could not authenticate|smtp-fehler: authentifizierung fehlgeschlagen/i, 'securityerror', 'credentials', ['k_s_verify_login']),
  text('phpmailer_connect', 'any', /smtp error: could not connect to smtp host|smtp connect\(\) failed|smtp error: failed to connect to server|smtp-fehler: konnte keine verbindung zum smtp-host/i, 'networkerror', 'network-block', ['k_s_check_server_name', 'k_s_use_secure_port']),
  // Other website and script mailers (PEAR Mail, form plugins) say the same two failures plainly.
  text('script_auth', 'any', /\bunable to authenticate (?:to|with) (?:the )?smtp server\b/i, 'securityerror', 'credentials', ['k_s_verify_login']),
  text('script_connect', 'any', /\bunable to connect to (?:the )?smtp server\b/i, 'networkerror', 'network-block', ['k_s_check_server_name', 'k_s_use_secure_port']),
  // German mail programs' own words when the outgoing server's name or connection fails.
  text('de_server_not_found', 'any', anyOf(/\bhost unbekannt\b/i, followedBy(/\b(?:host|servername|server)\b/gi, /\bwurde nicht gefunden\b/i, 120)), 'hostunknown', 'settings', ['k_s_check_server_name']),
  text('de_connect_failed', 'any', /\bverbindung zum (?:server|postausgangsserver|smtp-server) (?:konnte nicht hergestellt werden|(?:ist )?nicht möglich|(?:ist )?fehlgeschlagen|wurde (?:abgelehnt|verweigert))\b|\bzeitüberschreitung\b/i, 'networkerror', 'network-block', ['k_s_check_server_name', 'k_s_use_secure_port']),
  text('phpmailer_mail_function', 'any', /could not instantiate mail function/i, 'mailererror', 'settings', ['k_s_use_smtp_login']),
  text('phpmailer_data', 'any', /smtp error: data not accepted/i, 'spamdetected', 'policy-reputation', [], true),
  text('phpmailer_invalid_from', 'any', /invalid address: +\(from\)/i, 'rejected', 'sender-account', ['k_s_check_from', 'k_s_script_fix']),
  text('phpmailer_invalid_to', 'any', /invalid address: +\((?:to|cc|bcc)\)/i, 'userunknown', 'recipient', ['k_s_check_address']),
  text('phpmailer_no_recipient', 'any', /must provide at least one recipient/i, 'syntaxerror', 'content', ['k_s_script_fix']),
  text('phpmailer_recipients_failed', 'any', /the following recipients failed/i, 'userunknown', 'recipient', ['k_s_check_address'], true),
  text('tls_verify_failed', 'any', /certificate verify failed|ssl operation failed/i, 'failedstarttls', 'port-encryption', ['k_s_check_cert_name', 'k_s_check_clock']),

  // Outlook's wordings without a code.
  text('outlook_encryption_type', 'outlook', /does not support the connection encryption type/i, 'failedstarttls', 'port-encryption', ['k_s_use_secure_port']),
  text('no_secure_auth', 'any', /does not support secure authentication/i, 'securityerror', 'settings', ['k_s_auth_method_normal']),

  // German clients (Thunderbird, Outlook, Apple Mail in German).
  text('de_smtp_connect', 'any', anyOf(followedBy(/verbindung zum postausgangs-?server/gi, /fehlgeschlagen|fehlschlug/i), /verbindung zum smtp-server (?:ist )?fehlgeschlagen/i, followedBy(/\b(?:postausgangs-?server|smtp-server)\b/gi, /\bantwortet nicht\b/i, 60)), 'networkerror', 'settings', ['k_s_check_server_name', 'k_s_try_other_network']),
  text('de_connection_dropped', 'any', /verbindung zum server wurde (?:unerwartet )?(?:unterbrochen|getrennt|beendet)|server hat die verbindung (?:unerwartet |plötzlich )?(?:getrennt|beendet|geschlossen)/i, 'failedstarttls', 'port-encryption', ['k_s_firewall_av']),
  // The same in English: the server ended the connection while the program was still talking to it.
  text('connection_dropped', 'any', /\bserver (?:unexpectedly )?closed the connection(?: unexpectedly)?\b|\bconnection to the (?:mail |smtp |outgoing )?server was (?:reset|dropped|closed unexpectedly)\b/i, 'failedstarttls', 'port-encryption', ['k_s_firewall_av']),
  text('de_smtp_auth', 'any', /anmeldung beim postausgangs-?server|authentifizierung fehlgeschlagen|\banmeldung (?:ist )?fehlgeschlagen\b|benutzername oder (?:das )?passwort (?:ist )?falsch/i, 'securityerror', 'credentials'),

  // Apple Mail (macOS, iOS).
  text('apple_too_large', 'apple-mail', /rejected by the server because it is too large/i, 'emailtoolarge', 'content', ['k_s_smaller_message']),
  text('apple_outgoing_failed', 'apple-mail', followedBy(/the connection to the outgoing server/gi, / failed/i), 'networkerror', 'settings', ['k_s_check_server_name', 'k_s_try_other_network']),
  text('apple_relaying', 'apple-mail', /does not allow relaying/i, 'norelaying', 'settings', ['k_s_enable_auth']),
  text('apple_message_rejected', 'apple-mail', /the message was rejected by the server|\boutgoing server rejected the message\b|\bpostausgangsserver (?:hat )?(?:sie|die nachricht) abgelehnt|\bserver hat die nachricht abgelehnt\b/i, 'rejected', 'policy-reputation', ['k_s_check_from']),
  text('apple_sender_rejected', 'apple-mail', /email address rejected by server|sender address was rejected by the server/i, 'rejected', 'settings', ['k_s_enable_auth', 'k_s_check_from']),
  text('apple_password_incorrect', 'apple-mail', followedBy(/user name or password for /gi, / is incorrect/i, 200), 'securityerror', 'credentials'),
  text('apple_content_failed', 'apple-mail', /sending the message content to the server failed/i, 'undefined', 'unknown', ['k_s_read_detail']),
  text('apple_not_responding', 'apple-mail', followedBy(/the (?:mail |smtp )?server /gi, /(?:is not responding|did not respond)/i, 200), 'networkerror', 'settings', ['k_s_check_server_name', 'k_s_try_other_network']),
  text('apple_check_settings', 'apple-mail', /check the account settings for the outgoing server/i, 'networkerror', 'settings', ['k_s_check_server_name', 'k_s_recheck_settings']),
  text('apple_cannot_send', 'apple-mail', /\b(?:cannot|unable to) send (?:this |the )?(?:message|mail) using the server/i, 'networkerror', 'settings', ['k_s_check_server_name', 'k_s_try_other_network']),

  // Android (Gmail app, Samsung Email) and short wordings any app shows.
  text('connection_failed', 'any', /(?:the )?connection to (?:the )?(?:mail |smtp )?server (?:has )?failed|\berror connecting (?:or logging )?(?:in)?to (?:the )?(?:smtp|mail|outgoing) server\b|\b(?:can'?t|cannot|unable to) connect to (?:the )?(?:mail |smtp )?server\b|couldn'?t open connection to server|unable to open connection to server/i, 'networkerror', 'settings', ['k_s_check_server_name', 'k_s_try_other_network']),
  text('login_incorrect', 'any', /username or password (?:is )?incorrect|^couldn'?t sign in\.?$|\bunable to verify account name or password\b|\brejected the password\b|^authentication failed\.?$/im, 'securityerror', 'credentials'),
  text('secure_connection_failed', 'any', /can'?t establish a secure connection|unable to establish a secure connection/i, 'failedstarttls', 'port-encryption', ['k_s_use_secure_port']),

  // Operating-system and library socket errors that mail programs and apps pass on as they are
  // (Java/Android, POSIX, Node): the connection broke or never came up.
  text('socket_error', 'any', /\b(?:network (?:is )?unreachable|connection reset by peer|broken pipe|software caused connection abort|read timed out|connect timed out|socket(?:timeout)?exception|econnreset|econnaborted|enetunreach|ehostunreach|etimedout|epipe)\b|\bcouldn'?t connect to host\b/i, 'networkerror', 'network-block', ['k_s_try_other_network', 'k_s_check_server_name']),
  // The outgoing server's name did not resolve (the name in the settings, or the device's DNS).
  text('host_unresolved', 'any', /\bunable to resolve host\b|\bhost is unresolved\b|\bunknownhostexception\b|\bgetaddrinfo enotfound\b|\bname or service not known\b|\bnodename nor servname provided\b/i, 'networkerror', 'settings', ['k_s_check_server_name', 'k_s_try_other_network']),
  // The server's certificate could not be checked (Java/Android trust store, Apple's "Cannot Verify Server Identity").
  text('certificate_untrusted', 'any', /\btrust anchor for certification path not found\b|\bunable to find valid certification path\b|\bpkix path building failed\b|\binvalid security certificate\b|\bcan'?t verify (?:the )?identity of (?:the )?server\b|\bcannot verify server identity\b|\bcertificate verify failed\b|\bself[- ]signed certificate\b/i, 'failedstarttls', 'port-encryption', ['k_s_check_server_name', 'k_s_use_secure_port']),
  // The mail program's own greeting name (HELO) is not one the server accepts (often an underscore or a bare name).
  text('helo_syntax', 'any', /\bsyntactically invalid helo argument|\bparameter to helo does not conform\b/i, 'syntaxerror', 'settings', ['k_s_recheck_settings']),
  text('connection_refused', 'any', /\bconnection (?:was )?refused\b|\brefused the connection\b/i, 'networkerror', 'settings', ['k_s_check_server_name', 'k_s_try_other_network']),

  // Certificate warnings (any client).
  text('cert_expired', 'any', /certificate (?:has )?expired|certificate is expired|expired certificate/i, 'failedstarttls', 'port-encryption', ['k_s_check_clock', 'k_s_check_cert_name']),
  text('cert_name_mismatch', 'any', anyOf(/name on the security certificate is invalid|does not match the name of the site|target principal name is incorrect|certificate for this server is invalid|security certificate that cannot be verified|add security exception|remote certificate is invalid|(?:cannot|can't|unable to) verify (?:the )?server(?:'s)? identity|identität des servers (?:kann nicht|konnte nicht) (?:überprüft|bestätigt) werden/i, followedBy(/identity of /gi, / cannot be verified/i), followedBy(/certificate /gi, / (?:not trusted|untrusted)/i)), 'failedstarttls', 'port-encryption', ['k_s_check_cert_name', 'k_s_check_clock']),

  // Generic lines, last: the first line Thunderbird shows, and bare timeouts.
  // Script and web mailers that could not open a connection at all ("SMTP Error 101").
  text('smtp_stream', 'any', /cannot open smtp stream|error opening connection|\bsmtp error 101\b/i, 'networkerror', 'network-block', ['k_s_check_server_name', 'k_s_use_secure_port']),
  // .NET's SmtpClient (many business programs): the server closed the connection, usually port and encryption not matching.
  // Not when the reason it gives is that nothing answered in time (Windows' WSAETIMEDOUT words): that is the connection's path.
  text('dotnet_connection_closed', 'any', /net_io_connectionclosed|unable to read data from the transport connection(?![^\n]{0,200}\b(?:did not properly respond|failed to respond|timed out)\b)|\bforcibly closed by the remote host\b|\bgreeting never received\b|\bdid not receive (?:a|the|any) (?:smtp )?greeting\b/i, 'failedstarttls', 'port-encryption', ['k_s_use_secure_port']),
  // Phone apps: the device has no working connection.
  text('check_internet', 'any', /check your (?:internet|network) connection/i, 'networkerror', 'network-block', ['k_s_try_other_network']),
  // A mail program's plain "could not send", and its quoting of the server's reply: the reply decides.
  text('send_failed_plain', 'any', /^(?:unable to send (?:the |this )?message|(?:the )?message could not be sent|couldn'?t send (?:the |this )?message|failure sending mail)\.?$/im, 'undefined', 'unknown', ['k_s_read_detail']),
  text('server_responded', 'any', /\bthe (?:mail |smtp )?server responded:/i, 'undefined', 'unknown', ['k_s_read_detail'], true),
  text('sendFailed', 'thunderbird', /sending of the message failed|senden (?:der nachricht )?fehlgeschlagen|\b(?:nachricht|e-?mail) konnte nicht (?:gesendet|versendet|verschickt) werden\b|\bfehler beim (?:senden|versenden|versand)(?: der (?:nachricht|e-?mail))?\b/i, 'undefined', 'unknown', ['k_s_read_detail']),
  text('timeout', 'any', anyOf(/\b(?:connection|operation|server|request) (?:has )?timed out\b|\btimed out waiting\b|connection timeout/i, followedBy(/\bthe connection to (?:the )?server /gi, / timed out/i, 200)), 'networkerror', 'network-block'),
];

/** Entries whose words a mail server may write too ("Connection timed out"): they do not make a text a client's. */
export const LOOSE_CLIENT_WORDS: ReadonlySet<string> = new Set(['timeout', 'connection_refused']);

/** The first client error whose text matches, or null. */
const INDEX = new EntryIndex(CLIENT_ERRORS, KNOWLEDGE_GROUP);

export function findClientError(text: string): ClientErrorEntry | null {
  return INDEX.first(text);
}
