// i.ua: how the engine recognises its bounces (ABOUT) and what its numbered error pages mean. Its replies
// are otherwise classified by the generic rows and explained by their reason and code.
import type { Reason } from '../types.ts';
import type { ProviderAbout } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'i.ua', docs: null, hosts: ['i.ua'] };

/**
 * i.ua numbers its refusals and links each number's page ("See http://mail.i.ua/err/3/"): the number,
 * not the words around it, names the cause (after Sisimai 5's rhost/iua.rb, BSD 2-Clause, Copyright
 * azumakuniyuki; see test/fixtures/engine/sets/sisimai-v5e/LICENSE). Read by classify/rhost.ts.
 */
export const ERROR_PAGE = 'i.ua/err/';
export const ERROR_PAGE_REASONS: Readonly<Record<string, Reason>> = {
  1: 'norelaying', 2: 'userunknown', 3: 'suspend', 4: 'mailboxfull', 5: 'toomanyconn',
  6: 'norelaying', 7: 'blocked', 8: 'rejected', 9: 'blocked', 10: 'filtered',
};
