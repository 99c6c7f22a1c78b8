// The toolbar badge: how many bounces the content scripts of a tab found, summed over frames
// (Roundcube shows the message in an iframe, and every frame reports for itself).
import browser from 'webextension-polyfill';

const counts = new Map<number, Map<number, number>>();

export function badgeText(total: number): string {
  if (total <= 0) return '';
  return total > 99 ? '99+' : String(total);
}

export async function reportBounces(tabId: number, frameId: number, count: number): Promise<void> {
  const frames = counts.get(tabId) ?? new Map<number, number>();
  frames.set(frameId, Math.max(0, Math.floor(count)));
  counts.set(tabId, frames);
  const total = [...frames.values()].reduce((a, b) => a + b, 0);
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#c0392b' });
  await browser.action.setBadgeText({ tabId, text: badgeText(total) });
}

export function forgetTab(tabId: number): void {
  counts.delete(tabId);
}
