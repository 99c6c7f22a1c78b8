import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const { catalogueTranslate, formatMessage } = await import('../../../../src/extension/shared/i18n.ts');

describe('catalogue formatting (Chrome rules)', () => {
  it('fills $1…$9 and $$', () => {
    expect(formatMessage({ message: 'port $2 on $1 costs $$5' }, ['mx.example.com', '587'])).toBe('port 587 on mx.example.com costs $5');
  });

  it('fills named placeholders, case-insensitively', () => {
    const entry = { message: 'Enable on $Host$', placeholders: { host: { content: '$1' } } };
    expect(formatMessage(entry, ['webmail.example.com'])).toBe('Enable on webmail.example.com');
  });

  it('a missing substitution becomes empty, not "undefined"', () => {
    expect(formatMessage({ message: 'a $1 b' })).toBe('a  b');
  });

  it('falls back to the browser catalogue for keys it lacks', () => {
    const fallback = (key: string) => `fallback:${key}`;
    const t = catalogueTranslate({ ui_save: { message: 'Speichern' } }, fallback);
    expect(t('UI_SAVE')).toBe('Speichern');
    expect(t('ui_other')).toBe('fallback:ui_other');
  });
});
