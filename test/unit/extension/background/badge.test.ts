// The badge counts bounces over all frames of a tab; fake-browser's action keeps badge state per tab.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const { badgeText, forgetTab, reportBounces } = await import('../../../../src/extension/background/badge.ts');

beforeEach(() => {
  fakeBrowser.reset();
  forgetTab(1);
});

describe('badge', () => {
  it('shows nothing for none, the number up to 99, then 99+', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(100)).toBe('99+');
  });

  it('sums what each frame of the tab reports; a frame reporting again replaces its count', async () => {
    await reportBounces(1, 0, 0);
    await reportBounces(1, 4, 2); // Roundcube's message iframe
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('2');
    await reportBounces(1, 4, 1);
    await reportBounces(1, 0, 1);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('2');
    await reportBounces(1, 4, 0);
    await reportBounces(1, 0, -3); // nonsense from a page counts as none
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
  });
});
