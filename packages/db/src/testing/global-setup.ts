import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { createDatabase } from '../client';

export type TestDatabaseSource =
  | { driver: 'postgres'; adminUrl: string; template: string; prefix: string }
  | { driver: 'pglite'; dumpPath: string };

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseSource;
  }
}

/**
 * Migrates one template database per test run; each worker then copies it (PostgreSQL's
 * `CREATE DATABASE … TEMPLATE`, or PGlite's data-dir dump) instead of migrating again.
 */
export default async function setup(project: TestProject) {
  const runId = `${process.pid}_${randomBytes(3).toString('hex')}`;
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const prefix = `rota_test_${runId}`;
    const template = `${prefix}_template`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${template}"`);
    const database = await createDatabase({ url: withDatabase(adminUrl, template), poolSize: 1 });
    await database.migrate();
    await database.close();
    project.provide('testDatabase', { driver: 'postgres', adminUrl, template, prefix });
    return async () => {
      const names = await admin<{ datname: string }[]>`
        select datname from pg_database where datname like ${`${prefix}%`}`;
      for (const { datname } of names)
        await admin.unsafe(`drop database "${datname}" with (force)`);
      await admin.end();
    };
  }
  const database = await createDatabase({});
  await database.migrate();
  const dump = await (database.dumpDataDir as () => Promise<Blob>)();
  await database.close();
  const dumpPath = join(tmpdir(), `rota_test_${runId}.tar.gz`);
  await writeFile(dumpPath, Buffer.from(await dump.arrayBuffer()));
  project.provide('testDatabase', { driver: 'pglite', dumpPath });
  return () => rm(dumpPath, { force: true });
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
