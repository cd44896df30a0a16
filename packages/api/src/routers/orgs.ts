import { createOrg, getOrg, listOrgs, updateOrg } from '@rota/core';
import {
  createOrgInput,
  getOrgInput,
  listOrgsInput,
  orgOutput,
  orgPageOutput,
  updateOrgInput,
} from '@rota/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { authedProcedure, orgProcedure } from '../trpc';

export const orgsRouter = {
  create: authedProcedure
    .input(createOrgInput)
    .output(orgOutput)
    .mutation(({ ctx, input }) => createOrg(ctx.db, { userId: ctx.user.id }, input)),

  list: authedProcedure
    .input(listOrgsInput)
    .output(orgPageOutput)
    .query(({ ctx, input }) => listOrgs(ctx.db, { userId: ctx.user.id }, input)),

  get: orgProcedure('viewer')
    .input(getOrgInput)
    .output(orgOutput)
    .query(({ ctx }) => getOrg(ctx.db, ctx.actor)),

  update: orgProcedure('admin')
    .input(updateOrgInput)
    .output(orgOutput)
    .mutation(({ ctx, input }) => updateOrg(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;
