import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { inject } from 'vitest';
import { createDatabase, type Database, type Db } from '../client';
import { withDatabase } from './global-setup';

let shared: Promise<Database> | undefined;

/**
 * The worker's database: a copy of the migrated template made by global-setup.ts. Test files run
 * with `isolate: false`, so every file in a worker shares it; call `resetDatabase` between tests
 * that need a clean slate.
 */
export function getTestDatabase(): Promise<Database> {
  shared ??= openCopy();
  return shared;
}

async function openCopy(): Promise<Database> {
  const source = inject('testDatabase');
  if (source.driver === 'pglite') {
    const dump = new Blob([await readFile(source.dumpPath)]);
    return createDatabase({ loadDataDir: dump });
  }
  const name = `${source.prefix}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(source.adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}" template "${source.template}"`);
  await admin.end();
  // The global teardown drops every database of the run, even if a worker dies.
  return createDatabase({ url: withDatabase(source.adminUrl, name), poolSize: 20 });
}

/** Empties every table (TRUNCATE skips the audit trail's append-only row trigger by design). */
export async function resetDatabase(db: Db): Promise<void> {
  await db.execute(
    sql`truncate table audit_events, bookings, resources, memberships, organizations, sessions, users cascade`,
  );
}
