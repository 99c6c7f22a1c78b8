// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { NOTE_CSS } from '../../../../src/extension/content/annotation/styles.ts';
import { createNoteHost } from '../../../../src/extension/content/annotation/note-view.ts';
import { noteFor } from '../../../../src/extension/content/annotation/note-model.ts';
import { standInAnalyzeText, standInExplain, t } from './support.ts';

describe('note view', () => {
  it('cuts the page styles and sizes in px (rem and em follow the page)', () => {
    expect(NOTE_CSS).toContain(':host{all:initial');
    expect(NOTE_CSS).not.toMatch(/\d(\.\d+)?r?em\b/);
  });
  it('is a delay without the who-acts chip, and an error with it', () => {
    const delay = standInAnalyzeText('Action: delayed\n451 4.4.1 <u@example.jp>... timed out');
    const error = standInAnalyzeText('550 5.1.1 <u@example.jp>... User Unknown');
    const delayHost = createNoteHost(document, noteFor(delay, standInExplain(delay))!, t, 'a');
    const errorHost = createNoteHost(document, noteFor(error, standInExplain(error))!, t, 'b');
    expect(delayHost.shadowRoot?.querySelector('.actor')).toBeNull();
    expect(delayHost.shadowRoot?.querySelector('.line')?.textContent).toBe(t('cs_delay_line'));
    expect(errorHost.shadowRoot?.querySelector('.actor')?.textContent).toBe(t('cs_actor_recipient'));
    expect(errorHost.getAttribute('data-bounce-lens-tone')).toBe('error');
  });
});
