import { describe, expect, it } from 'vitest';
import { ACTORS, actorKey, actorOfSide, sideOfActor } from '../../../../src/core/knowledge/actors.ts';
import { SIDES } from '../../../../src/core/types.ts';
import { catalogue } from './fixtures.ts';

describe('who acts ↔ side', () => {
  it('maps every side to an actor and back', () => {
    expect(sideOfActor('sender-provider')).toBe('sender-provider');
    expect(sideOfActor('recipient-provider')).toBe('recipient');
    expect(actorOfSide('none')).toBe('none');
    for (const side of SIDES) expect(sideOfActor(actorOfSide(side))).toBe(side);
  });

  it('has a catalogue name for every actor, in every language, (the note, the popup and the CLI read the same one)', () => {
    for (const lang of ['en', 'de']) {
      const cat = catalogue(lang);
      for (const actor of ACTORS) {
        expect(cat[actorKey(actor)], `${lang} ${actor}`).toBeTruthy();
      }
    }
  });
});
