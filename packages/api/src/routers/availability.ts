import { resourceAvailability, searchAvailability } from '@rota/core';
import {
  availabilitySearchInput,
  availabilitySearchOutput,
  resourceAvailabilityInput,
  resourceAvailabilityOutput,
} from '@rota/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { orgProcedure } from '../trpc';

export const availabilityRouter = {
  forResource: orgProcedure('viewer')
    .input(resourceAvailabilityInput)
    .output(resourceAvailabilityOutput)
    .query(({ ctx, input }) => resourceAvailability(ctx.db, ctx.actor, input)),

  search: orgProcedure('viewer')
    .input(availabilitySearchInput)
    .output(availabilitySearchOutput)
    .query(({ ctx, input }) => searchAvailability(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;
