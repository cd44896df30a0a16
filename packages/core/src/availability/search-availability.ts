import { bookings, type Db, resources } from '@rota/db';
import type { availabilitySearchInput, availabilitySearchOutput } from '@rota/schemas';
import { and, asc, eq, gte, isNull, notExists, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrgActor } from '../actor';
import { resourceColumns } from '../resources/resource-record';
import { confirmedBookingOverlaps } from './booked-periods';
import { isWithinOpeningHours } from './opening-hours';

/**
 * Active resources free for the whole of [from, to): no confirmed booking overlaps it (one query,
 * NOT EXISTS per resource on the GiST index) and it lies inside their opening hours, which are
 * checked in code because they depend on each resource's time zone and DST.
 */
export async function searchAvailability(
  db: Db,
  actor: OrgActor,
  input: z.output<typeof availabilitySearchInput>,
): Promise<z.input<typeof availabilitySearchOutput>> {
  const unbooked = await db
    .select(resourceColumns)
    .from(resources)
    .where(
      and(
        eq(resources.orgId, actor.orgId),
        isNull(resources.archivedAt),
        input.kind ? eq(resources.kind, input.kind) : undefined,
        input.minCapacity ? gte(resources.capacity, input.minCapacity) : undefined,
        notExists(
          db
            .select({ one: sql`1` })
            .from(bookings)
            .where(
              and(
                eq(bookings.resourceId, resources.id),
                confirmedBookingOverlaps(input.from, input.to),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(sql`lower(${resources.name})`), asc(resources.id));
  return {
    items: unbooked.filter((resource) =>
      isWithinOpeningHours(resource.openingHours, resource.timezone, input.from, input.to),
    ),
  };
}
