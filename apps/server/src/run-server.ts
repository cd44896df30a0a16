import closeWithGrace from 'close-with-grace';
import type { FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { buildApp } from './app';
import type { Config } from './config';
import { drainAndClose } from './plugins/shutdown';

export interface RunServerOptions {
  config: Config;
  logStream?: DestinationStream;
  /** Runs on the migrated database before the port opens (dev seeds its demo data here). */
  beforeListen?: (app: FastifyInstance) => Promise<void>;
}

/**
 * Starts the API as a process: migrations (when `config.migrateOnStart`), the listener, and
 * graceful shutdown on SIGTERM/SIGINT.
 */
export async function runServer({
  config,
  logStream,
  beforeListen,
}: RunServerOptions): Promise<FastifyInstance> {
  const app = await buildApp({ config, logStream });
  const shutdown = closeWithGrace(
    {
      // close-with-grace exits 1 if draining plus closing outlives this.
      delay: config.shutdownDrainDelayMs + config.shutdownTimeoutMs,
      logger: app.log,
    },
    async ({ signal, err }) => {
      if (err) app.log.fatal({ err }, 'shutting down after an unhandled error');
      else app.log.info({ signal }, 'shutting down');
      await drainAndClose(app, err ? 0 : config.shutdownDrainDelayMs);
    },
  );
  try {
    if (config.migrateOnStart) await app.database.migrate();
    await beforeListen?.(app);
    await app.listen({ host: config.host, port: config.port });
  } catch (err) {
    app.log.fatal({ err }, 'could not start');
    shutdown.uninstall();
    await app.close();
    process.exit(1);
  }
  return app;
}
