import { describe, expect, it } from 'vitest';
import { isExtensionPage, mayAsk } from '../../../../src/extension/background/sender-check.ts';

const ID = 'pkjndmgnfbcecfbiifcmfbfdoklblgdd';
const ORIGIN = `chrome-extension://${ID}/`;
const popup = { id: ID, url: `${ORIGIN}src/extension/popup/index.html` };
const popupInTab = { ...popup, tab: { id: 5 } as never };
const contentScript = { id: ID, url: 'https://mail.google.com/mail/u/0/', tab: { id: 5 } as never, frameId: 0 };
const otherExtension = { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.html' };

describe('sender checks', () => {
  it('lets our pages run commands and explain, wherever they are open', () => {
    expect(mayAsk('bg:run-command', popup, ID, ORIGIN)).toBe(true);
    expect(mayAsk('bg:run-command', popupInTab, ID, ORIGIN)).toBe(true);
    expect(mayAsk('bg:annotate', popup, ID, ORIGIN)).toBe(true);
  });

  it('lets a content script explain and report bounces, but not run commands', () => {
    expect(mayAsk('bg:annotate', contentScript, ID, ORIGIN)).toBe(true);
    expect(mayAsk('bg:bounces-changed', contentScript, ID, ORIGIN)).toBe(true);
    expect(mayAsk('bg:run-command', contentScript, ID, ORIGIN)).toBe(false);
  });

  it('refuses other extensions, pages posing as ours, and content-script messages sent to the background', () => {
    expect(mayAsk('bg:run-command', otherExtension, ID, ORIGIN)).toBe(false);
    expect(mayAsk('bg:bounces-changed', popup, ID, ORIGIN)).toBe(false);
    expect(mayAsk('cs:get-bounces', popup, ID, ORIGIN)).toBe(false);
    expect(isExtensionPage({ id: ID, url: `https://evil.example/${ORIGIN}` }, ID, ORIGIN)).toBe(false);
  });
});
