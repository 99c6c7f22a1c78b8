import { describe, expect, it } from 'vitest';
import { normalizeLineEndings } from '../../../../src/core/text/line-endings.ts';

describe('normalizeLineEndings', () => {
  it('keeps the length so offsets stay valid', () => {
    for (const s of ['a\r\nb\rc\n', '\r\r\n\n', 'plain']) {
      const n = normalizeLineEndings(s);
      expect(n.length).toBe(s.length);
      expect(n).not.toContain('\r');
    }
  });

  it('turns CRLF and CR into line feeds', () => {
    expect(normalizeLineEndings('a\r\nb\rc').split('\n').map((l) => l.trimEnd())).toEqual(['a', 'b', 'c']);
  });
});
