// The probe token, kept where a content script cannot read it. storage.local is open to content
// scripts in every page they run in (Firefox has no setAccessLevel for it), so the token lives in
// the extension origin's own IndexedDB: the service worker and the extension's pages share that
// origin; a content script runs in the page's origin and cannot open it.
import browser from 'webextension-polyfill';

const DB = 'bounce-lens-secrets';
const STORE = 'secrets';
const TOKEN_KEY = 'probeToken';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
  });
}

async function transact<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = run(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
  } finally {
    db.close();
  }
}

export async function loadProbeToken(): Promise<string> {
  const value = await transact<unknown>('readonly', (s) => s.get(TOKEN_KEY));
  return typeof value === 'string' ? value : '';
}

export async function saveProbeToken(token: string): Promise<void> {
  if (token === '') await transact<undefined>('readwrite', (s) => s.delete(TOKEN_KEY));
  else await transact<IDBValidKey>('readwrite', (s) => s.put(token, TOKEN_KEY));
}

/**
 * Version 0.1 kept the token inside storage.local's "settings": move it here and remove it there.
 * Run by the service worker on install and start-up.
 */
export async function migrateProbeToken(): Promise<void> {
  const stored = (await browser.storage.local.get('settings')).settings as Record<string, unknown> | undefined;
  if (!stored || !('probeToken' in stored)) return;
  const { probeToken, ...rest } = stored;
  if (typeof probeToken === 'string' && probeToken !== '' && (await loadProbeToken()) === '') await saveProbeToken(probeToken);
  await browser.storage.local.set({ settings: rest });
}
