// Broadcom MessageLabs: its replies as the engine reads them (ROWS). No knowledge entries yet: its replies
// are explained by their reason and code. Shape and sources: table.ts.
import { entryFor, type ProviderAbout, type ProviderEntry, NO_RESEND } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Broadcom MessageLabs', docs: null, hosts: ['messagelabs'] };

/** The engine's rows (format: table.ts). */
export const ROWS = `
## securityerror
please turn on smtp authentication in your mail client
## userunknown
542
rejected
no such user
`;

const entry = entryFor(ABOUT);

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // Email Security.cloud's "Message filtered": a content or policy rule of the recipient's
  // organisation stopped the message (its troubleshooting page names the rule kinds).
  entry('messagelabs_filtered', 'messagelabs', /message filtered\. refer to the troubleshooting page/i, 'policyviolation', 'policy-reputation', 'recipient-provider',
    ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], NO_RESEND, ['http://www.symanteccloud.com/troubleshooting', 'https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/codes/553.json']),
];
