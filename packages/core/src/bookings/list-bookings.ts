import { bookings, type Db } from '@rota/db';
import { id, type listBookingsInput } from '@rota/schemas';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { OrgActor } from '../actor';
import { decodeCursor, toPage } from '../pagination';
import { getResource } from '../resources/get-resource';
import { type BookingRecord, selectBookings, toBookingRecord } from './booking-record';

export type ListBookingsInput = Omit<z.output<typeof listBookingsInput>, 'orgSlug'>;

/** The organization's bookings ordered by (startsAt, id), filtered, one keyset page at a time. */
export async function listBookings(
  db: Db,
  actor: OrgActor,
  input: ListBookingsInput,
): Promise<{ items: BookingRecord[]; nextCursor: string | null }> {
  const conditions: SQL[] = [eq(bookings.orgId, actor.orgId)];
  if (input.resourceId) {
    // Another organization's resource answers NOT_FOUND rather than an empty page.
    await getResource(db, actor, input.resourceId);
    conditions.push(eq(bookings.resourceId, input.resourceId));
  }
  if (input.mine) conditions.push(eq(bookings.bookedBy, actor.userId));
  if (input.status) conditions.push(eq(bookings.status, input.status));
  if (input.from || input.to) {
    // A null bound makes the range unbounded on that side.
    const from = input.from?.toISOString() ?? null;
    const to = input.to?.toISOString() ?? null;
    conditions.push(
      sql`${bookings.period} && tstzrange(${from}::timestamptz, ${to}::timestamptz, '[)')`,
    );
  }
  if (input.cursor) {
    const [startsAt, bookingId] = decodeCursor(input.cursor, bookingCursor);
    conditions.push(
      sql`(lower(${bookings.period}), ${bookings.id}) > (${startsAt}::timestamptz, ${bookingId}::uuid)`,
    );
  }
  const rows = await selectBookings(db, and(...conditions))
    .orderBy(sql`lower(${bookings.period})`, bookings.id)
    .limit(input.limit + 1);
  return toPage(
    rows,
    input.limit,
    (row) => [row.period.start.toISOString(), row.id],
    toBookingRecord,
  );
}

/** The (startsAt, id) sort key of a booking list. */
const bookingCursor = z.tuple([z.iso.datetime(), id]);
