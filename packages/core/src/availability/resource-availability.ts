import { bookings, type Db } from '@rota/db';
import type { resourceAvailabilityInput, resourceAvailabilityOutput } from '@rota/schemas';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrgActor } from '../actor';
import { getResource } from '../resources/get-resource';
import { confirmedBookingOverlaps } from './booked-periods';
import { subtractIntervals } from './intervals';
import { openIntervals } from './opening-hours';

/**
 * The bookable time of one resource in [from, to): its opening hours minus its confirmed
 * bookings. An archived resource cannot be booked, so it has no free time.
 */
export async function resourceAvailability(
  db: Db,
  actor: OrgActor,
  input: z.output<typeof resourceAvailabilityInput>,
): Promise<z.input<typeof resourceAvailabilityOutput>> {
  const resource = await getResource(db, actor, input.resourceId);
  if (resource.archivedAt) return { resourceId: resource.id, free: [] };
  const booked = await db
    .select({ period: bookings.period })
    .from(bookings)
    .where(
      and(eq(bookings.resourceId, resource.id), confirmedBookingOverlaps(input.from, input.to)),
    );
  const open = openIntervals(resource.openingHours, resource.timezone, input.from, input.to);
  const free = subtractIntervals(
    open,
    booked.map(({ period }) => period),
  );
  return {
    resourceId: resource.id,
    free: free.map(({ start, end }) => ({ startsAt: start, endsAt: end })),
  };
}
