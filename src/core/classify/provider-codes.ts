// Providers that number their refusals: the number, not a wording, names the cause. Spectrum
// writes "AUP#In-1310" / "AUP#Out-1310"; Gmail's older bounces end the remote server's reply with
// "(state N)", the stage of Gmail's own SMTP session when the reply came. The numbers' meanings
// live with each provider's other rows (providers/spectrum.ts, providers/google.ts).
import type { Reason } from '../types.ts';
import { AUP_RANGES as SPECTRUM_AUP } from '../providers/spectrum.ts';
import { SESSION_STATES as GMAIL_STATES } from '../providers/google.ts';

export interface CodeHit {
  provider: string;
  reason: Reason;
  start: number;
  end: number;
}

const SPECTRUM_CODE = /aup#(?:in?|o(?:ut)?)-?(\d{4})/;

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

// Comcast names the refusal's number in its reply and on its error-code page: BL… the sending IP is on a
// block list it uses, ES000001 / ES000010 mail straight from a residential address, DM… a failed DMARC
// check (providers/comcast.ts explains each to the reader).
const COMCAST_CODE = /\b(bl|es|dm)0\d{2,5}\b/;
const COMCAST_REASON: Readonly<Record<string, Reason>> = { bl: 'blocked', es: 'blocked', dm: 'authfailure' };

function comcastCode(textLower: string): CodeHit | null {
  const m = COMCAST_CODE.exec(textLower);
  const reason = m ? COMCAST_REASON[m[1] ?? ''] : undefined;
  return m && reason ? { provider: 'comcast', reason, start: m.index, end: m.index + m[0].length } : null;
}

/** The provider's numbered code in `textLower`, when that provider sent the bounce. */
export function providerCodeReason(textLower: string, providers: ReadonlySet<string>, status: string | null): CodeHit | null {
  if (providers.has('google')) {
    const state = gmailState(textLower, status);
    if (state) return state;
  }
  // Its replies name it ("… comcast 192.0.2.1 Comcast block for spam … #BL000000"): the word and
  // the number together are its own, even where no host name of its is left.
  if (providers.has('comcast') || textLower.includes('comcast')) {
    const hit = comcastCode(textLower);
    if (hit) return hit;
  }
  if (!providers.has('spectrum')) return null;
  const m = SPECTRUM_CODE.exec(textLower);
  if (!m) return null;
  const n = Number(m[1]);
  const row = SPECTRUM_AUP.find(([first, last]) => n >= first && n <= last);
  return row ? { provider: 'spectrum', reason: row[2], start: m.index, end: m.index + m[0].length } : null;
}
