// DEVELOPERS.md promises "versions that work together": every direct dependency of package.json is named there
// with the exact version that package.json pins, so the list cannot drift from what `npm ci` installs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const notes = readFileSync('DEVELOPERS.md', 'utf8');
// Wrapped lines may split a name from its version: compare on single spaces.
const section = notes.slice(notes.indexOf('Every direct dependency, exact'), notes.indexOf('\nDebian:')).replace(/\s+/g, ' ');

describe('DEVELOPERS.md version list', () => {
  const all = { ...pkg.dependencies, ...pkg.devDependencies };
  it.each(Object.entries(all))('%s is listed at %s', (name, version) => {
    expect(version, 'package.json pins exact versions').toMatch(/^\d+\.\d+\.\d+$/);
    expect(section).toContain(`${name} ${version}`);
  });

  it('lists nothing that package.json does not have', () => {
    const listed = [...section.matchAll(/(?:^|[\s,:])((?:@[a-z0-9-]+\/)?[a-z][a-z0-9.-]*) \d+\.\d+\.\d+/g)].map((m) => m[1] ?? '');
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.filter((name) => !(name in all))).toEqual([]);
  });
});
