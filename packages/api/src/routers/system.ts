import { pingOutput } from '@rota/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { publicProcedure } from '../trpc';

export const systemRouter = {
  ping: publicProcedure.output(pingOutput).query(() => ({ ok: true as const })),
} satisfies TRPCRouterRecord;
