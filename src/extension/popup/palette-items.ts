// What the command input offers for what was typed, VS Code palette style: text that looks
// like an error is explained; words match commands; a leading ">" asks for commands only.
import type { Translate } from '../../core/knowledge/types.ts';
import type { CommandInfo } from '../shared/commands.ts';

export type PaletteItem = { kind: 'explain'; text: string } | { kind: 'command'; command: CommandInfo };

/** Every word typed must start some word of the title (case-insensitive), in any order. */
export function matchesTitle(query: string, title: string): boolean {
  const words = title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return query.toLowerCase().split(/\s+/).filter(Boolean).every((q) => words.some((w) => w.startsWith(q)));
}

export function paletteItems(input: string, commands: readonly CommandInfo[], t: Translate): PaletteItem[] {
  const text = input.trim();
  const commandQuery = text.startsWith('>') ? text.slice(1).trim() : text;
  const wantsCommands = text.startsWith('>') || text === '' || (!text.includes('\n') && text.length <= 40);
  const matching = wantsCommands ? commands.filter((c) => matchesTitle(commandQuery, t(c.title))) : [];
  const items: PaletteItem[] = matching.map((command) => ({ kind: 'command', command }));
  if (text !== '' && !text.startsWith('>')) items.unshift({ kind: 'explain', text: input });
  return items;
}
