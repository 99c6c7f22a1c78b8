// The one command registry: what each command in shared/commands.ts does. The context menu,
// the keyboard shortcuts and the popup's command input all call runCommand.
import browser from 'webextension-polyfill';
import { isCommandId, type CommandId } from '../shared/commands.ts';
import { putIntent } from '../shared/intent.ts';
import { sendToTab } from '../shared/messaging.ts';
import { errorText, fail, ok, type Result } from '../shared/result.ts';
import { explainText } from './explain-text.ts';
import { readSelection } from './selection.ts';
import { showPopup } from './show-popup.ts';

/** What a command is run on. */
export interface CommandTarget {
  tabId: number | null;
  frameId?: number;
  /** The context menu's (flattened) selection, used when the page's own selection cannot be read. */
  selectionText?: string;
  /** Text given in the popup's command input. */
  arg?: string;
  /** The popup is already showing (the command came from it): do not open another. */
  popupOpen: boolean;
}

type Runner = (target: CommandTarget) => Promise<Result<void>>;

async function explainSelection(target: CommandTarget): Promise<Result<void>> {
  const given = target.arg?.trim() ? target.arg : '';
  const text = given || (target.tabId === null ? target.selectionText ?? '' : await readSelection(target.tabId, target.frameId, target.selectionText ?? ''));
  if (text.trim() === '') {
    await putIntent({ kind: 'explain-failed', error: 'ui_errNoSelection', tabId: target.tabId });
    return fail('ui_errNoSelection');
  }
  await putIntent({ kind: 'explained', text, result: await explainText(text), tabId: target.tabId });
  return ok(undefined);
}

async function scanPage(target: CommandTarget): Promise<Result<void>> {
  if (target.tabId === null) return fail('ui_errNoTab');
  // Without a frameId every frame receives it and rescans; the first answer is enough here.
  const answer = await sendToTab(target.tabId, 'cs:rescan', {});
  return answer.ok ? ok(undefined) : fail('ui_errNoContentScript');
}

async function confirmProbe(target: CommandTarget): Promise<Result<void>> {
  await putIntent({ kind: 'confirm-probe', tabId: target.tabId });
  return ok(undefined);
}

async function openSettings(): Promise<Result<void>> {
  await browser.runtime.openOptionsPage();
  return ok(undefined);
}

const RUNNERS: Record<CommandId, Runner> = {
  'explain-selection': explainSelection,
  'scan-page': scanPage,
  'confirm-probe': confirmProbe,
  'open-settings': openSettings,
};

/** Commands whose result is shown in the popup. */
const SHOWS_POPUP: ReadonlySet<CommandId> = new Set(['explain-selection', 'confirm-probe']);

/**
 * Runs a command by id. Opens the popup first when the command shows its result there, before
 * any await, so Firefox still counts the user gesture.
 */
export function runCommand(id: string, target: CommandTarget): Promise<Result<void>> {
  if (!isCommandId(id)) return Promise.resolve(fail('ui_errUnknownCommand'));
  const shown = !target.popupOpen && SHOWS_POPUP.has(id) ? showPopup(target.tabId).catch(() => undefined) : Promise.resolve();
  return RUNNERS[id](target)
    .catch((e: unknown) => fail<void>(errorText(e)))
    .then(async (result) => {
      await shown;
      return result;
    });
}
