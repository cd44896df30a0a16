import type { Db } from '@rota/db';
import { hasRole, type OrgActor } from '../actor';
import { DomainError } from '../errors';
import { type BookingRecord, readBooking } from './booking-record';

export const bookingCancelled = () =>
  new DomainError('BOOKING_CANCELLED', 'the booking is cancelled and can no longer change');

/**
 * The booking `actor` wants to reschedule or cancel, once they may: its booker (still a member or
 * above) or any admin. A cancelled booking is final: it keeps its row for the record only.
 */
export async function readChangeableBooking(
  db: Db,
  actor: OrgActor,
  bookingId: string,
): Promise<BookingRecord> {
  const booking = await readBooking(db, actor.orgId, bookingId);
  const isBooker = booking.bookedBy.id === actor.userId && hasRole(actor.role, 'member');
  if (!isBooker && !hasRole(actor.role, 'admin')) {
    throw new DomainError('FORBIDDEN', 'only the booker or an admin can change this booking');
  }
  if (booking.status === 'cancelled') throw bookingCancelled();
  return booking;
}
