import type { TRPCRouterRecord } from '@trpc/server';

export const resourcesRouter = {} satisfies TRPCRouterRecord;
