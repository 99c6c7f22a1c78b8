// How one explained input is printed in each output format. Everything that leaves here is
// terminal-safe: JSON escapes control characters, text and CSV have them removed.
import { jsonLine, terminalSafe } from '../terminal-safe.ts';
import type { RenderContext, Task } from './task.ts';

export const FORMATS = ['jsonl', 'csv', 'text'] as const;
export type OutputFormat = (typeof FORMATS)[number];

function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = terminalSafe(typeof value === 'string' ? value : String(value));
  // Quoted when needed; a leading = + - @ is prefixed so a spreadsheet shows it as text, not a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r\t]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvHeader(columns: string[]): string {
  return `${['file', 'message', ...columns].join(',')}\n`;
}

/** The name an input is shown under: "box.mbox#3" for the third message of an mbox. */
export function inputName(task: Task): string {
  return task.message === undefined ? task.name : `${task.name}#${task.message}`;
}

/** What an input printed comes from: explainOutput()'s, or leanOutput()'s (--lean: no text). */
export interface Rendered {
  findings: readonly object[];
  text: string;
}

export function renderOutput(task: Task, explained: Rendered, ctx: RenderContext): string {
  switch (ctx.format) {
    case 'jsonl':
      return jsonLine(task.message === undefined
        ? { file: task.name, findings: explained.findings }
        : { file: task.name, message: task.message, findings: explained.findings });
    case 'csv': {
      const lead = [csvField(task.name), csvField(task.message)];
      // An input without findings still gets its row, so every input is accounted for.
      const rows = explained.findings.length
        ? explained.findings.map((f) => [...lead, ...ctx.columns.map((c) => csvField((f as unknown as Record<string, unknown>)[c]))])
        : [[...lead, ...ctx.columns.map(() => '')]];
      return rows.map((r) => `${r.join(',')}\n`).join('');
    }
    case 'text': {
      const text = terminalSafe(explained.text);
      return ctx.headers || task.message !== undefined ? `== ${terminalSafe(inputName(task))}\n${text}\n` : text;
    }
  }
}
