// catalogueTranslator follows Chrome's getMessage rules, so the CLI shows what browser.i18n shows.
import { describe, expect, it } from 'vitest';
import { catalogueTranslator, render } from '../../../../src/core/i18n.ts';
import { catalogue } from './fixtures.ts';

const t = catalogueTranslator({
  Plain: { message: 'Hello' },
  positional: { message: 'From $1 to $2, $3 missing' },
  named: { message: 'Open $Place$ at $NAME$ ($$5)', placeholders: { place: { content: '$2' }, name: { content: '$1', example: 'ProRedLine' } } },
});

describe('catalogueTranslator', () => {
  it('looks names up case-insensitively and returns "" for unknown names', () => {
    expect(t('plain')).toBe('Hello');
    expect(t('PLAIN')).toBe('Hello');
    expect(t('nope')).toBe('');
  });

  it('substitutes $1…$9, drops missing ones and keeps $$ as $', () => {
    expect(t('positional', ['a', 'b'])).toBe('From a to b,  missing');
    expect(t('named', ['ProRedLine', 'cPanel'])).toBe('Open cPanel at ProRedLine ($5)');
  });

  it('keeps the last of names that differ only in case, skips entries without a message, and substitutes anew on each call', () => {
    const dup = catalogueTranslator({ Same: { message: 'first' }, same: { message: 'second $1 $WHO$', placeholders: { who: { content: '$2' } } }, bad: { message: 3 } as never });
    expect(dup('SAME', ['x', 'y'])).toBe('second x y');
    expect(dup('same', ['z'])).toBe('second z ');
    expect(dup('bad')).toBe('');
  });

  it('renders the real catalogue, falling back to the key when a name is missing', () => {
    const en = catalogueTranslator(catalogue('en'));
    expect(render({ key: 'k_s_check_mailbox', subs: ['ProRedLine', 'cPanel', 's', 'd', 'cPanel → Email Accounts'] }, en)).toContain('cPanel → Email Accounts');
    expect(render({ key: 'k_missing_name' }, en)).toBe('k_missing_name');
  });
});
