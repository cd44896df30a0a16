import type { Db } from '@rota/db';
import type { OrgActor } from '../actor';
import { type BookingRecord, readBooking } from './booking-record';

export function getBooking(
  db: Db,
  actor: OrgActor,
  input: { bookingId: string },
): Promise<BookingRecord> {
  return readBooking(db, actor.orgId, input.bookingId);
}
