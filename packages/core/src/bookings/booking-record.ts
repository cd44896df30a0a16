import { bookings, type Db, type Period, users } from '@rota/db';
import type { bookingOutput } from '@rota/schemas';
import { and, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { notFound } from '../errors';

/** A booking as the domain returns it (Dates, not strings); `bookingOutput` serializes it. */
export type BookingRecord = z.input<typeof bookingOutput>;

const bookingColumns = {
  id: bookings.id,
  resourceId: bookings.resourceId,
  title: bookings.title,
  period: bookings.period,
  status: bookings.status,
  bookedBy: { id: users.id, name: users.name },
  seriesId: bookings.seriesId,
  version: bookings.version,
  createdAt: bookings.createdAt,
};

type BookingRow = Omit<BookingRecord, 'startsAt' | 'endsAt'> & { period: Period };

export function toBookingRecord({ period, ...row }: BookingRow): BookingRecord {
  return { ...row, startsAt: period.start, endsAt: period.end };
}

/** Bookings matching `where`, with the booker's name; callers add ordering and limits. */
export function selectBookings(db: Db, where: SQL | undefined) {
  return db
    .select(bookingColumns)
    .from(bookings)
    .innerJoin(users, eq(users.id, bookings.bookedBy))
    .where(where)
    .$dynamic();
}

/** One booking of the organization; another organization's id is NOT_FOUND like a missing one. */
export async function readBooking(
  db: Db,
  orgId: string,
  bookingId: string,
): Promise<BookingRecord> {
  const [row] = await selectBookings(
    db,
    and(eq(bookings.id, bookingId), eq(bookings.orgId, orgId)),
  );
  if (!row) throw notFound('booking');
  return toBookingRecord(row);
}
