import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { expect, it } from 'vitest';
import { z } from 'zod';
import type { Context } from './context';
import { createTRPCRouter, publicProcedure } from './trpc';

// A procedure whose output check fails: a server bug, never the caller's fault.
const router = createTRPCRouter({
  leaky: publicProcedure
    .output(z.object({ secretColumn: z.string() }))
    .query(() => ({ secretColumn: 42 }) as unknown as { secretColumn: string }),
  picky: publicProcedure.input(z.object({ count: z.number().min(1) })).query(() => 'ok'),
});

async function call(path: string, input?: unknown) {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await fetchRequestHandler({
    endpoint: '/trpc',
    req: new Request(`http://localhost/trpc/${path}${query}`),
    router,
    createContext: () => ({}) as Context,
  });
  return { status: response.status, body: await response.text() };
}

it('answers an internal error without stack, SQL or the issues of a failed output check', async () => {
  const { status, body } = await call('leaky');
  expect(status).toBe(500);
  expect(JSON.parse(body).error).toMatchObject({
    message: 'Internal server error',
    data: { code: 'INTERNAL_SERVER_ERROR', appCode: null },
  });
  expect(body).not.toContain('secretColumn');
  expect(body).not.toContain('stack');
});

it('answers bad input with its issues, field by field', async () => {
  const { status, body } = await call('picky', { count: 0 });
  expect(status).toBe(400);
  expect(JSON.parse(body).error).toMatchObject({
    message: expect.stringMatching(/^count: /),
    data: { code: 'BAD_REQUEST', issues: [{ path: 'count', code: 'too_small' }] },
  });
});
