import { createInProcessBookingEvents } from '@rota/core';
import { createDatabase, type Database } from '@rota/db';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config';
import { databasePlugin } from './plugins/database';
import { sessionCookiePlugin } from './plugins/session-cookie';
import { trpcPlugin } from './plugins/trpc';

export interface BuildAppOptions {
  config: Config;
  /** A database the caller owns (tests share one); by default the app opens and closes its own. */
  database?: Database;
}

/** The whole HTTP application as a plugin tree. It never listens: server.ts and tests decide. */
export async function buildApp({ config, database }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: true,
  });
  await app.register(databasePlugin, {
    database: database ?? (await createDatabase(config.database)),
    closeWithApp: !database,
  });
  await app.register(sessionCookiePlugin, { secure: config.isProduction });
  await app.register(trpcPlugin, {
    deps: { db: app.database.db, bookingEvents: createInProcessBookingEvents() },
    maxBatchSize: config.trpcMaxBatchSize,
    bodyLimitBytes: config.bodyLimitBytes,
  });
  return app;
}
