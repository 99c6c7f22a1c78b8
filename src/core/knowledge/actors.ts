// "Who acts" and the engine's side ("where the fault lies") are different questions: a mistyped
// address is the recipient side's fault but the sender's move. This maps between them where one
// must stand in for the other (a finding with no explanation, a provider entry's verdict).
import type { Side } from '../types.ts';
import type { Actor } from './types.ts';

export const ACTORS = ['sender', 'sender-provider', 'recipient', 'recipient-provider', 'network', 'none'] as const;

const SIDE_OF_ACTOR: Readonly<Record<Actor, Side>> = {
  sender: 'sender', 'sender-provider': 'sender-provider', recipient: 'recipient', 'recipient-provider': 'recipient',
  // The network in between is the sender's (their connection, firewall, ISP): a remote outage is 'none'.
  network: 'sender', none: 'none',
};
const ACTOR_OF_SIDE: Readonly<Record<Side, Actor>> = { sender: 'sender', 'sender-provider': 'sender-provider', recipient: 'recipient', none: 'none' };

export const sideOfActor = (actor: Actor): Side => SIDE_OF_ACTOR[actor];
export const actorOfSide = (side: Side): Actor => ACTOR_OF_SIDE[side];
/** The catalogue name of "who acts" (message names allow no hyphen). */
export const actorKey = (actor: Actor, prefix = 'k_actor_'): string => `${prefix}${actor.replace(/-/g, '_')}`;
