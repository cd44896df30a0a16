import { bookings, type Db, one } from '@rota/db';
import type { createBookingInput } from '@rota/schemas';
import type { z } from 'zod';
import type { OrgActor } from '../actor';
import { recordAudit } from '../audit/record';
import { getResource } from '../resources/get-resource';
import { inTransaction } from '../transaction';
import { type BookingRecord, readBooking } from './booking-record';
import { assertBookable } from './check-bookable';

export type CreateBookingInput = Pick<
  z.output<typeof createBookingInput>,
  'resourceId' | 'title' | 'startsAt' | 'endsAt'
>;

/**
 * Books a resource. Overlap is not pre-checked: the insert itself fails with 23P01 (answered as
 * BOOKING_OVERLAP) when a confirmed booking already holds any part of the period.
 */
export function createBooking(
  db: Db,
  actor: OrgActor,
  input: CreateBookingInput,
  now = new Date(),
): Promise<BookingRecord> {
  // #region create-booking
  return inTransaction(db, async (tx) => {
    // The share lock keeps the resource from being archived or edited until this booking commits.
    const resource = await getResource(tx, actor, input.resourceId, { lock: 'share' });
    const period = { start: input.startsAt, end: input.endsAt };
    assertBookable(resource, period, now);
    const { id } = one(
      await tx
        .insert(bookings)
        .values({
          orgId: actor.orgId,
          resourceId: resource.id,
          bookedBy: actor.userId,
          title: input.title,
          period,
        })
        .returning({ id: bookings.id }),
    );
    await recordAudit(tx, actor, {
      action: 'booking.created',
      targetType: 'booking',
      targetId: id,
      data: { resourceId: resource.id, startsAt: input.startsAt, endsAt: input.endsAt },
    });
    return readBooking(tx, actor.orgId, id);
  });
  // #endregion
}
