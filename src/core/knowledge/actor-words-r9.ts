// Round 9 (knowledge18): the words of the who-acts families added to actor-rules-r8.ts's table, kept apart so
// each stays a small literal alternation (regex-safety.test.ts). Each family was tried on other public texts of
// its kind first (rows-knowledge18.py, groups q2 and q5). A delay whose reason is the recipient's servers not
// answering stays "nobody acts yet" (the house rule for delays; lead set 13's labels give it to the recipient's admin).

// Postfix's own delivery agent missing or broken ("mail transport unavailable", "unknown mail transport
// error"): the sending server's set-up, whoever runs it.
export const OWN_TRANSPORT_BROKEN_R9 = /\bmail transport unavailable\b|\bunknown mail transport error\b/i;

// A recipient address delivered to a program (Exim's "pipe to |/path … local delivery failed"): that
// program on the recipient's server failed, its admin's to fix.
const PIPE_TO = /\bpipe to \|/i;
const LOCAL_DELIVERY_FAILED = /\blocal delivery failed\b/i;
export const PIPE_FAILED_R9 = { test: (text: string): boolean => PIPE_TO.test(text) && LOCAL_DELIVERY_FAILED.test(text) };

// The sender's address refused as a spammer's or listed one ("Sender address rejected: Blocked due to spam"):
// the sender's standing, not a mistyped address.
export const SENDER_LISTED_R9 = /\bsender address rejected:? [^\n]{0,40}\b(?:spam(?:mer)?|black ?list(?:ed)?|block ?list(?:ed)?|blocked)\b/i;

// A temporary refusal that sends the sender to the receiver's abuse desk ("421 Try again later (192.0.2.1).
// Please contact abuse@…"): the sending server's standing there.
export const CONTACT_ABUSE_R9 = /\bcontact abuse@|\bcontact (?:our |the )?abuse (?:team|department|desk)\b/i;

// A post a mailing list holds for its moderator (Mailman's "Is being held until the list moderator can review it
// for approval", "… awaits moderator approval", the moderator's own "your authorization is requested"): not
// refused, nobody acts yet.
export const HELD_FOR_MODERATOR_WORDS_R9 = [
  String.raw`\bis being held until the list moderator can review it\b`, String.raw`\byour authori[sz]ation is requested for the following mailing list posting\b`,
  String.raw`\b(?:awaits|awaiting|pending|requires|needs) (?:the )?moderator(?:'s)? approval\b`, String.raw`\bheld for (?:moderation|moderator(?:'s)? approval|the list moderator)\b`,
  String.raw`\bpending moderation\b`,
].join('|');
export const HELD_FOR_MODERATOR_R9 = new RegExp(HELD_FOR_MODERATOR_WORDS_R9, 'i');
