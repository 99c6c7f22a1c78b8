// SIGTERM drain: new API requests get 503 while the streams already running finish (up to a
// deadline); then the server closes. The load balancer sees /healthz turn 503 and moves away.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { translatorFor, type ErrorBody } from '../i18n.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Marks one running stream; call the returned function when it ends. */
    trackStream(): () => void;
    /** Refuses new work, waits for running streams (at most ms); resolves true when all ended. */
    drain(ms: number): Promise<boolean>;
    readonly draining: boolean;
  }
}

// The app plugin is encapsulated, so its decorations are not visible on the instance buildApp()
// returns; the drain is found through the HTTP server both share.
const drains = new WeakMap<object, (ms: number) => Promise<boolean>>();

/** Drains the app built by buildApp() (serve's SIGTERM); true when no stream was cut short. */
export async function drainApp(app: FastifyInstance, ms: number): Promise<boolean> {
  const drain = drains.get(app.server);
  return drain ? drain(ms) : true;
}

export default fp(async (app: FastifyInstance) => {
  let draining = false;
  let running = 0;
  let onIdle: (() => void) | null = null;
  app.decorate('draining', { getter: () => draining });
  app.decorate('trackStream', () => {
    running++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      running--;
      if (running === 0) onIdle?.();
    };
  });
  app.decorate('drain', async (ms: number) => {
    draining = true;
    if (running === 0 && app.probeSlots.running === 0) return true;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      const poll = setInterval(() => check(), 100);
      const check = (): void => {
        if (running === 0 && app.probeSlots.running === 0) {
          clearTimeout(timer);
          clearInterval(poll);
          resolve(true);
        }
      };
      onIdle = check;
    });
  });
  drains.set(app.server, app.drain);
  app.addHook('onRequest', async (request, reply) => {
    if (!draining) return;
    if (request.url.startsWith('/v1/') || request.url === '/healthz') {
      await reply.code(503).header('retry-after', '5').header('connection', 'close').send({
        error: 'draining', message: translatorFor(request)('p_http_busy'),
      } satisfies ErrorBody);
    }
  });
}, { name: 'bl-drain', dependencies: ['bl-concurrency'] });
