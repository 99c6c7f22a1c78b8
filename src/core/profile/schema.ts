// A hosting provider's profile: the specifics the advice names (panel, where settings are shown,
// required security, support) and the provider's own webmail hosts. One JSON file per host, so
// another host ships its own profile without code changes (checked by validate.ts).

export const PROFILE_SCHEMA_VERSION = 1;

export type SmtpSecurity = 'ssl' | 'starttls';

/** A webmail origin the extension may read (cPanel serves webmail on :2096 of any customer domain). */
export interface WebmailHost {
  /** A host name, "*.example.com", or "*" for any host on that port. */
  host: string;
  port?: number;
}

export interface Profile {
  schema: typeof PROFILE_SCHEMA_VERSION;
  id: string;
  /** The provider's name as customers know it, e.g. "ProRedLine". */
  name: string;
  /** The control panel, e.g. "cPanel". */
  controlPanel: string;
  /** Where things are, in the panel's own words (proper nouns: substituted into catalogue messages). */
  places: {
    /** Where the right mail-client settings are shown (cPanel: Connect Devices). */
    settings: string;
    /** Where the sending domain's SPF/DKIM/PTR checks are shown and repaired. */
    deliverability: string;
    /** Where mailbox status, quota and suspension are shown. */
    mailboxStatus: string;
  };
  /** The same places in other languages' panel words, by language code ("de"); missing ones fall back to `places`. */
  placesByLang?: Record<string, Partial<Profile['places']>>;
  /** https URL of the provider's support, or null when it has none to link. */
  supportUrl: string | null;
  /** https URL of the provider's own help pages on mail errors, or null (the extension's bundled help is shown). */
  helpUrl: string | null;
  /** URL of a probe the provider runs for its customers (https, or http on loopback), or null. */
  probeUrl: string | null;
  smtp: {
    authRequired: boolean;
    /** Plain (unencrypted) SMTP is refused. */
    secureOnly: boolean;
    ports: { port: number; security: SmtpSecurity }[];
  };
  /** Whether the provider sets up mail clients for customers (ProRedLine: no). */
  configuresClientsRemotely: boolean;
  webmail: WebmailHost[];
  /** The provider's general do / don't list: catalogue message names (k_…). */
  dos: string[];
  donts: string[];
}
