import { isMigrated } from '@rota/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

type ReadinessCheck = 'draining' | 'database' | 'migrations';

// A probe must answer even when the database hangs: a slow answer counts as unreachable.
const databaseCheckTimeoutMs = 2_000;

/**
 * /healthz: the process serves HTTP (liveness; never touches dependencies, so a database outage
 * does not get healthy instances restarted). /readyz: this instance should receive traffic.
 */
export const healthPlugin = fp(
  async (app) => {
    // Probes hit these every few seconds; only problems deserve log lines.
    const quiet = { logLevel: 'warn' } as const;
    const failedChecks = readinessChecks(app);
    app.get('/healthz', quiet, async () => ({ status: 'ok' }));
    app.get('/readyz', quiet, async (_request, reply) => {
      const failed = await failedChecks();
      if (failed.length === 0) return { status: 'ready' };
      return reply.code(503).send({ status: 'unavailable', failed });
    });
  },
  { name: 'health', dependencies: ['database', 'shutdown'] },
);

// #region readiness
function readinessChecks(app: FastifyInstance) {
  // Applied migrations stay applied while this build runs, so one success is enough to remember.
  let migrated = false;
  return async (): Promise<ReadinessCheck[]> => {
    const failed: ReadinessCheck[] = [];
    if (app.draining) failed.push('draining');
    const { database } = app;
    if (!(await succeedsInTime(database.ping(), databaseCheckTimeoutMs))) {
      failed.push('database');
    } else {
      migrated ||= await isMigrated(database.db);
      if (!migrated) failed.push('migrations');
    }
    return failed;
  };
}
// #endregion

async function succeedsInTime(check: Promise<unknown>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(resolve, timeoutMs, false);
  });
  try {
    return await Promise.race([check.then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
