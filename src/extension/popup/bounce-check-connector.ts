// Opens the "bounce-check" port to the background; each message arrives as it streams.
import browser from 'webextension-polyfill';
import { BOUNCE_CHECK_PORT, type CheckFacts, type CheckPortMessage } from '../shared/bounce-check.ts';

export type CheckStarter = (facts: CheckFacts, onMessage: (m: CheckPortMessage) => void) => () => void;

/** Starts a bounce check; returns the function that cancels it. */
export const startBounceCheck: CheckStarter = (facts, onMessage) => {
  const port = browser.runtime.connect({ name: BOUNCE_CHECK_PORT });
  let finished = false;
  port.onMessage.addListener((message: unknown) => {
    const m = message as CheckPortMessage;
    if (m.kind !== 'check') finished = true;
    onMessage(m);
  });
  port.onDisconnect.addListener(() => {
    if (!finished) onMessage({ kind: 'error', error: 'ui_errProbeFailed' });
    finished = true;
  });
  port.postMessage({ facts });
  return () => {
    finished = true;
    port.disconnect();
  };
};
