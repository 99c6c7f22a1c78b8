import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonLine, terminalSafe } from '../../../src/cli/terminal-safe.ts';

// Anything a terminal acts on: ESC, C0 but tab/newline, DEL, C1.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('terminalSafe', () => {
  it.each([
    ['OSC 52 clipboard write (BEL)', 'a\u001b]52;c;ZXZpbA==\u0007b', 'ab'],
    ['OSC 0 title (ST)', 'a\u001b]0;owned\u001b\\b', 'ab'],
    ['CSI clear screen and colour', '\u001b[2J\u001b[1;31mred\u001b[0m', 'red'],
    ['C1 CSI', 'x\u009b31my', 'xy'],
    ['C1 OSC', 'x\u009d0;title\u0007y', 'xy'],
    ['cursor up and carriage return', 'ok\u001b[1A\rfake', 'okfake'],
    ['backspaces and NUL', 'a\b\b\u0000b', 'ab'],
  ])('removes %s', (_name, input, expected) => {
    expect(terminalSafe(input)).toBe(expected);
  });

  it('keeps text, tabs, newlines and non-ASCII letters', () => {
    expect(terminalSafe('Empfänger:\tgrüße@example.de\n550 5.1.1 — ok')).toBe('Empfänger:\tgrüße@example.de\n550 5.1.1 — ok');
  });

  it('leaves no control character in any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => !CONTROL.test(terminalSafe(s))));
  });
});

describe('jsonLine', () => {
  it('is the same data, with no raw control character', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const line = jsonLine({ s });
      return !CONTROL.test(line.slice(0, -1)) && (JSON.parse(line) as { s: string }).s === s;
    }));
  });
});
