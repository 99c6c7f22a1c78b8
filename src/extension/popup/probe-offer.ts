// When the popup offers a check by the probe. A check connects to the user's own outgoing server,
// so it can confirm only causes that live there (its settings, port and encryption, a network
// block, the kind of login it wants). It never offers to connect to the recipient's server for
// "user unknown" and the like: that would confirm nothing and knock on a stranger's door.
import type { ExplainResult } from '../../core/knowledge/types.ts';
import type { ProbeTarget } from '../messages.ts';
import { isCheckable } from '../shared/checkable.ts';

export type ProbeOffer =
  | { kind: 'offer'; target: ProbeTarget }
  /**
   * A check would help, but no probe is configured (in the settings or by the provider's profile).
   * The check from this computer (local helper) still works on `target` when it is known.
   */
  | { kind: 'needs-probe'; target: ProbeTarget | null }
  /** A check would help, but the user's outgoing server is not known. */
  | { kind: 'needs-server' }
  | { kind: 'none' };

export interface ProbeSetup {
  /** A probe URL is set in the settings or the provider's profile names one. */
  available: boolean;
  /** The user's own outgoing server (as their mail app has it), when known. */
  ownServer: ProbeTarget | null;
}

/** Whether the result's causes are ones a check of the user's own outgoing server can confirm. */
export function checkable(result: ExplainResult): boolean {
  return result.items.some(({ explanation }) => isCheckable(explanation.bucket));
}

/**
 * The offer for a result. `asked` is a server the user typed on its own ("mail.example.com:587"),
 * or one their mail client's error names: checking it is what they asked for.
 */
export function probeOffer(result: ExplainResult, setup: ProbeSetup, asked: ProbeTarget | null = null): ProbeOffer {
  if (!asked && !checkable(result)) return { kind: 'none' };
  const target = asked ?? setup.ownServer;
  if (!setup.available) return { kind: 'needs-probe', target };
  return target ? { kind: 'offer', target } : { kind: 'needs-server' };
}
