import { createDatabase } from '@rota/db';
import { loadConfigOrExit } from '../config';

// `pnpm db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database). In
// production this is a release step, so several instances never race to migrate on start.
const config = loadConfigOrExit();
const database = await createDatabase(config.database);
try {
  await database.migrate();
  console.log('Migrations are up to date.');
} finally {
  await database.close();
}
