// How some MTA families name the refused command outside the usual "in reply to RCPT TO command":
// Yahoo tags the reply with its stage ("… User Unknown [RCPT_TO]", "[MAIL_FROM]", "[BODY]" = the
// message text), m-FILTER writes it on the line under its "-------SMTP command" marker, and 1&1 calls
// the message text "TEXT" ("SMTP error from remote server for TEXT command"). qmail-remote says which
// step failed in words of its own: "<host> does not like recipient." (RCPT), "Connected to <host> but
// sender was rejected." (MAIL), "<host> failed after I sent the message." / "failed on DATA command".
const FAMILY_COMMAND = /\[(rcpt_to|mail_from|data|body)\]|-smtp command[ \t]*\n[ \t]*(rcpt|mail|data|ehlo|helo)\b|\bfor[ \t]+(text)[ \t]+command\b/i;

const NAMES: Readonly<Record<string, string>> = {
  rcpt_to: 'RCPT', mail_from: 'MAIL', data: 'DATA', body: 'DATA', rcpt: 'RCPT', mail: 'MAIL', ehlo: 'EHLO', helo: 'HELO', text: 'DATA',
};

// Coremail (NetEase 163) names the command before what the server said to it: "Host x(ip) RCPT TO said 550 …".
const COMMAND_SAID = /\b(rcpt|mail)[ \t]+(?:to|from)[ \t]+said\b|\b(data)[ \t]+said\b/i;

const QMAIL_STEP = /\bdoes not like (recipient)\.|\bbut (sender) was rejected\.|\bfailed (after i sent the message|on data command)\b/i;
const QMAIL_NAMES: readonly string[] = ['RCPT', 'MAIL', 'DATA'];

/** The SMTP command a family's own marker names, or null. */
export function familyCommand(text: string): string | null {
  const m = FAMILY_COMMAND.exec(text);
  if (m) return NAMES[(m[1] ?? m[2] ?? m[3] ?? '').toLowerCase()] ?? null;
  const said = COMMAND_SAID.exec(text);
  if (said) return NAMES[(said[1] ?? said[2] ?? '').toLowerCase()] ?? null;
  const q = QMAIL_STEP.exec(text);
  return q ? (QMAIL_NAMES[[q[1], q[2], q[3]].findIndex((g) => g !== undefined)] ?? null) : null;
}
