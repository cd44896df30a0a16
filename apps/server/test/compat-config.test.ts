import { getTestDatabase } from '@rota/db/testing';
import { initTRPC } from '@trpc/server';
import Fastify from 'fastify';
import { expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { mountTrpc } from '../src/trpc/mount';
import { testConfig } from './harness';

/** Which handler answered: the fast path sends a length, tRPC's adapter streams (chunked). */
async function servedBy(env: Record<string, string>) {
  const config = { ...testConfig(), trpcAdapter: loadConfig(env).trpcAdapter };
  const app = await buildApp({ config, database: await getTestDatabase() });
  try {
    const response = await app.inject({ method: 'GET', url: '/trpc/system.ping' });
    expect(response.json()).toEqual({ result: { data: { ok: true } } });
    return response.headers['content-length'] ? 'fast path' : 'official adapter';
  } finally {
    await app.close();
  }
}

it('serves tRPC through the fast path by default', async () => {
  expect(await servedBy({})).toBe('fast path');
});

it('falls back to the official adapter with TRPC_ADAPTER=official', async () => {
  expect(await servedBy({ TRPC_ADAPTER: 'official' })).toBe('official adapter');
});

it('refuses an unknown adapter, naming the setting', () => {
  expect(() => loadConfig({ TRPC_ADAPTER: 'turbo' })).toThrow(/TRPC_ADAPTER/);
});

it.each([
  ['responseMeta', { responseMeta: () => ({ headers: { 'x-meta': 'set' } }) }],
  ['allowMethodOverride', { allowMethodOverride: true }],
  ['batching disabled', { allowBatching: false }],
])('leaves every request to tRPC’s handler when %s is set', async (_name, extra) => {
  const t = initTRPC.create();
  const app = Fastify();
  await mountTrpc(app, 'fast', {
    router: t.router({ ping: t.procedure.query(() => 'pong') }),
    ...extra,
  });
  try {
    const response = await app.inject({ method: 'GET', url: '/trpc/ping' });
    expect(response.json()).toEqual({ result: { data: 'pong' } });
    expect(response.headers['content-length']).toBeUndefined();
  } finally {
    await app.close();
  }
});
