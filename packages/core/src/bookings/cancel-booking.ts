import { bookings, type Db } from '@rota/db';
import { and, eq, sql } from 'drizzle-orm';
import type { OrgActor } from '../actor';
import { recordAudit } from '../audit/record';
import { inTransaction } from '../transaction';
import { type BookingRecord, readBooking } from './booking-record';
import { bookingCancelled, readChangeableBooking } from './changeable-booking';

/**
 * Cancels a booking: the row stays (status `cancelled`, `cancelled_at` set) for the record, and
 * the exclusion constraint, which only covers confirmed bookings, frees its period at once.
 */
export function cancelBooking(
  db: Db,
  actor: OrgActor,
  input: { bookingId: string },
): Promise<BookingRecord> {
  return inTransaction(db, async (tx) => {
    const booking = await readChangeableBooking(tx, actor, input.bookingId);
    const cancelled = await tx
      .update(bookings)
      .set({
        status: 'cancelled',
        cancelledAt: sql`now()`,
        updatedAt: sql`now()`,
        version: sql`${bookings.version} + 1`,
      })
      // A concurrent cancel may have won since the read above.
      .where(and(eq(bookings.id, booking.id), eq(bookings.status, 'confirmed')))
      .returning({ id: bookings.id });
    if (cancelled.length === 0) throw bookingCancelled();
    await recordAudit(tx, actor, {
      action: 'booking.cancelled',
      targetType: 'booking',
      targetId: booking.id,
      data: { resourceId: booking.resourceId },
    });
    return readBooking(tx, actor.orgId, booking.id);
  });
}
