import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /** True once shutdown began: /readyz fails so the load balancer routes elsewhere. */
    draining: boolean;
  }
}

/**
 * Graceful shutdown: readiness fails first, then the listener closes while in-flight requests
 * finish (Fastify answers 503 to requests that arrive on kept-alive sockets meanwhile).
 */
export const shutdownPlugin = fp(
  async (app) => {
    app.decorate('draining', false);
    const openResponses = new Set<ServerResponse>();
    app.addHook('onRequest', async (_request, reply) => {
      openResponses.add(reply.raw);
      reply.raw.once('close', () => openResponses.delete(reply.raw));
    });
    app.addHook('onSend', async (_request, reply) => {
      // Otherwise a kept-alive socket outlives its last response and holds the listener open.
      if (app.draining) reply.header('connection', 'close');
    });
    // #region pre-close
    app.addHook('preClose', async () => {
      app.draining = true;
      // An event stream never ends by itself, so closing would wait forever. Cutting it is safe:
      // SSE clients reconnect on their own, to an instance that is still serving.
      for (const response of openResponses) {
        if (isEventStream(response)) response.destroy();
      }
    });
    // #endregion
  },
  { name: 'shutdown' },
);

function isEventStream(response: ServerResponse): boolean {
  return String(response.getHeader('content-type') ?? '').startsWith('text/event-stream');
}

// #region drain-and-close
/** What SIGTERM runs: fail readiness, give the load balancer time to notice, then close. */
export async function drainAndClose(app: FastifyInstance, drainDelayMs: number): Promise<void> {
  app.draining = true;
  if (drainDelayMs > 0) {
    app.log.info({ drainDelayMs }, 'draining: readiness fails, still serving');
    await sleep(drainDelayMs);
  }
  await app.close();
}
// #endregion
