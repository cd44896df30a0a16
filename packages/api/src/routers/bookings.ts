import {
  type BookingChangeRecord,
  type BookingEvents,
  type BookingRecord,
  cancelBooking,
  createBooking,
  createSeries,
  getBooking,
  getResource,
  listBookings,
  type OrgActor,
  rescheduleBooking,
} from '@rota/core';
import {
  bookingChangeOutput,
  bookingChangesInput,
  bookingOutput,
  bookingPageOutput,
  bookingRefInput,
  createBookingInput,
  createSeriesInput,
  listBookingsInput,
  rescheduleBookingInput,
  seriesOutput,
} from '@rota/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { orgProcedure } from '../trpc';

interface ChangeContext {
  bookingEvents: BookingEvents;
  actor: OrgActor;
}

/**
 * Tells `onChange` subscribers about bookings a mutation changed. Called here, once the domain
 * function has returned, because that is when its transaction has committed: a change that rolls
 * back is never announced.
 */
function announce(
  ctx: ChangeContext,
  type: BookingChangeRecord['type'],
  changed: BookingRecord[],
): void {
  for (const booking of changed) ctx.bookingEvents.publish(ctx.actor.orgId, { type, booking });
}

export const bookingsRouter = {
  create: orgProcedure('member')
    .input(createBookingInput)
    .output(bookingOutput)
    .mutation(async ({ ctx, input }) => {
      const booking = await createBooking(ctx.db, ctx.actor, input);
      announce(ctx, 'created', [booking]);
      return booking;
    }),

  createSeries: orgProcedure('member')
    .input(createSeriesInput)
    .output(seriesOutput)
    .mutation(async ({ ctx, input }) => {
      const series = await createSeries(ctx.db, ctx.actor, input);
      announce(ctx, 'created', series.bookings);
      return series;
    }),

  list: orgProcedure('viewer')
    .input(listBookingsInput)
    .output(bookingPageOutput)
    .query(({ ctx, input }) => listBookings(ctx.db, ctx.actor, input)),

  get: orgProcedure('viewer')
    .input(bookingRefInput)
    .output(bookingOutput)
    .query(({ ctx, input }) => getBooking(ctx.db, ctx.actor, input)),

  reschedule: orgProcedure('member')
    .input(rescheduleBookingInput)
    .output(bookingOutput)
    .mutation(async ({ ctx, input }) => {
      const booking = await rescheduleBooking(ctx.db, ctx.actor, input);
      announce(ctx, 'rescheduled', [booking]);
      return booking;
    }),

  cancel: orgProcedure('member')
    .input(bookingRefInput)
    .output(bookingOutput)
    .mutation(async ({ ctx, input }) => {
      const booking = await cancelBooking(ctx.db, ctx.actor, input);
      announce(ctx, 'cancelled', [booking]);
      return booking;
    }),

  /**
   * Server-sent events of the organization's booking changes, optionally of one resource. Each
   * event is validated and serialized by `bookingChangeOutput`, as `.output()` does for calls.
   */
  onChange: orgProcedure('viewer')
    .input(bookingChangesInput)
    .subscription(async ({ ctx, input, signal }) => {
      // Checked before the stream opens, so a foreign or unknown resource fails as NOT_FOUND.
      if (input.resourceId) await getResource(ctx.db, ctx.actor, input.resourceId);
      const changes = ctx.bookingEvents.subscribe(ctx.actor.orgId, signal);
      return (async function* () {
        for await (const change of changes) {
          if (input.resourceId && change.booking.resourceId !== input.resourceId) continue;
          yield bookingChangeOutput.parse(change);
        }
      })();
    }),
} satisfies TRPCRouterRecord;
