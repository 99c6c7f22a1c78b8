// Reads the reference tables copied into test/fixtures (tab-separated, no CSV quoting) and the
// merged message catalogues. Tests never read ../shared.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Catalogue } from '../../../../src/core/i18n.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

export function readTsv(path: string): Record<string, string>[] {
  const [head = '', ...lines] = readFileSync(root + path, 'utf8').split('\n');
  const names = head.split('\t');
  return lines.filter((l) => l.trim()).map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']));
  });
}

export const reference = (name: string) => readTsv(`test/fixtures/reference/${name}`);

/** The first column of the IANA CSV (codes never contain commas or quotes). */
export function ianaCodes(): string[] {
  return readFileSync(root + 'test/fixtures/reference/iana-enhanced-status-codes.csv', 'utf8')
    .split('\n').slice(1).filter((l) => l.trim()).map((l) => l.split(',')[0] ?? '');
}

export const fragment = (lang: string, area: string): Catalogue =>
  JSON.parse(readFileSync(`${root}src/locales/${lang}/${area}.json`, 'utf8')) as Catalogue;

export const catalogue = (lang: string): Catalogue =>
  JSON.parse(readFileSync(`${root}public/_locales/${lang}/messages.json`, 'utf8')) as Catalogue;

/** buckets.tsv ids (B1, B9*) to the slugs the engine reports. */
export function bucketSlugs(): Map<string, string> {
  return new Map(reference('buckets.tsv').map((r) => [r.bucket_id ?? '', r.slug ?? '']));
}
