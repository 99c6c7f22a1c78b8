// Which checks can confirm or rule out this bounce's cause: from the engine's reason and bucket,
// and what the refusal text talks about. A policy refusal that says nothing specific gets the
// usual suspects (blocklists, PTR, SPF, DMARC).
import type { BounceFacts, CheckName } from './types.ts';

const BLOCKLIST_TEXT = /\b(?:block(?:ed|list(?:ed)?)|black ?list(?:ed)?|listed|dnsbl|rbl|spamhaus|spamcop|barracuda|reputation|5\.7\.708|5\.7\.606|5\.7\.511|poor reputation|not accepted from this ip)\b/i;
const PTR_TEXT = /\b(?:ptr|reverse (?:dns|lookup|hostname)|rdns|fcrdns|5\.7\.25|hostname does not match|cannot find your hostname)\b/i;
const AUTH_TEXT = /\b(?:spf|dmarc|dkim|5\.7\.(?:23|24|26)|unauthenticated|sender policy framework|authenticat(?:e|ed|ion))\b/i;
const DKIM_TEXT = /\b(?:dkim|_domainkey|5\.7\.(?:20|21|22))\b/i;
const TLS_TEXT = /\b(?:tls|starttls|encrypt(?:ed|ion)|mta-sts|dane)\b/i;
const DOMAIN_TEXT = /\b(?:domain (?:not found|does not exist)|host (?:or domain name )?not found|name service error|no mx|null mx|does not accept mail|5\.1\.2|5\.1\.10|nxdomain)\b/i;

export function planChecks(f: BounceFacts): CheckName[] {
  const text = f.refusal;
  const plan = new Set<CheckName>();
  const reason = f.reason;
  if (['blocked', 'badreputation', 'spamdetected', 'rejected'].includes(reason ?? '') || BLOCKLIST_TEXT.test(text)) plan.add('dnsbl');
  if (reason === 'requireptr' || PTR_TEXT.test(text)) plan.add('ptr');
  if (reason === 'authfailure' || AUTH_TEXT.test(text)) {
    plan.add('spf');
    plan.add('dmarc');
  }
  if (DKIM_TEXT.test(text)) plan.add('dkim');
  if (['failedstarttls', 'securityerror'].includes(reason ?? '') || TLS_TEXT.test(text)) plan.add('mta-sts');
  // A mailbox that does not exist (userunknown) is no domain matter: DNS can neither confirm nor rule it out.
  if (['hostunknown', 'notaccept'].includes(reason ?? '') || DOMAIN_TEXT.test(text)) plan.add('recipient-domain');
  if (plan.size === 0 && f.bucket === 'policy-reputation') for (const c of ['dnsbl', 'ptr', 'spf', 'dmarc'] as const) plan.add(c);
  // The blocklist check goes with a PTR check: lists and receivers both weigh a missing PTR.
  if (plan.has('dnsbl')) plan.add('ptr');
  return [...plan];
}
