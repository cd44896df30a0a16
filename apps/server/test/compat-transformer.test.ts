import { initTRPC, TRPCError } from '@trpc/server';
import Fastify from 'fastify';
import { afterAll, expect, it } from 'vitest';
import { z } from 'zod';
import { mountTrpc, type TrpcAdapter } from '../src/trpc/mount';

// A transformer that changes the wire format both ways, so skipping it anywhere would show.
const wrapping = {
  serialize: (value: unknown) => ({ wrapped: value }),
  deserialize: (value: unknown) => (value as { wrapped: unknown }).wrapped,
};
const t = initTRPC.create({ isDev: false, transformer: wrapping });
const router = t.router({
  double: t.procedure.input(z.number()).query(({ input }) => input * 2),
  refuse: t.procedure.query(() => {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'no' });
  }),
});

async function start(adapter: TrpcAdapter) {
  const app = Fastify();
  await mountTrpc(app, adapter, { router });
  return { app, url: `${await app.listen({ host: '127.0.0.1', port: 0 })}/trpc` };
}
const servers = await Promise.all([start('official'), start('fast')]);
afterAll(() => Promise.all(servers.map(({ app }) => app.close())));

const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));

it.each([
  ['a query', `double?input=${input({ wrapped: 21 })}`],
  ['an error', 'refuse'],
  ['a mixed batch', `double,refuse?batch=1&input=${input({ 0: { wrapped: 4 } })}`],
])('applies the router’s transformer to %s exactly as tRPC does', async (_name, url) => {
  const [expected, actual] = await Promise.all(
    servers.map(async (server) => {
      const response = await fetch(`${server.url}/${url}`);
      return { status: response.status, body: await response.text() };
    }),
  );
  expect(actual).toEqual(expected);
  expect(expected?.body).toContain('"wrapped"');
});
