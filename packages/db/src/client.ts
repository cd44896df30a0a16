import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { citext } from '@electric-sql/pglite/contrib/citext';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { migrationsFolder } from './migrations-folder';
import * as schema from './schema';

export type Schema = typeof schema;
/** A database or a transaction: every query function takes this, so callers can pass either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DatabaseOptions =
  /** PostgreSQL through postgres.js with a connection pool. */
  | { url: string; poolSize?: number }
  /** Embedded PGlite: persisted in `dataDir`, or in memory when it is omitted. */
  | { url?: undefined; dataDir?: string; loadDataDir?: Blob; poolSize?: undefined };

export interface Database {
  db: Db;
  driver: 'postgres' | 'pglite';
  /** Applies every pending migration; the same files run on PostgreSQL and PGlite. */
  migrate(): Promise<void>;
  /** Checks that the database answers; throws otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: a tarball of the data directory, which `loadDataDir` opens again. */
  dumpDataDir?(): Promise<Blob>;
}

export async function createDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url !== undefined) {
    const sql = postgres(options.url, {
      max: options.poolSize ?? 10,
      onnotice: () => {},
      connection: { TimeZone: 'UTC' },
    });
    const db = drizzlePostgres(sql, { schema });
    return {
      db: db as unknown as Db,
      driver: 'postgres',
      migrate: () => migratePostgres(db, { migrationsFolder }),
      ping: async () => void (await sql`select 1`),
      close: () => sql.end({ timeout: 5 }),
    };
  }
  const { dataDir, loadDataDir } = options;
  // PGlite creates its own folder but not the ones above it (the workspace's `.data/`).
  if (dataDir && !dataDir.includes('://')) await mkdir(dirname(dataDir), { recursive: true });
  const client = await PGlite.create(dataDir, {
    extensions: { btree_gist, citext },
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  const db = drizzlePglite(client, { schema });
  return {
    db: db as unknown as Db,
    driver: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    ping: async () => void (await client.query('select 1')),
    close: () => client.close(),
    dumpDataDir: () => client.dumpDataDir('gzip'),
  };
}
