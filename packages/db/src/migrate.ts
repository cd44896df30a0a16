import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Db } from './client';
import { migrationsFolder } from './migrations-folder';
import { selectRows } from './rows';

/** True when the newest committed migration has been applied (what /readyz reports). */
export async function isMigrated(db: Db): Promise<boolean> {
  const latest = readMigrationFiles({ migrationsFolder }).at(-1);
  if (!latest) return true;
  try {
    const [row] = await selectRows<{ created_at: string | number }>(
      db,
      sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
    );
    return row !== undefined && Number(row.created_at) >= latest.folderMillis;
  } catch {
    return false;
  }
}
