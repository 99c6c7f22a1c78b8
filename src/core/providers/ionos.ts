// IONOS / WEB.DE / GMX: its replies as the knowledge base explains them (ENTRIES). No engine rows: its
// bounces are classified by the generic rows. Shape and order: table.ts.
import { REF } from '../knowledge/refs.ts';
import { entryFor, type ProviderAbout, type ProviderEntry, AUTH_DONTS, BLOCK_DONTS } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'IONOS / WEB.DE / GMX', docs: 'https://postmaster.web.de/en/error-messages' };
const entry = entryFor(ABOUT);

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // 1&1 IONOS, WEB.DE and GMX (one platform, "Nemesis").
  entry('ionos_ptr', 'ionos', /bad dns ptr resource record/i, 'requireptr', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_ptr'], AUTH_DONTS, [REF.ionos]),
  entry('ionos_sender_dns', 'ionos', /invalid dns mx or a\/aaaa resource record/i, 'rejected', 'sender-account', 'sender',
    ['k_s_check_sender_exists', 'k_s_deliverability'], ['k_n_resend'], [REF.webde]),
  // Their "c=hi"-style cases judge the message and its authentication first: the sender's to look at,
  // with the provider's reputation second.
  entry('ionos_policy', 'ionos', /reject due to policy restrictions/i, 'policyviolation', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_ask_provider_reputation'], BLOCK_DONTS, [REF.webde]),
  // "550 <address>: Syntax error in parameters or arguments": WEB.DE and GMX refuse a sending
  // server whose set-up breaks their rules (their page: its administrator must correct it).
  entry('ionos_server_config', 'ionos', />: syntax error in parameters or arguments/i, 'syntaxerror', 'settings', 'sender-provider',
    ['k_s_ask_provider'], ['k_n_resend'], [REF.webde, 'https://smtp.codes/unitedinternet/']),
];
