// The command input at the top of the popup: paste an error or a code to explain it, or type
// to find and run a command (Enter runs the highlighted entry, arrows move, Escape clears).
import { useState } from 'preact/hooks';
import type { CommandInfo } from '../shared/commands.ts';
import { useT } from '../shared/t-context.ts';
import { paletteItems, type PaletteItem } from './palette-items.ts';

// A combobox over a textarea: a bounce is pasted with its line breaks, which an <input> would drop.
// (Preact's types allow only "textbox" on a textarea, hence the spread.)
const COMBOBOX = { role: 'combobox' } as Record<string, string>;

export function CommandInput({ commands, onRun }: { commands: readonly CommandInfo[]; onRun: (item: PaletteItem) => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  // The list shows while typing, or after ↓ on an empty input (browse all commands), as in VS Code.
  const [browsing, setBrowsing] = useState(false);
  // After a run the list closes until the input changes again.
  const [ran, setRan] = useState(false);
  const items = paletteItems(text, commands, t);
  const current = Math.min(active, Math.max(0, items.length - 1));
  const showList = items.length > 0 && !ran && (browsing || text !== '');

  const run = (item: PaletteItem | undefined): void => {
    if (!item) return;
    onRun(item);
    setBrowsing(false);
    setRan(true);
    if (item.kind === 'command') setText('');
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      if (showList) run(items[current]);
    } else if (e.key === 'ArrowDown' && items.length > 0) {
      e.preventDefault();
      if (showList) {
        setActive((current + 1) % items.length);
      } else {
        setBrowsing(true);
        setRan(false);
      }
    } else if (e.key === 'ArrowUp' && items.length > 0) {
      e.preventDefault();
      setActive((current - 1 + items.length) % items.length);
    } else if (e.key === 'Escape' && (text !== '' || browsing)) {
      e.preventDefault();
      setText('');
      setBrowsing(false);
    }
  };
  const optionId = (i: number): string => `palette-option-${i}`;
  return (
    <div class="palette">
      <textarea
        class="palette-input"
        rows={text.includes('\n') || text.length > 40 ? 3 : 1}
        value={text}
        placeholder={t('ui_palettePlaceholder')}
        aria-label={t('ui_palettePlaceholder')}
        {...COMBOBOX}
        aria-haspopup="listbox"
        aria-expanded={showList}
        aria-controls={showList ? 'palette-list' : undefined}
        aria-autocomplete="list"
        aria-describedby="palette-hint"
        aria-activedescendant={showList ? optionId(current) : undefined}
        autofocus
        spellcheck={false}
        onInput={(e) => {
          setText((e.currentTarget as HTMLTextAreaElement).value);
          setActive(0);
          setRan(false);
        }}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul id="palette-list" class="palette-list" role="listbox" aria-label={t('ui_palettePlaceholder')}>
          {items.map((item, i) => (
            <li
              key={item.kind === 'command' ? item.command.id : 'explain'}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              class={i === current ? 'palette-item active' : 'palette-item'}
              data-command={item.kind === 'command' ? item.command.id : 'explain'}
              onMouseDown={(e) => {
                e.preventDefault(); // keep focus in the input
                run(item);
              }}
            >
              {item.kind === 'explain' ? t('ui_paletteExplain') : t(item.command.title)}
              {i === current && <kbd aria-hidden="true">↵</kbd>}
            </li>
          ))}
        </ul>
      )}
      <p id="palette-hint" class="palette-hint">{t('ui_paletteHint')}</p>
    </div>
  );
}
