import {
  archiveResource,
  createResource,
  getResource,
  listResources,
  updateResource,
} from '@rota/core';
import {
  createResourceInput,
  listResourcesInput,
  resourceOutput,
  resourcePageOutput,
  resourceRefInput,
  updateResourceInput,
} from '@rota/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { orgProcedure } from '../trpc';

export const resourcesRouter = {
  create: orgProcedure('admin')
    .input(createResourceInput)
    .output(resourceOutput)
    .mutation(({ ctx, input }) => createResource(ctx.db, ctx.actor, input)),

  update: orgProcedure('admin')
    .input(updateResourceInput)
    .output(resourceOutput)
    .mutation(({ ctx, input }) => updateResource(ctx.db, ctx.actor, input)),

  archive: orgProcedure('admin')
    .input(resourceRefInput)
    .output(resourceOutput)
    .mutation(({ ctx, input }) => archiveResource(ctx.db, ctx.actor, input.resourceId)),

  list: orgProcedure('viewer')
    .input(listResourcesInput)
    .output(resourcePageOutput)
    .query(({ ctx, input }) => listResources(ctx.db, ctx.actor, input)),

  get: orgProcedure('viewer')
    .input(resourceRefInput)
    .output(resourceOutput)
    .query(({ ctx, input }) => getResource(ctx.db, ctx.actor, input.resourceId)),
} satisfies TRPCRouterRecord;
