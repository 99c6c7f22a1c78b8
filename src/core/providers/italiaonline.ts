// Italiaonline (Libero, Virgilio): the labels its delivery reports carry, as the knowledge base
// explains them (ENTRIES). No engine rows. The labels are said without Italiaonline's name, so the
// meanings do not name it either. Shape and order: table.ts.
import { entryFor, type ProviderAbout, type ProviderEntry, NO_RESEND } from './entry.ts';

const VIRGILIO = 'https://aiuto.virgilio.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email/';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Libero / Virgilio (Italiaonline)', docs: 'https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email' };
const entry = entryFor(ABOUT);

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // The recipient's domain (after the @) does not exist or is mistyped.
  entry('iol_routing_failure', 'italiaonline', /\brouting server failure\b/i, 'hostunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_recipient_domain_check'], ['k_n_own_dns', 'k_n_resend'], [VIRGILIO]),
  // The mail program's outgoing server is not the provider's own (or it did not log in).
  entry('iol_relay_disabled', 'italiaonline', /\brelaying not allowed\b|\brelay disabled\b/i, 'norelaying', 'settings', 'sender',
    ['k_s_recheck_settings', 'k_s_enable_auth'], ['k_n_disable_auth', 'k_n_dns_for_client'], [VIRGILIO]),
  // The message could not be delivered within the time it was kept: retrying has ended.
  entry('iol_delivery_expired', 'italiaonline', /\bdelivery time expired\b/i, 'expired', 'remote-transient', 'recipient',
    ['k_s_expired', 'k_s_contact_recipient_other'], NO_RESEND, [VIRGILIO]),
];
