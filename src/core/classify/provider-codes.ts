// Providers that number their refusals: the number, not a wording, names the cause. Spectrum
// writes "AUP#In-1310" / "AUP#Out-1310" and documents ranges of numbers
// (provider-bounce-catalogue.tsv, "AUP#I/AUP#O 1300-1340"). Gmail's older bounces end the remote
// server's reply with "(state N)", the stage of Gmail's own SMTP session when the reply came.
import type { Reason } from '../types.ts';

export interface CodeHit {
  provider: string;
  reason: Reason;
  start: number;
  end: number;
}

// [first, last, reason] of Spectrum's table, in order.
const SPECTRUM_AUP: readonly (readonly [number, number, Reason])[] = [
  [1000, 1000, 'blocked'], [1010, 1010, 'rejected'], [1020, 1080, 'rejected'], [1090, 1090, 'systemerror'],
  [1100, 1150, 'requireptr'], [1160, 1190, 'policyviolation'], [1200, 1250, 'blocked'], [1260, 1260, 'networkerror'],
  [1300, 1340, 'toomanyconn'], [1350, 1490, 'speeding'], [1500, 1500, 'rejected'], [1520, 1520, 'rejected'],
  [1530, 1530, 'mesgtoobig'], [1540, 1550, 'speeding'], [1560, 1560, 'policyviolation'], [1580, 1580, 'speeding'],
];
const SPECTRUM_CODE = /aup#(?:in?|o(?:ut)?)-?(\d{4})/;

// Gmail's session states and what a refusal in each means (learnt from Sisimai's Lhost::Gmail,
// BSD-2, whose comments quote the replies seen in each state): 6 and 9 are the TLS handshake,
// 8 and 12 the login to the remote server, 13 its greeting, 14 the recipient, 15–18 the message
// itself (the server took the recipient, then refused the message: its filter).
const GMAIL_STATES: ReadonlyMap<string, Reason> = new Map<string, Reason>([
  ['6', 'failedstarttls'], ['8', 'systemerror'], ['9', 'failedstarttls'], ['12', 'norelaying'], ['13', 'blocked'],
  ['14', 'userunknown'], ['15', 'filtered'], ['17', 'filtered'], ['18', 'filtered'],
]);
const GMAIL_STATE = /\(state (\d{1,2})\)\./;
// A status code of a specific cause (x.1.1, x.2.2 …, not x.y.0) names the cause more exactly than
// the session stage: "Mailbox Full (state 14)" is a full mailbox, not an unknown user.
const SPECIFIC_STATUS = /^[45]\.[1-7]\.[1-9]/;

function gmailState(textLower: string, status: string | null): CodeHit | null {
  if (status !== null && SPECIFIC_STATUS.test(status)) return null;
  const m = GMAIL_STATE.exec(textLower);
  const reason = m ? GMAIL_STATES.get(m[1] ?? '') : undefined;
  return m && reason ? { provider: 'google', reason, start: m.index, end: m.index + m[0].length } : null;
}

/** The provider's numbered code in `textLower`, when that provider sent the bounce. */
export function providerCodeReason(textLower: string, providers: ReadonlySet<string>, status: string | null): CodeHit | null {
  if (providers.has('google')) {
    const state = gmailState(textLower, status);
    if (state) return state;
  }
  if (!providers.has('spectrum')) return null;
  const m = SPECTRUM_CODE.exec(textLower);
  if (!m) return null;
  const n = Number(m[1]);
  const row = SPECTRUM_AUP.find(([first, last]) => n >= first && n <= last);
  return row ? { provider: 'spectrum', reason: row[2], start: m.index, end: m.index + m[0].length } : null;
}
