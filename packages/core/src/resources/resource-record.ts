import { resources } from '@rota/db';
import type { resourceOutput } from '@rota/schemas';
import type { z } from 'zod';
import { invalidField } from '../errors';

/** A resource as the domain returns it (Dates, not strings); `resourceOutput` serializes it. */
export type ResourceRecord = z.input<typeof resourceOutput>;

export const resourceColumns = {
  id: resources.id,
  name: resources.name,
  kind: resources.kind,
  capacity: resources.capacity,
  timezone: resources.timezone,
  openingHours: resources.openingHours,
  minBookingMinutes: resources.minBookingMinutes,
  maxBookingMinutes: resources.maxBookingMinutes,
  archivedAt: resources.archivedAt,
  createdAt: resources.createdAt,
  updatedAt: resources.updatedAt,
};

/**
 * The check `resources_booking_minutes_valid` would reject min > max too, but only as a generic
 * INVALID_INPUT; checking first names the field, even when one side comes from a default or from
 * the stored row (a partial update).
 */
export function assertBookingMinutesInOrder(minBookingMinutes: number, maxBookingMinutes: number) {
  if (minBookingMinutes <= maxBookingMinutes) return;
  throw invalidField(
    'maxBookingMinutes',
    `must be at least minBookingMinutes (${minBookingMinutes})`,
  );
}
