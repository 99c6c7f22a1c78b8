// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import en from '../../../../public/_locales/en/messages.json';
import de from '../../../../public/_locales/de/messages.json';
import { catalogueTranslator } from '../../../../src/core/i18n.ts';
import { DEFAULT_PROFILE } from '../../../../src/core/profile/index.ts';
import { HelpPage } from '../../../../src/extension/help/help-page.tsx';
import { HELP_TOPICS, helpPath, isHelpTopic } from '../../../../src/extension/shared/help-topics.ts';

afterEach(cleanup);

describe('the bundled help page', () => {
  for (const [lang, catalogue] of [['en', en], ['de', de]] as const) {
    it(`has a titled section with text for every cause (${lang}), with the provider's places filled in`, () => {
      const t = catalogueTranslator(catalogue);
      const { container } = render(<HelpPage t={t} profile={{ ...DEFAULT_PROFILE, supportUrl: 'https://support.example/' }} />);
      for (const topic of HELP_TOPICS) {
        const section = container.querySelector(`section#${topic}`);
        expect(section?.querySelector('h2')?.textContent, topic).toMatch(/\w/);
        expect(section?.querySelectorAll('p').length, topic).toBeGreaterThan(0);
      }
      expect(container.textContent).not.toMatch(/\$\d|help_/);
      expect(container.textContent).toContain('Connect Devices');
      expect(container.querySelector('a[href="https://support.example/"]')).not.toBeNull();
    });
  }
  it('builds a topic into a URL only when it is a known topic', () => {
    expect(helpPath('recipient')).toBe('src/extension/help/index.html#recipient');
    expect(helpPath('"><script>')).toBe('src/extension/help/index.html');
    expect(isHelpTopic('constructor')).toBe(false);
  });
});
