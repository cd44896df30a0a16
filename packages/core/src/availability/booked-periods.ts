import { bookings } from '@rota/db';
import { type SQL, sql } from 'drizzle-orm';

// #region confirmed-overlaps
/**
 * Confirmed bookings overlapping [from, to). Written as `period && tstzrange(...)` with the literal
 * status predicate of `bookings_no_overlap` (a bound parameter would not prove it), so the
 * exclusion constraint's partial GiST index serves it.
 */
export function confirmedBookingOverlaps(from: Date, to: Date): SQL {
  return confirmedBookingOverlapsRange(
    sql`tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz, '[)')`,
  );
}

/** The same predicate against any `tstzrange` expression, e.g. a column of candidate periods. */
export function confirmedBookingOverlapsRange(range: SQL): SQL {
  return sql`(${bookings.status} = 'confirmed' and ${bookings.period} && ${range})`;
}
// #endregion
