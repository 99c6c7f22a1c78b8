// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { NOTE_CSS } from '../../../../src/extension/content/annotation/styles.ts';
import { createNoteHost } from '../../../../src/extension/content/annotation/note-view.ts';
import { noteFor } from '../../../../src/extension/background/note-for.ts';
import { standInAnalyzeText, standInExplain, t } from './support.ts';

const noteOf = (text: string) => {
  const analysis = standInAnalyzeText(text);
  return noteFor(analysis, standInExplain(analysis), t)!;
};

describe('note view', () => {
  it('cuts the page styles and sizes in px (rem and em follow the page)', () => {
    expect(NOTE_CSS).toContain(':host{all:initial');
    expect(NOTE_CSS).not.toMatch(/\d(\.\d+)?r?em\b/);
  });
  it('shows the one-line answer in the header and names the note with it', () => {
    const model = noteOf('550 5.1.1 <u@example.jp>... User Unknown');
    const host = createNoteHost(document, model, t, 'b');
    expect(host.shadowRoot?.querySelector('.line')?.textContent).toBe(model.headline);
    expect(host.shadowRoot?.querySelector('section')?.getAttribute('aria-label')).toBe(model.headline);
    expect(host.shadowRoot?.querySelector('.actor')).toBeNull();
    expect(host.getAttribute('data-bounce-lens-tone')).toBe('error');
  });
  it('declares its language and theme', () => {
    const host = createNoteHost(document, noteOf('550 5.1.1 <u@example.jp>... User Unknown'), t, 'c', undefined, { lang: 'de', dark: true });
    expect(host.getAttribute('lang')).toBe('de');
    expect(host.getAttribute('data-bounce-lens-theme')).toBe('dark');
    expect(NOTE_CSS).toContain(':host([data-bounce-lens-theme=dark]) .note{');
  });
  it('offers copy for support, the help topic and the provider links', async () => {
    const copy = vi.fn(async () => true);
    const openHelp = vi.fn();
    const host = createNoteHost(document, noteOf('550 5.1.1 <u@example.jp>... User Unknown'), t, 'd', {
      copy, openHelp, links: [{ label: 'Support', href: 'https://support.example/' }],
    });
    const buttons = [...host.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')];
    expect(buttons.map((b) => b.textContent)).toEqual([t('ext_copy_support'), t('ext_help_topic')]);
    buttons[0]!.click();
    await Promise.resolve();
    await Promise.resolve();
    expect(copy).toHaveBeenCalledOnce();
    expect(host.shadowRoot!.querySelector('.copied')?.textContent).toBe(t('ext_copied'));
    buttons[1]!.click();
    expect(openHelp).toHaveBeenCalledOnce();
    const link = host.shadowRoot!.querySelector('a.act');
    expect(link?.getAttribute('href')).toBe('https://support.example/');
    expect(link?.getAttribute('rel')).toContain('noopener');
  });
});
