// Issue 13.11: the Gmail "Show original" reader must stay linear on hostile pages. The reader runs
// in the content script on whatever Gmail's URL returns (or a page imitating it); with a regex that
// backtracks, 1 MB of unclosed `<pre id=raw_message_text` froze the tab (cubic: 8 kB took 0.5 s).
// The real module runs in a child Node process that is killed after a generous bound: a linear
// reader answers all inputs in milliseconds, the cubic one would not finish 1 MB in days.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const MODULE = join(ROOT, 'src/extension/content/adapters/gmail-original.ts');
const MB = 1024 * 1024;
/** Far above what a linear pass over these inputs needs; far below the backtracking time. */
const KILL_AFTER_MS = 30_000;

/** Hostile pages, each about 1 MB: every "<pre" start a regex engine would try again. */
const HOSTILE: Record<string, string> = {
  'repeated unclosed raw_message_text tags': '<pre id=raw_message_text '.repeat(MB / 25),
  'one unclosed tag and 1 MB of attributes': `<pre ${' id=raw_message_text'.repeat(MB / 19)}`,
  'many <pre starts before one ">"': `${'<pre '.repeat(MB / 5)}>`,
  'an opened raw pre never closed': `<pre id="raw_message_text">${'</pre '.repeat(MB / 6)}`,
};

function runReader(): Promise<{ results: Record<string, string | null>; timedOut: boolean }> {
  const script = `
    const { rawFromOriginalPage } = await import(${JSON.stringify(MODULE)});
    const inputs = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    const out = {};
    for (const [name, html] of Object.entries(inputs)) out[name] = rawFromOriginalPage(html);
    process.stdout.write(JSON.stringify(out));
  `;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['--import', 'tsx', '--input-type=commonjs', '-e', `(async () => {${script}})()`],
      { cwd: ROOT, timeout: KILL_AFTER_MS, maxBuffer: 16 * MB }, (error, stdout) => {
        if (error && (error as { killed?: boolean }).killed) return resolve({ results: {}, timedOut: true });
        if (error) return reject(error);
        resolve({ results: JSON.parse(stdout) as Record<string, string | null>, timedOut: false });
      });
    child.stdin?.end(JSON.stringify(HOSTILE));
  });
}

describe('Gmail "Show original" reader on hostile pages (13.11)', () => {
  it('answers 1 MB of unclosed <pre id=raw_message_text (and kin) without backtracking, and finds no message', async () => {
    const { results, timedOut } = await runReader();
    expect(timedOut, 'the reader did not finish: it backtracks').toBe(false);
    expect(results).toEqual(Object.fromEntries(Object.keys(HOSTILE).map((k) => [k, null])));
  }, KILL_AFTER_MS + 10_000);
});
