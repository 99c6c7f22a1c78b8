import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { mayAsk } = await import('../../../src/extension/background/sender-check.ts');
const { catalogueFor } = await import('../../../src/extension/background/page-requests.ts');

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('requests a content script may make of the background', () => {
  it('opening the help and reading the chosen catalogue: our pages and content scripts only', () => {
    const contentScript = { id: ID, tab: { id: 3 } as never, url: 'https://mail.example.com/' };
    const popup = { id: ID, url: `${ORIGIN}src/extension/popup/index.html` };
    const other = { id: 'other-extension', tab: { id: 3 } as never, url: 'https://mail.example.com/' };
    for (const type of ['bg:open-help', 'bg:catalogue'] as const) {
      expect(mayAsk(type, contentScript, ID, ORIGIN)).toBe(true);
      expect(mayAsk(type, popup, ID, ORIGIN)).toBe(true);
      expect(mayAsk(type, other, ID, ORIGIN)).toBe(false);
    }
  });
  it('a catalogue only for the languages the extension ships', async () => {
    expect(await catalogueFor({ language: '../../secrets' })).toBeNull();
    expect(await catalogueFor({ language: 'auto' })).toBeNull();
  });
});
