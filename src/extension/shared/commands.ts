// The command list, defined once: ids, catalogue titles, where each appears. The background
// attaches what each command does (background/command-registry.ts); the popup's command input
// lists these same entries. Manifest `commands` use the same ids (a unit test holds them equal).

export const COMMAND_IDS = ['explain-selection', 'scan-page', 'confirm-probe', 'open-settings'] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

export interface CommandInfo {
  id: CommandId;
  /** Catalogue key of the title shown in the context menu and the command input. */
  title: string;
  /** Context-menu contexts it appears in; empty when not in the menu. */
  menuContexts: ('selection' | 'page' | 'frame' | 'action')[];
}

export const COMMANDS: readonly CommandInfo[] = [
  { id: 'explain-selection', title: 'ui_cmdExplainSelection', menuContexts: ['selection'] },
  { id: 'scan-page', title: 'ui_cmdScanPage', menuContexts: ['page', 'frame'] },
  { id: 'confirm-probe', title: 'ui_cmdConfirmProbe', menuContexts: [] },
  { id: 'open-settings', title: 'ui_cmdOpenSettings', menuContexts: ['action'] },
];

export function isCommandId(id: string): id is CommandId {
  return (COMMAND_IDS as readonly string[]).includes(id);
}
