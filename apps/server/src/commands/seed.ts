import { seedDemoData } from '@rota/core';
import { createDatabase, isMigrated } from '@rota/db';
import { loadConfigOrExit } from '../config';

// `pnpm db:seed`: the demo data of `pnpm dev`, into the configured database. Stop `pnpm dev`
// first when it uses the embedded database: PGlite's files belong to one process at a time.
const config = loadConfigOrExit();
const database = await createDatabase(config.database);
try {
  if (config.migrateOnStart) await database.migrate();
  if (!(await isMigrated(database.db))) {
    throw new Error('the database is not migrated: run `pnpm db:migrate` first');
  }
  const { created } = await seedDemoData(database.db);
  console.log(created ? 'Seeded the demo data.' : 'The demo data is already there.');
} finally {
  await database.close();
}
