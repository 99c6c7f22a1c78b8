// Advice the help article forbids, as patterns over rendered text (English and German).
export const UNSAFE: [string, RegExp][] = [
  ['disables authentication', /\b(disable|switch off|turn off|deactivate|untick|uncheck)\b[^.:;]*\b(authentication|encryption|ssl|tls|starttls)\b/i],
  ['resends repeatedly', /\b(resend|re-send|send)\b[^.]*\b(again and again|repeatedly|several times|many times|until it)\b|\bkeep (re-?)?sending\b/i],
  ['shares a password', /\b(send|give|share|tell|email|forward)\b[^.]*\bpassword\b[^.]*\b(to|with)\b[^.]*\b(support|us|someone|colleague|anyone)\b/i],
  ['edits DNS', /\b(edit|change|add|update|modify|create|publish)\b[^.]*\b(dns|mx|txt|spf|dkim|dmarc|ptr)\b/i],
];
export const UNSAFE_DE: [string, RegExp][] = [
  ['disables authentication', /\b(deaktivieren|abschalten|ausschalten)\b[^.]*\b(authentifizierung|verschlüsselung)/i],
  ['edits DNS', /\b(bearbeiten|ändern|hinzufügen|anlegen)\b[^.]*\bdns\b|\bdns[^.]*\b(bearbeiten|ändern|hinzufügen|anlegen)\b/i],
];

// A step may name an option to untick only if it keeps authentication itself on.
export const keepsAuthOn = (text: string) => /\bkeep\b[^.]*\bauthentication\b[^.]*\bon\b/i.test(text);
