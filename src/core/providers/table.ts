// The one provider table: every provider's replies, read by both the engine and the knowledge base.
// Each provider has one module here, named by its id (classify/provider-registry.ts), holding:
// - ABOUT: its name, its page on its error codes, and the host names and words that mark its
//   bounces (the registry gathers them for the engine's provider detection);
// - ROWS, the engine's view (classify/rules.ts): "## reason [code] [status]" then keyword
//   patterns, one a line, lowercase, whitespace collapsed, " ... " between parts that must appear
//   in this order. Only trusted when the bounce comes from that provider (and carries that status,
//   if given); "code" = the provider's own error code, which outranks its wording. Derived from
//   test/fixtures/reference/provider-bounce-catalogue.tsv (Sisimai's lhost/via-*.go and
//   rhost/for-*.go tables, BSD-2, go-sisimai ed142de), reduced without changing a verdict: one
//   row per text, no row that repeats a generic one (pattern-data.ts) — but au/EZweb's summary
//   lines, which name the account's state, are KDDI rows as well.
//   Providers that number their refusals keep the numbers' meanings beside their rows
//   (spectrum.ts AUP_RANGES, google.ts SESSION_STATES; read by classify/provider-codes.ts).
// - ENTRIES, the knowledge view (knowledge/providers.ts): regex or composite matcher, reason,
//   bucket, who acts, steps, don'ts, references (the provider's own documentation is added to
//   each, entry.ts), the provider's meaning of its codes and, where needed, a heading.
import type { ProviderId } from '../classify/provider-registry.ts';
import type { ProviderAbout, ProviderEntry } from './entry.ts';
import * as aol from './aol.ts';
import * as apple from './apple.ts';
import * as att from './att.ts';
import * as barracuda from './barracuda.ts';
import * as cloudflare from './cloudflare.ts';
import * as comcast from './comcast.ts';
import * as cox from './cox.ts';
import * as cpanel from './cpanel.ts';
import * as generic from './generic.ts';
import * as godaddy from './godaddy.ts';
import * as google from './google.ts';
import * as ionos from './ionos.ts';
import * as italiaonline from './italiaonline.ts';
import * as iua from './iua.ts';
import * as kddi from './kddi.ts';
import * as messagelabs from './messagelabs.ts';
import * as microsoft from './microsoft.ts';
import * as mimecast from './mimecast.ts';
import * as netease from './netease.ts';
import * as orange from './orange.ts';
import * as proofpoint from './proofpoint.ts';
import * as spamcop from './spamcop.ts';
import * as spamhaus from './spamhaus.ts';
import * as spectrum from './spectrum.ts';
import * as tencent from './tencent.ts';
import * as tonline from './tonline.ts';
import * as trendmicro from './trendmicro.ts';
import * as yahoo from './yahoo.ts';
import * as zoho from './zoho.ts';
import * as yandex from './yandex.ts';
import * as cisco from './cisco.ts';
import * as sophos from './sophos.ts';
import * as hornetsecurity from './hornetsecurity.ts';
import * as round9 from '../knowledge/providers-r9.ts';

/** Every provider's ABOUT, in the order of the one id list. */
export const PROVIDERS: Readonly<Record<ProviderId, ProviderAbout>> = {
  google: google.ABOUT, microsoft: microsoft.ABOUT, yahoo: yahoo.ABOUT, aol: aol.ABOUT, apple: apple.ABOUT, cox: cox.ABOUT,
  godaddy: godaddy.ABOUT, mimecast: mimecast.ABOUT, orange: orange.ABOUT, spectrum: spectrum.ABOUT, tencent: tencent.ABOUT,
  zoho: zoho.ABOUT, iua: iua.ABOUT, kddi: kddi.ABOUT, cloudflare: cloudflare.ABOUT, messagelabs: messagelabs.ABOUT,
  proofpoint: proofpoint.ABOUT, barracuda: barracuda.ABOUT, tonline: tonline.ABOUT, ionos: ionos.ABOUT, cpanel: cpanel.ABOUT,
  spamhaus: spamhaus.ABOUT, spamcop: spamcop.ABOUT, comcast: comcast.ABOUT, att: att.ABOUT, italiaonline: italiaonline.ABOUT, trendmicro: trendmicro.ABOUT, netease: netease.ABOUT,
  yandex: yandex.ABOUT, cisco: cisco.ABOUT, sophos: sophos.ABOUT, hornetsecurity: hornetsecurity.ABOUT,
  generic: generic.ABOUT,
};

/** The engine's rows per provider. */
export const ENGINE_ROWS: readonly (readonly [ProviderId, string])[] = [
  ['aol', aol.ROWS], ['apple', apple.ROWS], ['cox', cox.ROWS], ['orange', orange.ROWS], ['godaddy', godaddy.ROWS],
  ['google', google.ROWS], ['kddi', kddi.ROWS], ['messagelabs', messagelabs.ROWS], ['microsoft', microsoft.ROWS],
  ['mimecast', mimecast.ROWS], ['tencent', tencent.ROWS], ['yahoo', yahoo.ROWS], ['zoho', zoho.ROWS], ['cloudflare', cloudflare.ROWS],
];

// Order matters: the first match wins, so narrower texts come before broader ones. A gap between
// a code and its wording is a followedBy() (knowledge/matchers.ts), never a gap inside one pattern.
/** The knowledge base's entries, in the order they are tried. */
export const PROVIDER_ENTRIES: readonly ProviderEntry[] = [
  // Greylisting first: its 4.7.1 is "come back later" whatever else the reply says.
  ...generic.FIRST,
  ...round9.FIRST,
  // Each provider's own replies; gateways that number their refusals first (their code outweighs
  // words other entries share).
  ...sophos.ENTRIES, ...hornetsecurity.ENTRIES, ...cisco.ENTRIES, ...cox.ENTRIES, ...godaddy.ENTRIES,
  ...tonline.ENTRIES, ...ionos.ENTRIES, ...cpanel.ENTRIES, ...microsoft.ENTRIES, ...spamhaus.ENTRIES, ...spamcop.ENTRIES,
  ...barracuda.ENTRIES, ...proofpoint.ENTRIES, ...mimecast.ENTRIES, ...yahoo.ENTRIES, ...google.ENTRIES, ...zoho.ENTRIES,
  ...aol.ENTRIES, ...apple.ENTRIES, ...comcast.ENTRIES, ...att.ENTRIES, ...italiaonline.ENTRIES,
  ...trendmicro.ENTRIES, ...messagelabs.ENTRIES, ...orange.ENTRIES, ...netease.ENTRIES,
  ...tencent.ENTRIES, ...yandex.ENTRIES,
  // cPanel/Exim's own summary of a failed delivery quotes the remote reply: that reply says more.
  ...cpanel.SUMMARIES,
  // Wordings any server uses, last: the providers' own entries above are more exact.
  ...round9.WORDINGS,
  ...generic.WORDINGS,
];
