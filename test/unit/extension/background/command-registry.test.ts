// The command registry and the context menu, with @webext-core/fake-browser for storage.
// fake-browser implements neither contextMenus, scripting, action.openPopup, i18n nor getManifest: those are
// stubbed here (vi.fn) and say what the test expects the browser to do.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { runCommand } = await import('../../../../src/extension/background/command-registry.ts');
const { createMenus, onMenuClicked } = await import('../../../../src/extension/background/context-menu.ts');
const { takeIntent } = await import('../../../../src/extension/shared/intent.ts');
const { COMMANDS } = await import('../../../../src/extension/shared/commands.ts');

/** The bounce as the page holds it, and as Chrome's selectionText flattens it. */
const REAL = 'Final-Recipient: rfc822; nobody@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown';
const FLAT = REAL.replace(/\n/g, ' ');

const executeScript = vi.fn();
const openPopup = vi.fn();
const menus = { create: vi.fn(), removeAll: vi.fn() };

beforeEach(() => {
  fakeBrowser.reset();
  vi.clearAllMocks();
  Object.assign(fakeBrowser.scripting, { executeScript });
  Object.assign(fakeBrowser.action, { openPopup });
  Object.assign(fakeBrowser.contextMenus, menus);
  Object.assign(fakeBrowser.i18n, { getMessage: (key: string) => `[${key}]` });
  Object.assign(fakeBrowser.runtime, { getManifest: () => ({ action: { default_popup: 'src/extension/popup/index.html' } }) });
  openPopup.mockResolvedValue(undefined);
  menus.removeAll.mockResolvedValue(undefined);
});

describe('explain-selection', () => {
  it('reads the page\'s own selection (newlines kept) in the clicked frame, not the flattened selectionText', async () => {
    executeScript.mockResolvedValue([{ frameId: 3, result: { text: REAL, focused: true } }]);
    onMenuClicked({ menuItemId: 'explain-selection', selectionText: FLAT, frameId: 3, editable: false, modifiers: [] }, { id: 7 } as never);
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get('popupIntent')).not.toEqual({}));
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7, frameIds: [3] } }));
    expect(openPopup).toHaveBeenCalledOnce();
    const intent = await takeIntent();
    expect(intent).toMatchObject({ kind: 'explained', text: REAL, tabId: 7 });
    expect(await takeIntent()).toBeNull(); // shown once
  });

  it('falls back to selectionText where the page cannot be read', async () => {
    executeScript.mockRejectedValue(new Error('Cannot access contents of the page'));
    const result = await runCommand('explain-selection', { tabId: 7, selectionText: FLAT, popupOpen: true });
    expect(result).toEqual({ ok: true, value: undefined });
    expect(await takeIntent()).toMatchObject({ kind: 'explained', text: FLAT });
    expect(openPopup).not.toHaveBeenCalled(); // the popup asked: it is already open
  });

  it('without a frame (shortcut, popup) asks every frame and takes the focused frame\'s selection', async () => {
    executeScript.mockResolvedValue([
      { frameId: 0, result: { text: 'stale text in the top frame', focused: false } },
      { frameId: 5, result: { text: REAL, focused: true } },
    ]);
    await runCommand('explain-selection', { tabId: 7, popupOpen: true });
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7, allFrames: true } }));
    expect(await takeIntent()).toMatchObject({ kind: 'explained', text: REAL });
  });

  it('says to select something first when nothing is selected', async () => {
    executeScript.mockResolvedValue([{ frameId: 0, result: { text: '  ', focused: true } }]);
    expect(await runCommand('explain-selection', { tabId: 7, popupOpen: true })).toEqual({ ok: false, error: 'ui_errNoSelection' });
    expect(await takeIntent()).toMatchObject({ kind: 'explain-failed', error: 'ui_errNoSelection' });
  });

  it('opens a popup window for the tab when action.openPopup is refused', async () => {
    openPopup.mockRejectedValue(new Error('no active window'));
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({} as never);
    executeScript.mockResolvedValue([{ frameId: 0, result: { text: REAL, focused: true } }]);
    await runCommand('explain-selection', { tabId: 9, popupOpen: false });
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ type: 'popup', url: expect.stringContaining('popup/index.html?tabId=9') }));
  });
});

describe('registry', () => {
  it('refuses an unknown command', async () => {
    expect(await runCommand('format-disk', { tabId: 1, popupOpen: true })).toEqual({ ok: false, error: 'ui_errUnknownCommand' });
  });

  it('scan-page without a content script is a clear error, not a throw', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(await runCommand('scan-page', { tabId: 1, popupOpen: true })).toEqual({ ok: false, error: 'ui_errNoContentScript' });
    expect(await runCommand('scan-page', { tabId: null, popupOpen: true })).toEqual({ ok: false, error: 'ui_errNoTab' });
  });

  it('confirm-probe hands the popup an intent', async () => {
    expect(await runCommand('confirm-probe', { tabId: 4, popupOpen: true })).toEqual({ ok: true, value: undefined });
    expect(await takeIntent()).toEqual({ kind: 'confirm-probe', tabId: 4 });
  });
});

describe('context menu', () => {
  it('has one entry per command with a menu context, titled from the catalogue', async () => {
    await createMenus();
    expect(menus.removeAll).toHaveBeenCalledOnce();
    const created = menus.create.mock.calls.map(([props]) => props as { id: string; title: string; contexts: string[] });
    const expected = COMMANDS.filter((c) => c.menuContexts.length > 0);
    expect(created.map((c) => c.id)).toEqual(expected.map((c) => c.id));
    expect(created.find((c) => c.id === 'explain-selection')).toEqual({ id: 'explain-selection', title: '[ui_cmdExplainSelection]', contexts: ['selection'] });
  });
});
