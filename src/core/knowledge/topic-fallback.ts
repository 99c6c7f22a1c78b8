// The very last reading of a short code-less text that no table, program family or word family
// knows, but that plainly says something went wrong with one thing: its topic (a login, the
// encryption, the sender, a recipient, an attachment, the connection) and a trouble word ("failed",
// "invalid", "nicht möglich"). A wording nobody has seen yet ("Login to SMTP host was not
// successful") still lands in its family, said as not sure; two topics that point different
// ways are resolved by the order below, and a text with no trouble word is left unknown.
import type { Bucket, Reason } from '../types.ts';
import type { Actor } from './types.ts';
import { findSmtpReply } from './smtp-reply-reader.ts';

export interface TopicFamily { id: string; topic: RegExp; reason: Reason; bucket: Bucket; actor: Actor; client: boolean }

// English and German trouble words. No \b next to a German word's umlaut (not a word character).
const TROUBLE = /\b(?:fail(?:ed|s|ure)?|errors?|invalid|incorrect|wrong|refused|rejected|denied|unable|cannot|can't|could not|couldn't|unsuccessful|not (?:supported|allowed|accepted|available|found|valid|possible|successful|permitted)|unsupported|unavailable|problem|fehler|fehlgeschlagen|gescheitert|ungültig|abgelehnt|verweigert|nicht (?:möglich|erfolgreich|gefunden|erreichbar|unterstützt))\b|unmöglich/i;

// Order matters: "login to the server failed" is the login, "TLS connection failed" the encryption.
export const TOPIC_FAMILIES: readonly TopicFamily[] = [
  { id: 'login', topic: /\b(?:password|passwort|kennwort|credentials|zugangsdaten|log ?in|logon|sign[- ]?in|user ?name|benutzername|authenticat\w*|authentifizier\w*|anmeld\w*)\b/i, reason: 'securityerror', bucket: 'credentials', actor: 'sender', client: true },
  { id: 'encryption', topic: /\b(?:ssl|tls|starttls|certificate|zertifikat\w*|encrypt\w*|verschlüssel\w*|handshake)\b/i, reason: 'failedstarttls', bucket: 'port-encryption', actor: 'sender', client: true },
  { id: 'sender', topic: /\b(?:sender|absender\w*|from address|from-address)\b/i, reason: 'rejected', bucket: 'sender-account', actor: 'sender', client: false },
  { id: 'recipient', topic: /\b(?:recipients?|empfänger\w*|addressees?|mailbox|postfach)\b/i, reason: 'userunknown', bucket: 'recipient', actor: 'sender', client: false },
  { id: 'attachment', topic: /\b(?:attachments?|anhang|anhänge|message size|nachrichtengröße)\b/i, reason: 'contenterror', bucket: 'content', actor: 'sender', client: false },
  { id: 'connection', topic: /\b(?:connect\w*|verbindung\w*|host|smtp[- ]server|mail ?server|outgoing server|postausgangsserver|ausgangsserver|port|dns|netzwerk|network)\b/i, reason: 'networkerror', bucket: 'settings', actor: 'sender', client: true },
];

const MAX_TEXT = 200;

/** The topic family of a short code-less text that names one thing and says it went wrong, or null. */
export function findTopicFamily(text: string): TopicFamily | null {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_TEXT || /\b[245]\.\d{1,3}\.\d{1,3}\b/.test(t) || findSmtpReply(t) || !TROUBLE.test(t)) return null;
  return TOPIC_FAMILIES.find((f) => f.topic.test(t)) ?? null;
}
