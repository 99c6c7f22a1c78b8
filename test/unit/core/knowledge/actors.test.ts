import { describe, expect, it } from 'vitest';
import { actorOfSide, sideOfActor } from '../../../../src/core/knowledge/actors.ts';
import { SIDES } from '../../../../src/core/types.ts';

describe('who acts ↔ side', () => {
  it('maps the four parties both ways', () => {
    expect(sideOfActor('provider')).toBe('sender-provider');
    expect(actorOfSide('none')).toBe('nobody');
    for (const side of SIDES) expect(sideOfActor(actorOfSide(side))).toBe(side);
  });
});
