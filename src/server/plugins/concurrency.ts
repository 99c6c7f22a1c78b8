// A global cap on probes running at once in this instance: past it, 503 and Retry-After,
// so a flood of slow targets (tarpits) cannot exhaust sockets or memory.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';

export interface ProbeSlots {
  /** Takes a slot; returns its release function, or null when full. */
  take(): (() => void) | null;
  readonly running: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    probeSlots: ProbeSlots;
  }
}

export function createSlots(max: number): ProbeSlots {
  let running = 0;
  return {
    take() {
      if (running >= max) return null;
      running++;
      let released = false;
      return () => {
        if (!released) {
          released = true;
          running--;
        }
      };
    },
    get running() {
      return running;
    },
  };
}

export default fp(async (app: FastifyInstance, opts: { max: number }) => {
  app.decorate('probeSlots', createSlots(opts.max));
}, { name: 'bl-concurrency' });
