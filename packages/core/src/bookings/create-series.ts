import { randomUUID } from 'node:crypto';
import { bookings, type Db, type Period, selectRows } from '@rota/db';
import type { RepeatRule, seriesOutput } from '@rota/schemas';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrgActor } from '../actor';
import { recordAudit } from '../audit/record';
import { confirmedBookingOverlapsRange } from '../availability/booked-periods';
import { DomainError, invalidField } from '../errors';
import { getResource } from '../resources/get-resource';
import { inTransaction } from '../transaction';
import { selectBookings, toBookingRecord } from './booking-record';
import { assertBookable, type BookableResource } from './check-bookable';
import type { CreateBookingInput } from './create-booking';
import { seriesOccurrences } from './series-occurrences';

export type CreateSeriesInput = CreateBookingInput & { repeat: RepeatRule };
export type SeriesRecord = z.input<typeof seriesOutput>;

/**
 * Books every occurrence of a daily or weekly series, or none: one transaction, and any rule
 * broken or collision found by any occurrence aborts the whole series.
 */
export function createSeries(
  db: Db,
  actor: OrgActor,
  input: CreateSeriesInput,
  now = new Date(),
): Promise<SeriesRecord> {
  return inTransaction(db, async (tx) => {
    const resource = await getResource(tx, actor, input.resourceId, { lock: 'share' });
    const first = { start: input.startsAt, end: input.endsAt };
    const occurrences = seriesOccurrences(first, resource.timezone, input.repeat);
    for (const [index, period] of occurrences.entries()) {
      assertOccurrenceBookable(resource, period, now, index);
    }
    // A booking longer than the repeat step would collide with its own next occurrence.
    if (occurrences.some((period, i) => i > 0 && period.start < (occurrences[i - 1]?.end ?? 0))) {
      throw invalidField('repeat.frequency', 'each booking must end before the next one starts');
    }

    const colliding = await findCollidingOccurrences(tx, resource.id, occurrences);
    if (colliding.length > 0) {
      const conflicts = occurrences
        .map(describeOccurrence)
        .filter((occurrence) => colliding.includes(occurrence.index));
      throw new DomainError(
        'SERIES_CONFLICT',
        `${conflicts.length} of ${occurrences.length} occurrences collide with existing bookings`,
        { conflicts },
      );
    }

    // A booking racing in after the check above still fails the insert with 23P01: the exclusion
    // constraint has the last word, and the transaction writes nothing.
    const seriesId = randomUUID();
    const inserted = await tx
      .insert(bookings)
      .values(
        occurrences.map((period) => ({
          orgId: actor.orgId,
          resourceId: resource.id,
          bookedBy: actor.userId,
          title: input.title,
          period,
          seriesId,
        })),
      )
      .returning({ id: bookings.id });
    await recordAudit(tx, actor, {
      action: 'booking.series_created',
      targetType: 'booking_series',
      targetId: seriesId,
      data: {
        resourceId: resource.id,
        repeat: input.repeat,
        bookingIds: inserted.map((b) => b.id),
      },
    });
    const rows = await selectBookings(
      tx,
      and(eq(bookings.orgId, actor.orgId), eq(bookings.seriesId, seriesId)),
    ).orderBy(sql`lower(${bookings.period})`);
    return { seriesId, bookings: rows.map(toBookingRecord) };
  });
}

/** An occurrence as error details name it: its 0-based index and its period. */
function describeOccurrence(period: Period, index: number) {
  return { index, startsAt: period.start.toISOString(), endsAt: period.end.toISOString() };
}

/** Runs the booking rules on one occurrence; a failure names the occurrence. */
function assertOccurrenceBookable(
  resource: BookableResource,
  period: Period,
  now: Date,
  index: number,
): void {
  try {
    assertBookable(resource, period, now);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new DomainError(error.code, `occurrence ${index}: ${error.message}`, {
      ...error.details,
      occurrence: describeOccurrence(period, index),
    });
  }
}

/** The indexes of the occurrences that overlap a confirmed booking, found in one query. */
async function findCollidingOccurrences(
  db: Db,
  resourceId: string,
  occurrences: Period[],
): Promise<number[]> {
  const candidates = sql.join(
    occurrences.map(
      ({ start, end }, index) =>
        sql`(${index}::int, tstzrange(${start.toISOString()}::timestamptz, ${end.toISOString()}::timestamptz, '[)'))`,
    ),
    sql`, `,
  );
  const rows = await selectRows<{ occurrence: number }>(
    db,
    sql`select candidate.occurrence
        from (values ${candidates}) as candidate (occurrence, period)
        where exists (
          select 1 from ${bookings}
          where ${bookings.resourceId} = ${resourceId}
            and ${confirmedBookingOverlapsRange(sql`candidate.period`)})
        order by candidate.occurrence`,
  );
  return rows.map((row) => Number(row.occurrence));
}
