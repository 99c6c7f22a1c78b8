// The one list of webmail adapters. A page gets the specific adapters that match its location, or
// else the generic text detector. The detector is not added on a known webmail: there it would
// annotate inbox rows whose subject line reads like a bounce.
import type { PageLocation, WebmailAdapter } from './types.ts';
import { roundcube } from './roundcube.ts';
import { gmail } from './gmail.ts';
import { outlook } from './outlook.ts';
import { yahoo } from './yahoo.ts';
import { generic } from './generic.ts';

export const SPECIFIC_ADAPTERS: readonly WebmailAdapter[] = [roundcube, gmail, outlook, yahoo];
export const FALLBACK_ADAPTER: WebmailAdapter = generic;

/** The adapters for a page: the specific ones that match it, else the text detector. */
export function adaptersFor(location: PageLocation): WebmailAdapter[] {
  const specific = SPECIFIC_ADAPTERS.filter((a) => a.matches(location));
  return specific.length > 0 ? specific : [FALLBACK_ADAPTER];
}

