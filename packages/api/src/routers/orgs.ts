import type { TRPCRouterRecord } from '@trpc/server';

export const orgsRouter = {} satisfies TRPCRouterRecord;
