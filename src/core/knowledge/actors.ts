// "Who acts" (the words the UI uses) and the engine's side are the same four parties.
import type { Side } from '../types.ts';
import type { Actor } from './types.ts';

const SIDE_OF_ACTOR: Readonly<Record<Actor, Side>> = { you: 'sender', provider: 'sender-provider', recipient: 'recipient', nobody: 'none' };
const ACTOR_OF_SIDE = Object.fromEntries(Object.entries(SIDE_OF_ACTOR).map(([a, s]) => [s, a])) as Readonly<Record<Side, Actor>>;

export const sideOfActor = (actor: Actor): Side => SIDE_OF_ACTOR[actor];
export const actorOfSide = (side: Side): Actor => ACTOR_OF_SIDE[side];
