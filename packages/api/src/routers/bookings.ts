import {
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
  type BookingChange,
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
function announce(ctx: ChangeContext, type: BookingChange['type'], changed: BookingRecord[]): void {
  for (const booking of changed) {
    ctx.bookingEvents.publish(ctx.actor.orgId, bookingChangeOutput.parse({ type, booking }));
  }
}

export const bookingsRouter = {
  // #region create-procedure
  create: orgProcedure('member')
    .input(createBookingInput)
    .output(bookingOutput)
    .mutation(async ({ ctx, input }) => {
      const booking = await createBooking(ctx.db, ctx.actor, input);
      announce(ctx, 'created', [booking]);
      return booking;
    }),
  // #endregion

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

  // #region get-procedure
  get: orgProcedure('viewer')
    .input(bookingRefInput)
    .output(bookingOutput)
    .query(({ ctx, input }) => getBooking(ctx.db, ctx.actor, input)),
  // #endregion

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

  // #region on-change
  /**
   * Server-sent events of the organization's booking changes, optionally of one resource. Events
   * arrive already serialized by `bookingChangeOutput` (see `announce`), the schema `.output()`
   * would apply to a call.
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
          yield change;
        }
      })();
    }),
  // #endregion
} satisfies TRPCRouterRecord;
