// A session transcript in a report that names its recipient nowhere else: Postfix's notice to the
// postmaster ("Transcript of session follows." then " In:  RCPT TO:<x>" / " Out: 451 …") and
// Sendmail's (">>> RCPT To:<x>" / "<<< 550 …"). The failed recipients are the ones the failing reply
// answered: a refusal right after RCPT TO:<x> is about x; a refusal after DATA (or the message's end)
// is about every recipient the server had accepted. A transcript without a failing reply names none.
import { extractAddress } from './address.ts';

// The client's side of the session, as each MTA writes it: Postfix " In:", Sendmail ">>>", and the
// "C:" / "->" of other transcripts.
const CLIENT = /^[ \t]*(?:in:|>>>|c:|->)(.*)$/i;
// The server's replies: Postfix " Out:", Sendmail "<<<", and "S:" / "<-".
const SERVER = /^[ \t]*(?:out:|<<<|s:|<-)[ \t]*([2-5])\d\d(?:[ -]|$)/i;
const RCPT = /^rcpt[ \t]+to:[ \t]*(<[^<>\s]{1,254}>|\S{1,254})/i;
const DATA_STAGE = /^(?:data|bdat|\.)(?:[ \t]|$)/i;
// More lines than a report's transcript has: stop reading (bounded time on any input).
const MAX_LINES = 400;

export function transcriptRecipients(region: string): string[] {
  const accepted: string[] = [];
  const failed = new Set<string>();
  let pending: string | null = null;
  let afterData = false;
  let read = 0;
  for (const line of region.split('\n')) {
    if (++read > MAX_LINES) break;
    const client = CLIENT.exec(line);
    if (client) {
      const command = (client[1] ?? '').trimStart();
      const rcpt = RCPT.exec(command);
      pending = rcpt ? extractAddress(rcpt[1] ?? '') : null;
      if (DATA_STAGE.test(command)) afterData = true;
      continue;
    }
    const server = SERVER.exec(line);
    if (!server) continue;
    const refused = server[1] === '4' || server[1] === '5';
    if (pending) {
      if (refused) failed.add(pending);
      else accepted.push(pending);
      pending = null;
    } else if (refused && afterData) {
      for (const a of accepted) failed.add(a);
    }
  }
  return [...failed];
}
