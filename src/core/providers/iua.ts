// i.ua: how the engine recognises its bounces (ABOUT). No rows of its own yet: its replies are
// classified by the generic rows and explained by their reason and code.
import type { ProviderAbout } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'i.ua', docs: null, hosts: ['i.ua'] };
