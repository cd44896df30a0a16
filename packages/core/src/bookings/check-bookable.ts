import type { Period, resources } from '@rota/db';
import { isWithinOpeningHours } from '../availability/opening-hours';
import { DomainError, invalidField } from '../errors';

export type BookableResource = Pick<
  typeof resources.$inferSelect,
  'timezone' | 'openingHours' | 'minBookingMinutes' | 'maxBookingMinutes' | 'archivedAt'
>;

const minuteMs = 60_000;

/**
 * The booking rules every new or moved booking must pass, in one place. Overlap is deliberately
 * not checked here: the `bookings_no_overlap` exclusion constraint decides it atomically, so two
 * racing requests can never both win.
 */
export function assertBookable(resource: BookableResource, period: Period, now: Date): void {
  const { start, end } = period;
  // The input schemas already guarantee this; domain callers other than tRPC may not.
  if (!(start < end)) throw invalidField('endsAt', 'must be after startsAt');
  if (resource.archivedAt) {
    throw new DomainError('RESOURCE_ARCHIVED', 'the resource is archived');
  }
  const minutes = (end.getTime() - start.getTime()) / minuteMs;
  const { minBookingMinutes, maxBookingMinutes } = resource;
  if (minutes < minBookingMinutes || minutes > maxBookingMinutes) {
    throw new DomainError(
      'DURATION_OUT_OF_RANGE',
      `a booking of this resource lasts ${minBookingMinutes} to ${maxBookingMinutes} minutes`,
      { minBookingMinutes, maxBookingMinutes },
    );
  }
  if (start < now) throw new DomainError('IN_THE_PAST', 'a booking cannot start in the past');
  if (!isWithinOpeningHours(resource.openingHours, resource.timezone, start, end)) {
    throw new DomainError(
      'OUTSIDE_OPENING_HOURS',
      `the resource is closed for part of that time (${resource.timezone})`,
    );
  }
}
