// The knowledge and CLI fragments: German has every key English has, with the same placeholders,
// and the merged catalogue is what the fragments give.
import { describe, expect, it } from 'vitest';
import { catalogue, fragment } from './fixtures.ts';

const tokens = (text: string): string[] => [...text.matchAll(/\$([A-Za-z0-9_@]+)\$|\$([1-9])/g)].map((m) => m[0].toUpperCase()).sort();

describe.each(['knowledge', 'cli'])('the %s catalogue fragment', (area) => {
  const en = fragment('en', area);
  const de = fragment('de', area);

  it('is complete in German', () => {
    expect(Object.keys(en).length).toBeGreaterThan(0);
    expect(Object.keys(en).filter((k) => !(k in de))).toEqual([]);
    expect(Object.keys(de).filter((k) => !(k in en))).toEqual([]);
  });

  it('uses the same placeholders in both languages, each one declared', () => {
    for (const [key, entry] of Object.entries(en)) {
      const other = de[key];
      expect(other?.message.trim(), key).toBeTruthy();
      expect(tokens(other?.message ?? ''), key).toEqual(tokens(entry.message));
      for (const m of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
        expect(Object.keys(entry.placeholders ?? {}).map((p) => p.toLowerCase()), key).toContain((m[1] ?? '').toLowerCase());
      }
    }
  });

  it('is merged into public/_locales (node scripts/build-locales.mjs)', () => {
    for (const lang of ['en', 'de']) {
      const merged = catalogue(lang);
      for (const [key, entry] of Object.entries(fragment(lang, area))) expect(merged[key], `${lang} ${key}`).toEqual(entry);
    }
  });
});
