import { describe, expect, it } from 'vitest';
import { notesWanted } from '../../../../src/extension/content/notes-wanted.ts';

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';

describe('notes wanted on a page', () => {
  it('yes by default, and where settings are missing or damaged', () => {
    expect(notesWanted(undefined, undefined, GMAIL)).toBe(true);
    expect(notesWanted({ notes: 'no', sitesOff: 'x' }, 'maybe', GMAIL)).toBe(true);
  });

  it('not when the user turned notes off, unless the administrator turned them on; the administrator\'s off wins', () => {
    expect(notesWanted({ notes: false }, undefined, GMAIL)).toBe(false);
    expect(notesWanted({ notes: false }, true, GMAIL)).toBe(true);
    expect(notesWanted({ notes: true }, false, GMAIL)).toBe(false);
  });

  it('not on a built-in site the user turned off, and still on the others', () => {
    const stored = { notes: true, sitesOff: ['https://mail.google.com/*'] };
    expect(notesWanted(stored, undefined, GMAIL)).toBe(false);
    expect(notesWanted(stored, undefined, 'https://outlook.live.com/mail/0/')).toBe(true);
    expect(notesWanted(stored, undefined, 'https://mail.google.com.evil.example/')).toBe(true);
  });
});
