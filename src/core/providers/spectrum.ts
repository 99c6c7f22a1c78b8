// Spectrum (Charter): its numbered refusals as the engine reads them (classify/provider-codes.ts).
// No keyword rows and no knowledge entries of its own: "AUP#…" codes without other known words are
// explained by generic.ts's aup_policy entry.
import type { Reason } from '../types.ts';
import type { ProviderAbout } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Spectrum', docs: null, hosts: ['charter.net', 'spectrum.net', 'rr.com'] };

/** [first, last, reason] of Spectrum's documented "AUP#In-/Out-NNNN" ranges, in order
 *  (provider-bounce-catalogue.tsv, "AUP#I/AUP#O 1300-1340"). */
export const AUP_RANGES: readonly (readonly [number, number, Reason])[] = [
  [1000, 1000, 'blocked'], [1010, 1010, 'rejected'], [1020, 1080, 'rejected'], [1090, 1090, 'systemerror'],
  [1100, 1150, 'requireptr'], [1160, 1190, 'policyviolation'], [1200, 1250, 'blocked'], [1260, 1260, 'networkerror'],
  [1300, 1340, 'toomanyconn'], [1350, 1490, 'speeding'], [1500, 1500, 'rejected'], [1520, 1520, 'rejected'],
  [1530, 1530, 'mesgtoobig'], [1540, 1550, 'speeding'], [1560, 1560, 'policyviolation'], [1580, 1580, 'speeding'],
];
