import { describe, expect, it } from 'vitest';
import { matchesTitle, paletteItems } from '../../../../src/extension/popup/palette-items.ts';
import { COMMANDS } from '../../../../src/extension/shared/commands.ts';

const titles: Record<string, string> = {
  ui_cmdExplainSelection: 'Explain this SMTP error',
  ui_cmdScanPage: 'Scan this page for bounces',
  ui_cmdConfirmProbe: 'Confirm with the probe',
  ui_cmdOpenSettings: 'Open settings',
};
const t = (key: string) => titles[key] ?? key;
const kinds = (input: string) => paletteItems(input, COMMANDS, t).map((i) => (i.kind === 'explain' ? 'explain' : i.command.id));

describe('command input items', () => {
  it('matches each typed word against the start of a title word, in any order', () => {
    expect(matchesTitle('sett op', 'Open settings')).toBe(true);
    expect(matchesTitle('ttings', 'Open settings')).toBe(false);
  });

  it('offers every command for an empty input', () => {
    expect(kinds('')).toEqual(COMMANDS.map((c) => c.id));
  });

  it('a pasted error is explained first; a word that names a command offers it too', () => {
    expect(kinds('550 5.1.1 User unknown')).toEqual(['explain']);
    expect(kinds('probe')).toEqual(['explain', 'confirm-probe']);
  });

  it('">" asks for commands only', () => {
    expect(kinds('> scan')).toEqual(['scan-page']);
    expect(kinds('>')).toEqual(COMMANDS.map((c) => c.id));
  });

  it('multi-line text is never taken for a command', () => {
    expect(kinds('open\nsettings')).toEqual(['explain']);
  });
});
