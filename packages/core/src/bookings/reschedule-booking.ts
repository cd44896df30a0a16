import { bookings, type Db } from '@rota/db';
import type { rescheduleBookingInput } from '@rota/schemas';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrgActor } from '../actor';
import { recordAudit } from '../audit/record';
import { DomainError } from '../errors';
import { getResource } from '../resources/get-resource';
import { inTransaction } from '../transaction';
import { type BookingRecord, readBooking } from './booking-record';
import { readChangeableBooking } from './changeable-booking';
import { assertBookable } from './check-bookable';

export type RescheduleBookingInput = Pick<
  z.output<typeof rescheduleBookingInput>,
  'bookingId' | 'startsAt' | 'endsAt' | 'expectedVersion'
>;

/**
 * Moves a booking to a new period. Optimistic concurrency: the update only matches while the row
 * still has `expectedVersion`, so of two edits based on the same version exactly one wins.
 */
export function rescheduleBooking(
  db: Db,
  actor: OrgActor,
  input: RescheduleBookingInput,
  now = new Date(),
): Promise<BookingRecord> {
  return inTransaction(db, async (tx) => {
    const booking = await readChangeableBooking(tx, actor, input.bookingId);
    const resource = await getResource(tx, actor, booking.resourceId, { lock: 'share' });
    const period = { start: input.startsAt, end: input.endsAt };
    assertBookable(resource, period, now);
    // Overlap with other bookings is the exclusion constraint's call (23P01), as for a new booking.
    // #region versioned-update
    const updated = await tx
      .update(bookings)
      .set({ period, version: sql`${bookings.version} + 1`, updatedAt: sql`now()` })
      .where(
        and(
          eq(bookings.id, booking.id),
          eq(bookings.version, input.expectedVersion),
          eq(bookings.status, 'confirmed'),
        ),
      )
      .returning({ version: bookings.version });
    if (updated.length === 0) {
      throw new DomainError(
        'STALE_VERSION',
        `the booking changed after version ${input.expectedVersion}; reload it and try again`,
      );
    }
    // #endregion
    await recordAudit(tx, actor, {
      action: 'booking.rescheduled',
      targetType: 'booking',
      targetId: booking.id,
      data: {
        from: { startsAt: booking.startsAt, endsAt: booking.endsAt },
        to: { startsAt: input.startsAt, endsAt: input.endsAt },
      },
    });
    return readBooking(tx, actor.orgId, booking.id);
  });
}
