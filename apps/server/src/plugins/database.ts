import type { Database } from '@rota/db';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
  }
}

/** Makes the database available as `app.database` and closes it with the app when it owns it. */
export const databasePlugin = fp<{ database: Database; closeWithApp: boolean }>(
  async (app, { database, closeWithApp }) => {
    app.decorate('database', database);
    if (closeWithApp) app.addHook('onClose', () => database.close());
  },
  { name: 'database' },
);
