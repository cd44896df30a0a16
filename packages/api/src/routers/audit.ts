import { listAudit } from '@rota/core';
import { auditPageOutput, listAuditInput } from '@rota/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { orgProcedure } from '../trpc';

export const auditRouter = {
  list: orgProcedure('admin')
    .input(listAuditInput)
    .output(auditPageOutput)
    .query(({ ctx, input }) => listAudit(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;
