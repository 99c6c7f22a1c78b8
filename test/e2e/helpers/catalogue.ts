// The built English catalogue as browser.i18n gives it ($1…$9 placeholders), read by the tests
// themselves rather than through the code under test, so a wrong message shows up as a failure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

const catalogue = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

/** The English message for `key` with its placeholders filled; '' for a key the catalogue lacks. */
export function t(key: string, subs: string[] = []): string {
  return (catalogue[key]?.message ?? '').replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
}
