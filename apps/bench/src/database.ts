import { createDatabase } from '@rota/db';
import postgres from 'postgres';

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own on the server `adminUrl` points at; dropped afterwards. */
export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `rota_bench_${process.pid}_${Date.now()}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await createDatabase({ url: url.href, poolSize: 2 });
  await database.migrate();
  await database.close();
  return {
    url: url.href,
    async drop() {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
