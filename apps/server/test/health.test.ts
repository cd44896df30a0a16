import { createDatabase, type Database } from '@rota/db';
import { getTestDatabase } from '@rota/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { drainAndClose } from '../src/plugins/shutdown';
import { testConfig } from './harness';

let app: FastifyInstance | undefined;
let ownDatabase: Database | undefined;
afterEach(async () => {
  await app?.close();
  await ownDatabase?.close();
  app = ownDatabase = undefined;
});

async function appOn(database: Database): Promise<FastifyInstance> {
  app = await buildApp({ config: testConfig(), database });
  return app;
}

const probe = (target: FastifyInstance, url: '/healthz' | '/readyz') =>
  target.inject({ method: 'GET', url });

it('is alive and ready on a reachable, migrated database', async () => {
  const target = await appOn(await getTestDatabase());
  const alive = await probe(target, '/healthz');
  expect(alive.statusCode).toBe(200);
  expect(alive.json()).toEqual({ status: 'ok' });
  const ready = await probe(target, '/readyz');
  expect(ready.statusCode).toBe(200);
  expect(ready.json()).toEqual({ status: 'ready' });
});

it('is not ready while migrations are pending', async () => {
  ownDatabase = await createDatabase({});
  const target = await appOn(ownDatabase);
  const ready = await probe(target, '/readyz');
  expect(ready.statusCode).toBe(503);
  expect(ready.json()).toEqual({ status: 'unavailable', failed: ['migrations'] });
});

it('is not ready when the database does not answer, yet stays alive', async () => {
  const unreachable = await createDatabase({});
  await unreachable.close();
  const target = await appOn(unreachable);
  const ready = await probe(target, '/readyz');
  expect(ready.statusCode).toBe(503);
  expect(ready.json()).toEqual({ status: 'unavailable', failed: ['database'] });
  expect((await probe(target, '/healthz')).statusCode).toBe(200);
});

it('is not ready once shutdown starts draining, while it still serves', async () => {
  const target = await appOn(await getTestDatabase());
  const closing = drainAndClose(target, 1_000);
  const ready = await probe(target, '/readyz');
  expect(ready.statusCode).toBe(503);
  expect(ready.json()).toEqual({ status: 'unavailable', failed: ['draining'] });
  expect((await probe(target, '/healthz')).statusCode).toBe(200);
  await closing;
  app = undefined;
});
