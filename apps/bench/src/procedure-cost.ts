import { appRouter, createContext } from '@rota/api';
import { pingOutput } from '@rota/schemas';
import type { AnyTRPCProcedure, AnyTRPCRouter } from '@trpc/server';

export interface ProcedureCost {
  /** Calling system.ping through tRPC's middleware chain, as both adapters must. */
  trpcProcedureMicroseconds: number;
  /** The same work without tRPC: validate the output. */
  plainMicroseconds: number;
}

/**
 * The floor under any tRPC adapter: what one procedure invocation costs in-process, with no HTTP.
 * The plain route does not pay it, so it bounds how close a tRPC path can get to the ceiling.
 */
export async function measureProcedureCost(iterations = 100_000): Promise<ProcedureCost> {
  const router: AnyTRPCRouter = appRouter;
  const procedure: AnyTRPCProcedure | undefined = router._def.procedures['system.ping'];
  if (!procedure) throw new Error('system.ping is missing');
  const ctx = createContext(
    { db: null as never, bookingEvents: null as never },
    {
      sessionCookie: { read: () => undefined, write: () => {}, clear: () => {} },
      ip: undefined,
      userAgent: undefined,
    },
  );
  const viaTrpc = () =>
    procedure({
      path: 'system.ping',
      getRawInput: async () => undefined,
      ctx,
      type: 'query',
      signal: undefined,
      batchIndex: 0,
    });
  const plain = async () => pingOutput.parse({ ok: true });
  const time = async (call: () => Promise<unknown>) => {
    for (let i = 0; i < iterations; i++) await call(); // warm up the JIT first
    const started = performance.now();
    for (let i = 0; i < iterations; i++) await call();
    return ((performance.now() - started) * 1000) / iterations;
  };
  return {
    trpcProcedureMicroseconds: Math.round((await time(viaTrpc)) * 10) / 10,
    plainMicroseconds: Math.round((await time(plain)) * 10) / 10,
  };
}
