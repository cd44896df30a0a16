/**
 * A router of `count` procedures shaped like Rota's (zod input and output, queries and
 * mutations, ten per sub-router), and a client module that infers through all of them.
 */
export function generateRouter(count: number): { 'router.ts': string; 'client.ts': string } {
  const domains = Math.ceil(count / 10);
  const domainSources: string[] = [];
  for (let d = 0; d < domains; d++) {
    const procedures: string[] = [];
    for (let p = 0; p < Math.min(10, count - d * 10); p++) {
      const kind = p % 3 === 0 ? 'mutation' : 'query';
      procedures.push(
        `  p${p}: t.procedure
    .input(z.object({ id: z.string().uuid(), field${p}: z.number().int(), note: z.string().optional() }))
    .output(z.object({ id: z.string(), value${p}: z.number(), at: z.date().transform((v) => v.toISOString()) }))
    .${kind}(({ input }) => ({ id: input.id, value${p}: input.field${p}, at: new Date() })),`,
      );
    }
    domainSources.push(`const d${d} = t.router({\n${procedures.join('\n')}\n});`);
  }
  const router = [
    `import { initTRPC } from '@trpc/server';`,
    `import { z } from 'zod';`,
    `const t = initTRPC.create();`,
    ...domainSources,
    `export const appRouter = t.router({ ${Array.from({ length: domains }, (_, d) => `d${d}`).join(', ')} });`,
    `export type AppRouter = typeof appRouter;`,
  ].join('\n');
  const calls = Array.from(
    { length: domains },
    (_, d) => `  total += (await client.d${d}.p1.query({ id: 'x', field1: ${d} })).value1;`,
  );
  const client = [
    `import { createTRPCClient, httpBatchLink } from '@trpc/client';`,
    `import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';`,
    `import type { AppRouter } from './router';`,
    `export type Inputs = inferRouterInputs<AppRouter>;`,
    `export type Outputs = inferRouterOutputs<AppRouter>;`,
    `const client = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: 'http://127.0.0.1/trpc' })] });`,
    `export async function useEveryDomain(): Promise<number> {`,
    `  let total = 0;`,
    ...calls,
    `  return total;`,
    `}`,
  ].join('\n');
  return { 'router.ts': router, 'client.ts': client };
}
