import { createDatabase, type Database } from '@rota/db';
import Fastify, { type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import type { Config } from './config';
import { bookingEventsPlugin } from './plugins/booking-events';
import { corsPlugin } from './plugins/cors';
import { databasePlugin } from './plugins/database';
import { healthPlugin } from './plugins/health';
import { requestIdFor, requestIdPlugin } from './plugins/request-id';
import { securityHeadersPlugin } from './plugins/security-headers';
import { sessionCookiePlugin } from './plugins/session-cookie';
import { shutdownPlugin } from './plugins/shutdown';
import { trpcPlugin } from './plugins/trpc';

export interface BuildAppOptions {
  config: Config;
  /** A database the caller owns (tests share one); by default the app opens and closes its own. */
  database?: Database;
  /** Where JSON log lines go; stdout by default. */
  logStream?: DestinationStream;
}

/** The whole HTTP application as a plugin tree. It never listens: server.ts and tests decide. */
export async function buildApp({
  config,
  database,
  logStream,
}: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel, ...(logStream ? { stream: logStream } : {}) },
    genReqId: requestIdFor,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    // A batched tRPC call names every procedure in one path parameter (`/trpc/a.b,c.d,…`);
    // Fastify's default of 100 characters would refuse a batch of a few long names (414).
    routerOptions: { maxParamLength: 5000 },
    requestTimeout: config.requestTimeoutMs,
    // Fastify's defaults, spelled out because graceful shutdown relies on them: close() drops idle
    // kept-alive sockets, waits for in-flight requests, and answers 503 to any that arrive meanwhile.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  });
  await app.register(shutdownPlugin);
  await app.register(requestIdPlugin);
  await app.register(securityHeadersPlugin);
  await app.register(corsPlugin, { origins: config.corsOrigins });
  await app.register(databasePlugin, {
    database: database ?? (await createDatabase(config.database)),
    closeWithApp: !database,
  });
  await app.register(healthPlugin);
  await app.register(bookingEventsPlugin, { redisUrl: config.redisUrl });
  await app.register(sessionCookiePlugin, { secure: config.isProduction });
  await app.register(trpcPlugin, {
    deps: { db: app.database.db, bookingEvents: app.bookingEvents },
    adapter: config.trpcAdapter,
    maxBatchSize: config.trpcMaxBatchSize,
    bodyLimitBytes: config.bodyLimitBytes,
  });
  return app;
}
