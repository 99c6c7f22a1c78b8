// Providers that number their refusals: the number, not a wording, names the cause. Spectrum
// writes "AUP#In-1310" / "AUP#Out-1310" and documents ranges of numbers
// (provider-bounce-catalogue.tsv, "AUP#I/AUP#O 1300-1340").
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

/** The provider's numbered code in `textLower`, when that provider sent the bounce. */
export function providerCodeReason(textLower: string, providers: ReadonlySet<string>): CodeHit | null {
  if (!providers.has('spectrum')) return null;
  const m = SPECTRUM_CODE.exec(textLower);
  if (!m) return null;
  const n = Number(m[1]);
  const row = SPECTRUM_AUP.find(([first, last]) => n >= first && n <= last);
  return row ? { provider: 'spectrum', reason: row[2], start: m.index, end: m.index + m[0].length } : null;
}
