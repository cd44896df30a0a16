import { afterAll, expect, it } from 'vitest';
import { startTestServer } from './harness';

const server = await startTestServer();
afterAll(() => server.close());

it('answers system.ping through the whole tRPC stack', async () => {
  await expect(server.client().trpc.system.ping.query()).resolves.toEqual({ ok: true });
});
